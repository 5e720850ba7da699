# _pickle's errors: malformed and truncated pickles, bad opcodes, stack and memo misuse,
# unpicklable objects, bad __reduce__ results, misused Pickler/Unpickler objects, recursion.
import pickle
import io
import copyreg
import sys


def show(f):
    try:
        r = f()
        print("OK", repr(r).split(" at 0x")[0])
    except Exception as e:
        msg = str(e).split(" at 0x")[0]
        print(type(e).__name__, msg)


BAD = [
    b"", b"N", b"\xff", b"\x00", b"'", b"\\", b"(", b".", b"0.", b"(0.", b"1.", b"2.", b"h\x05.", b"j\x05\x00\x00\x00.",
    b"g5\n.", b"I010\n.", b"I0x10\n.", b"Iabc\n.", b"I99999999999999999999\n.", b"L12\n.", b"L12", b"L12L\n.", b"Lx\n.",
    b"Fabc\n.", b"F1.5x\n.", b"F1e500\n.", b'S"ab\n.', b"Sab\n.", b"S'ab\"\n.", b"N(d.", b"NN(Nd.", b"(NNNu.", b"N(NNNu.", b"Ns.",
    b"N}N.", b"\x80\x09.", b"\x80\x05N.", b"\x95\x01\x00\x00\x00\x00\x00\x00\x00.", b"\x95\x05\x00\x00\x00\x00\x00\x00\x00N",
    b"\x8b\xff\xff\xff\xff.", b"\x8a\x05\x00\x00", b"T\xff\xff\xff\xff.", b"\x82\x00.", b"\x83\x05\x00.", b"\x84\x00\x00\x00\x00.",
    b"cbuiltins\nint", b"cbuiltins\nnope\n.", b"cnomod_xyz\nx\n.", b"c\n\n.", b"N\x93.", b"NN\x93.", b"VNN\x93.",
    b"\x80\x04\x8c\x08builtins\x8c\x0bint.<locals>\x93.", b"\x80\x04\x8c\x08builtins\x8c\x0aint.nonono\x93.",
    b"\x80\x04\x8c\x08builtins\x8c\x0dint.from_bytes\x93.",
    b"\x8c\x08builtins\x8c\x03int\x93)\x81.", b"N)\x81.", b"\x8c\x08builtins\x8c\x03int\x93N\x81.",
    b"\x8c\x08builtins\x8c\x03int\x93)N\x92.", b"N)}\x92.", b"\x8c\x08builtins\x8c\x03int\x93N}\x92.",
    b"Pabc\n.", b"P\xe9\n.", b"NQ.", b"\x97.", b"\x98.", b"p-1\n.", b"Np-1\n.", b"Nr\xff\xff\xff\xff.", b"N\x94\x94.", b"Nq\x00h\x01.",
    b"Nb.", b"N}b.", b")Nb.", b"\x8c\x08builtins\x8c\x06object\x93)\x81NN\x86b.", b"\x8c\x08builtins\x8c\x06object\x93)\x81N\x85b.",
    b"NNR.", b"\x8c\x08builtins\x8c\x03int\x93NR.", b"X\x05\x00\x00\x00ab.", b"X\x02\x00\x00\x00\xff\xfe.",
    b"\x8c\x02\xed\xa0.", b"(\x8f.", b"N(N\x90.", b"(N\x91.", b"(Ne.", b"(Na.", b"Na.", b"(t.", b"(l.", b"(\x85.", b"\x86.",
    b"\x8c\x08builtins\x8c\x06object\x93)\x81(Ne.", b"i\nx\n.", b"(ibuiltins\nint\n.", b"(co.", b"U\x05ab.", b"(o.",
    b"(\x8c\x08builtins\x8c\x03int\x93o.", b"B\x03\x00\x00\x00ab", b"C\x03ab", b"\x8e\x03\x00\x00\x00\x00\x00\x00\x00abc.",
    b"\x96\x03\x00\x00\x00\x00\x00\x00\x00abc.", b"]\x94(K\x01K\x02\x94e.", b"K\x01K\x02\x32\x86.", b"(K\x01\x31K\x02.",
    b"N.trailing", b"\x88\x89\x86.", b"(K\x01K\x02K\x03K\x04t.", b"(K\x01K\x02l.", b"(K\x01K\x02K\x03d.",
]
for data in BAD:
    print(data, end=" ")
    show(lambda: pickle.loads(data))

print(pickle.loads(b"\x97\x98.", buffers=[b"abc"]))
print(bytes(pickle.loads(b"\x97\x98.", buffers=[bytearray(b"abc")])))
show(lambda: pickle.loads(b"\x97\x97.", buffers=[b"abc"]))
show(lambda: pickle.loads(b"\x97.", buffers=None))
show(lambda: pickle.loads("N."))
show(lambda: pickle.loads(b"N.", encoding=1))
show(lambda: pickle.loads(b"N.", errors=None))
show(lambda: pickle.loads(b"N.", nope=1))
show(lambda: pickle.loads())
show(lambda: pickle.load(io.BytesIO(b"N."), None))
print(pickle.loads(memoryview(b"K\x07.")), pickle.loads(bytearray(b"K\x08.")))


def f():
    pass


def g():
    def h():
        pass

    return h


class A:
    pass


