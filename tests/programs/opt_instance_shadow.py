# Instance attributes versus class attributes under a live trace: an instance attribute
# starts shadowing a class attribute (and a method) mid-loop; a property (data descriptor) on
# the class wins over the instance dict; a property added to the class mid-loop takes over
# from an existing instance attribute; a non-data descriptor; __getattr__ added mid-loop;
# __dict__ replaced; __slots__.

class Point:
    z = 10
    def norm(self):
        return abs(self.x) + abs(self.y) + self.z

pts = [Point() for _ in range(4)]
for k, p in enumerate(pts):
    p.x, p.y = k, -k

def show(name, xs):
    print(name, len(xs), sum(xs), xs[:3], xs[-3:])

# 1. instance attribute starts shadowing the class attribute for one object, mid-loop
out = []
for i in range(200):
    p = pts[i % 4]
    out.append(p.z + p.norm())
    if i == 50:
        pts[1].z = 1000
    if i == 100:
        Point.z = -5           # seen by the three others only
    if i == 150:
        del pts[1].z           # class attribute again
show("z", out)
print(out[48:56], out[100:108], out[148:156])

# 2. an instance attribute shadowing a method (a callable stored on the instance)
vals = []
q = Point(); q.x, q.y = 3, 4
for i in range(120):
    vals.append(q.norm())
    if i == 40:
        q.norm = lambda: -1          # instance dict wins over a plain function (non-data)
    if i == 80:
        del q.norm
show("norm", vals)

# 3. a property (data descriptor) wins over the instance dict
class Temp:
    def __init__(self):
        self.__dict__["celsius"] = 99       # shadowed once the property exists
        self._c = 0
    @property
    def kelvin(self):
        return self._c + 273

t = Temp()
ks = []
for i in range(150):
    t._c = i
    t.__dict__["kelvin"] = -1               # ignored: property wins
    ks.append(t.kelvin)
    ks.append(t.celsius)
    if i == 60:
        Temp.celsius = property(lambda self: self._c * 2)
    if i == 110:
        del Temp.celsius                    # instance dict value (99) shows again
show("temp", ks)
print(ks[118:126], ks[218:226])

# 4. a property replaced by a plain class attribute: the instance dict wins again
class Acct:
    @property
    def fee(self):
        return 5
a = Acct()
a.__dict__["fee"] = 1
fees = []
for i in range(100):
    fees.append(a.fee)
    if i == 30:
        Acct.fee = 7            # non-descriptor: instance dict (1) wins
    if i == 60:
        Acct.fee = property(lambda self: 11)
show("fee", fees)

# 5. a non-data descriptor (only __get__) on the class and a data descriptor (with __set__)
class Tagged:
    def __get__(self, obj, owner=None):
        return "tag" if obj is not None else "cls"

class Guarded:
    def __get__(self, obj, owner=None):
        return 42
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value

class Host:
    pass

h = Host()
res = []
for i in range(120):
    res.append(h.t if hasattr(Host, "t") or "t" in h.__dict__ else "none")
    if i == 20:
        Host.t = Tagged()
    if i == 40:
        h.t = "mine"            # instance wins over a non-data descriptor
    if i == 60:
        Host.t = Guarded()      # data descriptor wins over the instance dict
    if i == 61:
        h.t = "set-through"     # goes to Guarded.__set__
    if i == 90:
        del Host.t              # instance dict value again ("mine")
print("desc", [res[k] for k in (0, 21, 41, 61, 62, 91)], h.__dict__)

# 6. __getattr__ added to the class mid-loop: a missing attribute starts resolving
class Lazy:
    def __init__(self):
        self.a = 1

lz = Lazy()
got = []
for i in range(120):
    try:
        got.append(lz.b)
    except AttributeError as e:
        got.append(str(e))
    if i == 30:
        Lazy.__getattr__ = lambda self, name: name * 2
    if i == 60:
        lz.b = 5
    if i == 90:
        del lz.b
        del Lazy.__getattr__
print("lazy", [got[k] for k in (0, 31, 61, 91)])

# 7. the instance __dict__ replaced wholesale
class Bag:
    pass
bg = Bag()
bg.v = 1
tot = 0
for i in range(100):
    tot += bg.v
    if i == 33:
        bg.__dict__ = {"v": 100}
    if i == 66:
        bg.__dict__ = {"v": 0.25}
print("dict", tot)

# 8. __slots__ attributes (member descriptors) and a deleted slot (AttributeError)
class S:
    __slots__ = ("x", "y")
s = S(); s.x = 1; s.y = 2
acc = []
for i in range(100):
    try:
        acc.append(s.x * 10 + s.y)
    except AttributeError as e:
        acc.append(str(e))
    if i == 40:
        s.y = 2.5
    if i == 60:
        del s.x
    if i == 80:
        s.x = -3
print("slots", [acc[k] for k in (0, 41, 61, 81)])
