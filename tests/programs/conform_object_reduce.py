# object.__reduce_ex__ / __getstate__ as CPython 3.11's typeobject.c: protocol-2 newobj form,
# copyreg._reduce_ex below 2, slots in the state, __getnewargs(_ex)__, required-state refusals
import copy, copyreg, pickle


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, r)


class A:
    pass


a = A()
a.x = 1
show("A 2", lambda: a.__reduce_ex__(2)[1:])
show("A 1", lambda: (a.__reduce_ex__(1)[0] is copyreg._reconstructor, a.__reduce_ex__(1)[1:]))
show("A getstate", a.__getstate__)
show("empty getstate", A().__getstate__)
print("HEAPTYPE", bool(A.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)))


class S:
    __slots__ = ("p", "q")


s = S()
s.p = 3
show("S getstate", s.__getstate__)
show("S 2", lambda: s.__reduce_ex__(2)[2])
show("S 1", lambda: s.__reduce_ex__(1))
s2 = copy.copy(s)
print("S copy", s2.p, hasattr(s2, "q"))


class SD:
    __slots__ = ("p", "__dict__")


sd = SD()
sd.p = 1
sd.z = 2
show("SD getstate", sd.__getstate__)


class I(int):
    pass


i = I(5)
i.z = 2
show("I 2", lambda: i.__reduce_ex__(2)[1:])
show("I 1", lambda: i.__reduce_ex__(1)[1:])


class L(list):
    pass


show("L 2", lambda: L([1]).__reduce_ex__(2)[1:3])


class D(dict):
    pass


dd = D(a=1)
r = dd.__reduce_ex__(2)
print("D 2", r[1:3], list(r[4]))


class N:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __getnewargs_ex__(self):
        return ((self.a,), {"b": self.b})

    def __new__(cls, a, b=0):
        return super().__new__(cls)


n = N(1, b=2)
show("N", lambda: (n.__reduce_ex__(2)[0].__name__, n.__reduce_ex__(2)[1]))
n2 = pickle.loads(pickle.dumps(n, 4))
print("N pickled", n2.a, n2.b)


class BadEx:
    def __getnewargs_ex__(self):
        return [1]


show("bad ex", lambda: BadEx().__reduce_ex__(2))


class BadArgs:
    def __getnewargs__(self):
        return 1


show("bad args", lambda: BadArgs().__reduce_ex__(2))


class G:
    def __getstate__(self):
        return {"g": 1}


show("G", lambda: G().__reduce_ex__(2)[2])
show("object", lambda: object().__reduce_ex__(2)[1])
show("memoryview", lambda: memoryview(b"").__reduce_ex__(2))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, type(b).__name__, b.x)
