# __slots__ members read and written in hot loops (traces cache them by slot index, as the
# base interpreter's LOAD_ATTR_SLOT / STORE_ATTR_SLOT forms do): empty slots, deletion, a
# subclass with a dict, a polymorphic site, a mangled name, and the class changed mid-loop.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    # no __slots__: instances have a dict beside the inherited slots
    pass


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class M:
    __slots__ = ("__v", "__dict__")

    def __init__(self, v):
        self.__v = v

    def bump(self):
        self.__v = self.__v + 1
        return self.__v


def total(points):
    s = 0
    for p in points:
        s += p.x * 10 + p.y
        p.x = p.x + 1
    return s


pts = [P(i, i + 1) for i in range(30)]
print(total(pts), total(pts))

# a polymorphic site: slots, a dict subclass, a plain class
mixed = [P(1, 2), Q(3, 4), D(5, 6)] * 20
q = mixed[1]
q.extra = "in the dict"
print(total(mixed), q.extra, vars(q))

# an empty slot met in the hot loop: AttributeError, as CPython words it
def read_all(points):
    got = []
    for p in points:
        try:
            got.append(p.y)
        except AttributeError as e:
            got.append(str(e))
    return got

pts = [P(i, i) for i in range(25)]
del pts[20].y
print(read_all(pts)[18:23])
pts[20].y = "back"
print(read_all(pts)[19:22])

# a mangled slot name written and read in a loop
m = M(0)
for _ in range(40):
    m.bump()
m.note = "dict too"
print(m.bump(), m._M__v, m.note)

# the class changes under a live trace: a property replaces the slot for reads
def xs(points, n):
    out = []
    for i in range(n):
        out.append(points[i % len(points)].x)
        if i == 30:
            P.x = property(lambda self: "property")
    return out

r = xs([P(7, 8), P(9, 10)], 40)
print(r[29:33])

# stores to a slot in a hot loop, then reads by another site
class C:
    __slots__ = ("n",)

c = C()
for i in range(50):
    c.n = i
print(c.n)
try:
    C().n
except AttributeError as e:
    print("AttributeError:", e)
