# The type lookup cache and the per-type attribute hooks are keyed by version tags: every
# change below happens after the caches for the names involved are warm (a loop of reads), and
# the next read must see it.

def warm(read, n=50):
    r = None
    for _ in range(n):
        r = read()
    return r

class Base:
    kind = "base"
    def who(self):
        return "Base.who"
    def shout(self):
        return "Base.shout"

class Mid(Base):
    pass

class Leaf(Mid):
    def __init__(self):
        self.x = 1

o = Leaf()

# a class attribute replaced on the class itself
print(warm(lambda: o.kind))
Leaf.kind = "leaf"
print(warm(lambda: o.kind))
del Leaf.kind
print(warm(lambda: o.kind))

# a base's method replaced: subclasses see it (LOAD_METHOD and LOAD_ATTR)
print(warm(lambda: o.who()), warm(lambda: o.who).__func__.__qualname__)
Base.who = lambda self: "new Base.who"
print(warm(lambda: o.who()))
Mid.who = lambda self: "Mid.who"
print(warm(lambda: o.who()))
del Mid.who
print(warm(lambda: o.who()))

# a name nowhere along the MRO (cached as absent) that a base gains later
print(warm(lambda: hasattr(o, "late")))
Base.late = 42
print(warm(lambda: o.late))

# an instance attribute shadowing a method, and the other way round
o.shout = lambda: "instance shout"
print(warm(lambda: o.shout()))
del o.shout
print(warm(lambda: o.shout()))

# a plain class attribute becoming a data descriptor: it wins over the instance dict
print(warm(lambda: o.x))
Mid.x = property(lambda self: "property x")
print(warm(lambda: o.x))
try:
    o.x = 5
except AttributeError as e:
    print("AttributeError", e)
del Mid.x
print(warm(lambda: o.x))

# __getattribute__, __getattr__, __setattr__, __delattr__ added to a base after warm reads
class P:
    pass
class Q(P):
    def __init__(self):
        self.a = "a"
q = Q()
print(warm(lambda: q.a))
P.__getattribute__ = lambda self, name: "intercepted " + name
print(warm(lambda: q.a), warm(lambda: q.missing))
del P.__getattribute__
print(warm(lambda: q.a))
print(warm(lambda: getattr(q, "nothing", "default")))
P.__getattr__ = lambda self, name: "fallback " + name
print(warm(lambda: q.nothing))
del P.__getattr__
print(warm(lambda: getattr(q, "nothing", "default")))
def store(v):
    q.b = v
    return q.__dict__.get("b")
print(warm(lambda: store(1)))
P.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
print(warm(lambda: store(2)))
del P.__setattr__
print(warm(lambda: store(3)))
P.__delattr__ = lambda self, name: print("not deleting", name)
del q.b
print(q.b)
del P.__delattr__
del q.b
print(hasattr(q, "b"))

# __class__ assignment: the instance now reads through the other class
class A:
    def f(self):
        return "A.f"
    tag = "A"
class B:
    def f(self):
        return "B.f"
    tag = "B"
x = A()
print(warm(lambda: (x.f(), x.tag)))
x.__class__ = B
print(warm(lambda: (x.f(), x.tag)))
x.__class__ = A
print(warm(lambda: (x.f(), x.tag)))

# __bases__ assignment: the MRO of the class and its subclasses changes
class C(A):
    pass
class D(C):
    pass
d = D()
print(warm(lambda: (d.f(), d.tag)), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(warm(lambda: (d.f(), d.tag)), [k.__name__ for k in D.__mro__])
B.f = lambda self: "B.f replaced"
print(warm(lambda: d.f()))

# metaclasses: attribute reads on the class go through the metaclass
class Meta(type):
    def describe(cls):
        return "Meta.describe of " + cls.__name__
class M(metaclass=Meta):
    pass
print(warm(lambda: M.describe()))
Meta.describe = lambda cls: "replaced describe of " + cls.__name__
print(warm(lambda: M.describe()))
Meta.extra = property(lambda cls: "metaclass property on " + cls.__name__)
print(warm(lambda: M.extra))
try:
    M.extra = "class attribute"  # the metaclass's data descriptor has no setter
except AttributeError as e:
    print("AttributeError", e)
type.__setattr__(Meta, "extra", "plain on the metaclass")
print(warm(lambda: M.extra))
M.extra = "class attribute"  # no descriptor now: the class dict wins
print(warm(lambda: M.extra))

class LoggingMeta(type):
    def __getattribute__(cls, name):
        if name == "magic":
            return "from LoggingMeta.__getattribute__"
        return super().__getattribute__(name)
class L(metaclass=LoggingMeta):
    value = 1
print(warm(lambda: (L.value, L.magic)))
del LoggingMeta.__getattribute__
print(warm(lambda: L.value), hasattr(L, "magic"))

# a class attribute set through type.__setattr__ and setattr()
class S:
    n = 0
s = S()
print(warm(lambda: s.n))
setattr(S, "n", 7)
print(warm(lambda: s.n))
type.__setattr__(S, "n", 8)
print(warm(lambda: s.n))

# many classes through one site (entries that collide must not answer for each other)
classes = [type("K%d" % i, (), {"v": i, "m": (lambda i: lambda self: i)(i)}) for i in range(300)]
objs = [k() for k in classes]
total = 0
for _ in range(3):
    for ob in objs:
        total += ob.v + ob.m()
print(total)
for k in classes[::2]:
    k.v = -1
print(sum(ob.v for ob in objs), sum(ob.m() for ob in objs))
