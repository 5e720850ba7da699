# Calling a class whose __init__ is a Python function: the base interpreter runs __init__ as a
# frame CALL pushes (no nested interpreter). Everything typeCall checks must still hold.
import abc


class A:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


class B(A):
    pass


class Bad:
    def __init__(self):
        return 5


class Gen:
    def __init__(self):
        yield 1


class Raises:
    def __init__(self, v):
        raise ValueError(v)


class Abs(abc.ABC):
    def __init__(self):
        pass

    @abc.abstractmethod
    def f(self):
        pass


class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, a):
        print("init", a)


class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self, p):
        self.p = p
        self.q = p * 2


for i in range(30):
    a = A(i)
    b = B(i, y=5)
    s = Slotted(i)
print(a.x, a.y, b.x, b.y, type(b).__name__, s.p, s.q)

for cls, args in [(Bad, ()), (Gen, ()), (Raises, (3,)), (Abs, ()), (A, ()), (A, (1, 2, 3)), (Slotted, ())]:
    for _ in range(3):
        try:
            r = cls(*args)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
    print(r)


def caught():
    try:
        Bad()
    except TypeError as e:
        return "caught " + str(e)


print(caught())
print(WithNew(1).__class__.__name__, M(4).a)


class Rec:
    def __init__(self, n):
        self.c = Rec(n - 1) if n else None


r = Rec(300)
depth = 0
while r:
    r = r.c
    depth += 1
print(depth)


# a decorator is called with the class as its argument: not a construction
def deco(c):
    return c.__name__


@deco
class Q:
    def __init__(self):
        pass


print(Q)

# __init__ replaced after the call site has seen the class
for i in range(3):
    if i == 2:
        A.__init__ = lambda self: setattr(self, "z", 9)
    try:
        o = A()
        print("z", o.z)
    except TypeError as e:
        print(e)