show(lambda: pickle.dumps(g()))
show(lambda: pickle.dumps(lambda: 1))
A.__module__ = "nomod_xyz"
show(lambda: pickle.dumps(A))
A.__module__ = "sys"
show(lambda: pickle.dumps(A))
A.__module__ = "__main__"
B = A


class A:
    pass


show(lambda: pickle.dumps(B))
show(lambda: pickle.dumps(f, 6))
show(lambda: pickle.dumps(f, "2"))
show(lambda: pickle.dumps(f, 2.0))
show(lambda: pickle.dumps(f, -1))
show(lambda: pickle.dumps((i for i in ())))


class R:
    def __init__(self, r):
        self.r = r

    def __reduce__(self):
        return self.r


for r in [1, None, [f, ()], (), (f,), (1, ()), (f, 1), (f, [1]), (f, (), None, 1), (f, (), None, None, 1),
          (f, (), None, None, None, 1), (f, (), None, None, None, None, 1), (copyreg.__newobj__, ()),
          (copyreg.__newobj__, (1,)), (copyreg.__newobj__, (int,)), (copyreg.__newobj_ex__, ()),
          (copyreg.__newobj_ex__, (1, 2, 3)), (copyreg.__newobj_ex__, (int, 2, 3)), (copyreg.__newobj_ex__, (int, (), 3)),
          (copyreg.__newobj__, (R, 1)), "nope", "R", "f", (f, (), None, iter([1])),
          (f, (), None, None, iter([(1, 2)])), (f, (), None, None, iter([1]))]:
    for p in (0, 2, 4):
        print(repr(r).split(" at 0x")[0], p, end=" ")
        show(lambda: pickle.dumps(R(r), p))


class ReduceEx:
    def __reduce_ex__(self, proto):
        return (ReduceEx, (), {"proto": proto})


print(pickle.dumps(ReduceEx(), 0), pickle.dumps(ReduceEx(), 3))
print(pickle.loads(pickle.dumps(ReduceEx(), 3)).proto)


class Setter:
    pass


def set_state(obj, state):
    obj.via_setter = state


class WithSetter:
    def __reduce__(self):
        return (Setter, (), {"s": 1}, None, None, set_state)


print(pickle.dumps(WithSetter(), 2))
print(pickle.loads(pickle.dumps(WithSetter(), 4)).via_setter)

show(lambda: pickle.Pickler(None))
show(lambda: pickle.Pickler(io.BytesIO(), 3, buffer_callback=print))
show(lambda: pickle.Pickler())
show(lambda: pickle.Pickler(io.BytesIO(), 2, True, None, 5))
show(lambda: pickle.Pickler(io.BytesIO(), nope=1))
show(lambda: pickle.Unpickler(None))
show(lambda: pickle.Unpickler(io.BytesIO(b"N."), encoding=1))
show(lambda: pickle.Unpickler(io.BytesIO(b"N."), "ASCII"))
show(lambda: pickle.Unpickler(io.BytesIO(b"N.")).find_class("builtins"))
show(lambda: pickle.Unpickler(io.BytesIO(b"N.")).load(1))
show(lambda: pickle.Pickler(io.BytesIO()).dump())


class P(pickle.Pickler):
    def __init__(self):
        pass


class U(pickle.Unpickler):
    def __init__(self):
        pass


show(lambda: P().dump(1))
show(lambda: U().load())
show(lambda: pickle.Unpickler.__new__(pickle.Unpickler).load())
show(lambda: pickle.Pickler.__new__(pickle.Pickler).dump(1))


class BadWrite:
    def write(self, b):
        raise OSError("disk full")


show(lambda: pickle.dump([1, 2], BadWrite()))


class BadReadline:
    def read(self, n):
        return b""

    def readline(self):
        raise OSError("no lines")


show(lambda: pickle.load(BadReadline()))
show(lambda: pickle.Unpickler(io.BytesIO(b"V\xe9\n.")).load())

# recursion errors
x = []
for i in range(5000):
    x = [x]
show(lambda: len(pickle.dumps(x)))
d = {}
for i in range(5000):
    d = {"k": d}
show(lambda: len(pickle.dumps(d, 0)))
nested = b"\x80\x04" + b"]\x94" * 3000 + b"e" * 2999 + b"."
show(lambda: len(repr(pickle.loads(nested))) > 0)

# unhashable and changing containers
show(lambda: pickle.loads(b"(]\x94K\x01d."))
show(lambda: pickle.loads(b"}(]K\x01u."))


class Mutating:
    def __init__(self, target):
        self.target = target

    def __reduce__(self):
        self.target["new"] = 1
        return (int, ())


dd = {}
dd["a"] = Mutating(dd)
dd["b"] = 2
show(lambda: pickle.dumps(dd, 2))
ss = {1, 2}


# how deep a structure pickles before RecursionError: what counts against the limit
def maxdepth(make, proto):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        x = 1
        for i in range(mid):
            x = make(x)
        try:
            pickle.dumps(x, proto)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


class Holder:
    def __init__(self, v):
        self.v = v


for proto in (0, 2, 4):
    print(proto, [maxdepth(make, proto) for make in (lambda x: [x], lambda x: (x,), lambda x: (x, 1, 2, 3), lambda x: {"k": x},
                                                     lambda x: Holder(x), lambda x: frozenset([x]), lambda x: [x, "s", 2.5, None])])
