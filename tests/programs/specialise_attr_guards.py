# The base interpreter's specialised attribute forms (LOAD_ATTR_INSTANCE_VALUE,
# STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES / NO_DICT) at sites whose assumptions
# break after they were quickened: other classes, classes changed under them, instances whose
# class or dict is replaced, attributes that move between the instance and the class.


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class Q(P):
    pass


class WithProp:
    @property
    def x(self):
        return "prop"


class WithGetattr:
    def __getattr__(self, name):
        return "getattr:" + name


class Slotted:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


class ClassLevel:
    x = "class-level"


def read_x(o):
    return o.x


# one site, many kinds of owner, each several times in a row so the site specialises and misses
owners = [P(1), P(2), P(3), Q(4), Q(5), WithProp(), WithProp(), WithGetattr(), Slotted(7), Slotted(8), ClassLevel(), P(9)]
print([read_x(o) for o in owners for _ in range(3)])

# the class changes under a quickened site: an attribute becomes a property, then goes away
a = P(10)
out = []
for i in range(12):
    if i == 4:
        P.x = property(lambda self: "now a property")
    if i == 8:
        del P.x
    out.append(read_x(a))
print(out)

# a base class changes: the subclass's version changes with it
q = Q(11)
out = []
for i in range(10):
    if i == 5:
        P.x = property(lambda self: "base property")
    out.append(read_x(q))
del P.x
print(out)

# the instance's class and dict are replaced
b = P(12)
out = []
for i in range(10):
    if i == 3:
        b.__class__ = Q
    if i == 6:
        b.__dict__ = {"x": "new dict"}
    if i == 8:
        b.__class__ = P
    out.append(read_x(b))
print(out)

# the attribute leaves the instance dict and is found on the class
class Both:
    x = "on the class"


c = Both()
c.x = "on the instance"
out = []
for i in range(8):
    if i == 4:
        del c.x
    out.append(read_x(c))
print(out)


# stores: a quickened store site, then a data descriptor (property with a setter) or a
# __setattr__ added to the class
def set_y(o, v):
    o.y = v


class S:
    pass


s = S()
log = []
for i in range(12):
    if i == 4:
        S.y = property(lambda self: self.__dict__.get("y"), lambda self, v: log.append(("setter", v)))
    if i == 8:
        del S.y
        S.__setattr__ = lambda self, name, v: log.append(("__setattr__", name, v))
    set_y(s, i)
print(log, s.__dict__)

# a new key added by a quickened store, on fresh instances each time
class Fresh:
    pass


objs = []
for i in range(6):
    o = Fresh()
    set_y(o, i * i)
    objs.append(o.y)
print(objs)


# methods: a class's function replaced, shadowed by an instance attribute, other receivers
def call_get(o):
    return o.get()


m = P(20)
out = []
for i in range(12):
    if i == 3:
        P.get = lambda self: ("replaced", self.x)
    if i == 6:
        m.get = lambda: "instance attribute"
    if i == 9:
        del m.get
    out.append(call_get(m))
print(out)


class R:
    def get(self):
        return "R.get"


class WithGetattribute:
    def get(self):
        return "plain"

    def __getattribute__(self, name):
        if name == "get":
            return lambda: "via __getattribute__"
        return object.__getattribute__(self, name)


print([call_get(o) for o in [m, m, R(), R(), WithGetattribute(), WithGetattribute(), m]])


# builtin receivers (no instance dict), then a subclass that overrides the method
def append_to(lst, v):
    lst.append(v)
    return lst


class MyList(list):
    def append(self, v):
        list.append(self, ("mine", v))


print([append_to([], i) for i in range(4)], append_to(MyList(), 5), append_to([], 6))


def upper(s):
    return s.upper()


class MyStr(str):
    def upper(self):
        return "MyStr.upper"


print([upper(x) for x in ["a", "b", "c", MyStr("d"), "e", b"f"]])

# a function object (a builtin type whose instances may carry a dict)
def f():
    pass


def g():
    pass


g.__repr__ = lambda: "instance repr"
print([type(fn.__repr__()).__name__ for fn in [f, f, f, g, f]])


# polymorphic sites: instances of six classes through one load, store and method call, long
# enough to specialise to the polymorphic forms; then one class changes under them
def make_class(i):
    class C:
        def __init__(self):
            self.v = i

        def who(self):
            return ("who", i)

    C.__name__ = "C%d" % i
    return C


classes = [make_class(i) for i in range(6)]
objs = [c() for c in classes]


def touch(o, k):
    o.v = o.v + k
    return o.who()


log = []
for n in range(600):
    if n == 300:
        classes[1].v = property(lambda self: 1000, lambda self, x: log.append(("C1 set", x)))
        classes[2].who = lambda self: "replaced who"
    if n == 450:
        objs[3].who = lambda: "instance who"
    o = objs[n % 4 if n < 200 else n % 6]
    r = touch(o, 1)
    if n % 97 == 0 or n in (300, 301, 302, 450, 451, 453):
        log.append((n, r, o.v))
print(log)
print([(sorted(o.__dict__), o.__dict__["v"]) for o in objs])
