# Exceptions raised inside hot code that a specialiser would have typed: ZeroDivisionError
# (int, float, modulo, divmod), IndexError (list/tuple/str out of range), TypeError
# (unsupported operands appearing mid-loop), AttributeError (an attribute missing on one
# object type), KeyError, OverflowError, ValueError — each caught inside the loop, counted and
# printed, with the loop state after the exception checked.

class Thing:
    def __init__(self, v):
        self.v = v

class Other:
    pass

def ratio(a, b):
    return a // b

def fratio(a, b):
    return a / b

log = {}
def note(e):
    key = type(e).__name__ + ": " + str(e)
    log[key] = log.get(key, 0) + 1

# 1. division by zero at the loop's own site and inside an inlined function
acc = 0
facc = 0.0
for i in range(200):
    d = i % 17 - 8               # 0 once every 17 iterations
    try:
        acc += 1000 // d
    except ZeroDivisionError as e:
        note(e)
        acc -= 1
    try:
        acc += ratio(i, d) + i % d
    except ZeroDivisionError as e:
        note(e)
    try:
        facc += fratio(i * 1.0, float(d))
    except ZeroDivisionError as e:
        note(e)
    try:
        q, r = divmod(i, d * 0.5)
        facc += q + r
    except ZeroDivisionError as e:
        note(e)
print("div", acc, round(facc, 6))

# 2. IndexError from lists, tuples and strings that are too short on some iterations
items = [1, 2, 3, 4, 5]
tup = (10, 20, 30)
text = "abcd"
got = []
for i in range(150):
    k = i % 7
    try:
        got.append(items[k] + tup[k - 2] + len(text[k]))
    except IndexError as e:
        note(e)
        got.append(-k)
    if i == 100:
        items.pop()
print("index", sum(got), got[:8], got[-8:])

# 3. TypeError: an operand of another type appears mid-loop
vals = [1, 2.5, 3, "x", 4, None, 5, [6], 7, (8,)]
tot = 0
for i in range(200):
    v = vals[i % len(vals)]
    try:
        tot = tot + v * 2 - 1
    except TypeError as e:
        note(e)
    try:
        if v < 3:
            tot += 1
    except TypeError as e:
        note(e)
print("type", tot)

# 4. AttributeError: one object in the rotation lacks the attribute; also a deleted attribute
objs = [Thing(1), Thing(2), Other(), Thing(3)]
s = 0
for i in range(160):
    o = objs[i % 4]
    try:
        s += o.v
    except AttributeError as e:
        note(e)
        s -= 100
    if i == 81:
        del objs[1].v
print("attr", s)

# 5. KeyError and the dict changing under the loop
d = {k: k * k for k in range(10)}
ks = 0
for i in range(150):
    try:
        ks += d[i % 12]
    except KeyError as e:
        note(e)
    if i == 70:
        del d[3]
print("key", ks)

# 6. OverflowError and ValueError from conversions inside the loop
conv = []
for i in range(120):
    x = [1.5, float("inf"), "12", "z", float("nan"), -7][i % 6]
    try:
        conv.append(int(x))
    except (OverflowError, ValueError) as e:
        note(e)
print("conv", sum(conv), len(conv))

# 7. an exception class hierarchy and re-raising inside the loop, with the loop continuing
class AppError(Exception):
    pass
class Retry(AppError):
    pass

def work(i):
    if i % 13 == 0:
        raise Retry(i)
    if i % 29 == 0:
        raise AppError("bad", i)
    return i

done = 0
retries = []
for i in range(1, 200):
    try:
        try:
            done += work(i)
        except Retry as e:
            retries.append(e.args[0])
            raise
    except AppError as e:
        note(e)
print("app", done, retries[:5], len(retries))

# 8. exceptions raised inside user dunders and properties that a trace runs as fragments:
#    __add__ raising for some operands, __getitem__ ending an old-style iteration with
#    IndexError, __eq__ raising during `in`, a property raising AttributeError that falls back
#    to __getattr__
class Meter:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if other % 9 == 8:
            raise ValueError(f"meter rejects {other % 9}")
        return Meter(self.v + other)
    def __eq__(self, other):
        if self.v < 0 or (isinstance(other, Meter) and other.v < 0):
            raise RuntimeError("negative meter compared")
        return isinstance(other, Meter) and self.v == other.v
    __hash__ = None

class Old:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, k):
        if k >= self.n:
            raise IndexError(k)
        return k * k

class Flaky:
    @property
    def value(self):
        if self.tick % 4 == 0:
            raise AttributeError("value unavailable")
        return self.tick
    def __getattr__(self, name):
        return -1

mt = Meter(0)
olds = 0
fk = Flaky()
fsum = 0
for i in range(150):
    try:
        mt = mt + i
    except ValueError as e:
        note(e)
    for x in Old(i % 6):
        olds += x
    try:
        if Meter(i % 3) in [Meter(5), Meter(-1 if i % 10 == 0 else 1)]:
            olds += 1000
    except RuntimeError as e:
        note(e)
    fk.tick = i
    fsum += fk.value
print("fragments", mt.v, olds, fsum)

for k in sorted(log):
    print(log[k], k)
