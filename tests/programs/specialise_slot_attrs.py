# LOAD_ATTR_SLOT / STORE_ATTR_SLOT: a site quickened on a __slots__ class, then meeting what its
# guard must reject: an empty slot, a subclass with its own layout, another class, a class whose
# descriptor is replaced, __getattr__, __class__ assignment.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        self.z = z
        super().__init__(x, y)


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class G:
    __slots__ = ("x", "y")

    def __getattr__(self, name):
        return "getattr:" + name


def get_xy(o):
    return o.x, o.y


def set_x(o, v):
    o.x = v


ps = [P(i, i * 2) for i in range(20)]
print([get_xy(p) for p in ps][:3], sum(get_xy(p)[0] for p in ps))
for p in ps:
    set_x(p, p.x + 100)
print([p.x for p in ps][:3])

# subclass: same names, slots laid out after the base's
qs = [Q(i, -i, i * i) for i in range(5)]
print([get_xy(q) for q in qs], [q.z for q in qs])
for q in qs:
    set_x(q, "q")
print([q.x for q in qs])

# a class with a dict at the same site
print([get_xy(D(1, 2)) for _ in range(3)])
for _ in range(3):
    d = D(0, 0)
    set_x(d, 7)
print(d.x, d.__dict__)

# an empty slot: AttributeError, then the site goes on
e = P.__new__(P)
try:
    get_xy(e)
except AttributeError as exc:
    print("AttributeError:", exc)
set_x(e, 1)
try:
    get_xy(e)
except AttributeError as exc:
    print("AttributeError:", exc)
print([get_xy(p) for p in ps[:2]])

# __getattr__ answers for an empty slot
g = G()
g.x = 5
print([get_xy(g) for _ in range(3)])

# del of a slot value
p0 = P(1, 2)
for _ in range(3):
    get_xy(p0)
del p0.y
try:
    get_xy(p0)
except AttributeError as exc:
    print("AttributeError:", exc)


# the class's descriptor replaced by a property: the class's version changes
def xprop(self):
    return "property"


P.x = property(xprop)
print(get_xy(ps[0]))
try:
    set_x(ps[0], 3)
except AttributeError as exc:
    print("AttributeError:", exc)


# __class__ assignment between compatible slot layouts
class R:
    __slots__ = ("x", "y")


r = R()
r.x, r.y = "rx", "ry"
print([get_xy(r) for _ in range(3)])
r.__class__ = G
print(get_xy(r))


# one site meeting dict classes and a class with both a slot and a dict: the slot must get the
# value whatever form the site went through (polymorphic forms never take in the slot class)
class S2:
    __slots__ = ("v", "__dict__")


class A1:
    pass


class A2:
    pass


def store_v(o, x):
    o.v = x


def load_v(o):
    return o.v


mixed = [A1(), S2(), A2(), S2(), A1()]
for i in range(40):
    store_v(mixed[i % 5], i)
print([load_v(o) for o in mixed], [o.__dict__ for o in mixed])
