# Special methods replaced on a class under a live trace (operators look them up on the type,
# so a trace that recorded the old dunder as a fragment must notice): __add__, __radd__,
# __getitem__, __len__, __eq__/__hash__ (dict lookups), __lt__ (sorting), __bool__, __iter__,
# __index__, __contains__ and __neg__ — each replaced mid-loop, some removed so a TypeError
# follows (caught), and one dunder added to a base class that a subclass then inherits.

class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return N(self.v + (other.v if isinstance(other, N) else other))
    def __repr__(self):
        return f"N({self.v})"

class M(N):
    pass

def add(a, b):
    return a + b

# 1. __add__ replaced on the class, then on the base only (subclass inherits), then removed
acc = []
x, y = M(1), N(2)
for i in range(200):
    try:
        acc.append(add(x, i).v)
    except TypeError as e:
        acc.append(str(e))
    if i == 40:
        M.__add__ = lambda self, o: N(self.v * 100 + o)
    if i == 80:
        del M.__add__                             # N.__add__ again
    if i == 100:
        N.__add__ = lambda self, o: N(-o)
    if i == 140:
        del N.__add__                             # no __add__ anywhere: TypeError
    if i == 170:
        N.__radd__ = lambda self, o: N(o)         # int + N works now, N + int still fails
print("add", [acc[k] for k in (40, 41, 81, 101, 141, 171)], sum(a for a in acc if isinstance(a, int)))
rs = []
for i in range(60):
    rs.append((i + x).v)
print("radd", sum(rs))

# 2. __getitem__ / __len__ replaced: indexing and len() at hot sites
class Seq:
    def __getitem__(self, k):
        return k * 2
    def __len__(self):
        return 3

s = Seq()
got = []
for i in range(150):
    got.append(s[i] + len(s))
    if i == 50:
        Seq.__getitem__ = lambda self, k: -k
    if i == 100:
        Seq.__len__ = lambda self, k=0: 1000
print("getitem", sum(got), got[49:53], got[99:103])

# 3. __eq__ and __hash__ replaced: dict lookups with keys of the class
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k % 5)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k % 5 == other.k % 5

table = {Key(i): i for i in range(5)}
hits = []
for i in range(120):
    hits.append(table.get(Key(i), -1))
    if i == 40:
        Key.__eq__ = lambda self, other: False        # nothing matches any more
    if i == 80:
        Key.__eq__ = lambda self, other: True
        Key.__hash__ = lambda self: hash(self.k % 5)
print("eq", sum(hits), hits[38:44], hits[78:84])

# 4. __lt__ replaced: sorting in a loop changes order
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v

items = [Item(v) for v in (5, 3, 9, 1, 7)]
orders = []
for i in range(90):
    orders.append(tuple(it.v for it in sorted(items)))
    if i == 30:
        Item.__lt__ = lambda self, other: self.v > other.v
    if i == 60:
        Item.__lt__ = lambda self, other: (self.v % 3, self.v) < (other.v % 3, other.v)
print("lt", orders[30], orders[31], orders[61], len(set(orders)))

# 5. __bool__ / __len__ truthiness and __contains__ / __iter__ at hot sites
class Flag:
    def __bool__(self):
        return True
class Bag:
    def __iter__(self):
        return iter([1, 2, 3])

fl, bag = Flag(), Bag()
truth = 0
memb = 0
for i in range(160):
    if fl:
        truth += 1
    if 2 in bag:
        memb += 1
    if i == 40:
        Flag.__bool__ = lambda self: i % 2 == 0      # reads the global i when called
    if i == 80:
        del Flag.__bool__
        Flag.__len__ = lambda self: 0
    if i == 100:
        Bag.__contains__ = lambda self, v: False
    if i == 130:
        del Bag.__contains__
        Bag.__iter__ = lambda self: iter([2])
print("truth", truth, memb)

# 6. __index__ replaced: an object used as a list index and in range()
class Idx:
    def __index__(self):
        return 1

ix = Idx()
data = [10, 20, 30, 40]
picked = []
for i in range(100):
    picked.append(data[ix] + len(range(ix)))
    if i == 50:
        Idx.__index__ = lambda self: 3
print("index", sum(picked), picked[49:53])

# 7. __neg__ added to a base class mid-loop; subclass instance negated in the loop
class Base:
    pass
class Sub(Base):
    def __init__(self, v):
        self.v = v

neg = []
sb = Sub(7)
for i in range(80):
    try:
        neg.append((-sb) * i)
    except TypeError as e:
        neg.append(0)
        err = str(e)
    if i == 30:
        Base.__neg__ = lambda self: -self.v
print("neg", sum(neg), neg[29:33], err)
