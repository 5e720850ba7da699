# array as CPython 3.11's arraymodule.c: argument checks, __index__ items, bytearray
# initialisers, subclasses with keywords and __slots__, pickling through _array_reconstructor
import array, collections.abc, pickle, struct

a = array.array("i", [1, 2, 3])
for name, args in [("tolist", (1,)), ("reverse", (1,)), ("byteswap", (1,)), ("buffer_info", (1,)), ("tobytes", (1,)),
                   ("pop", (1, 2)), ("pop", (None,)), ("insert", ()), ("insert", (0,)), ("count", ()), ("index", ()),
                   ("append", ()), ("extend", ()), ("remove", ())]:
    try:
        getattr(a, name)(*args)
        print(name, "no error")
    except (TypeError, IndexError) as e:
        print(name, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 1.5


print(array.array("b", [Idx()]), array.array("d", [Idx(), Flt()]))
try:
    array.array("b", [Flt()])
except TypeError as e:
    print(e)
print(array.array("h", bytearray(b"\x01\x00\x02\x00")))
print(isinstance(a, collections.abc.MutableSequence), isinstance(a, collections.abc.Reversible))


class KW(array.array):
    def __init__(self, typecode, newarg=None):
        array.array.__init__(self)
        self.newarg = newarg


k = KW("b", newarg=1)
print(k, k.newarg)


class Slotted(array.array):
    __slots__ = ["offset"]


s = Slotted("b", [1])
try:
    s.color = "blue"
except AttributeError as e:
    print("AttributeError", e)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = a.__reduce_ex__(proto)
    print(proto, r[0].__name__, r[1][1:], pickle.loads(pickle.dumps(a, proto)) == a)
k.x = 5
print(pickle.loads(pickle.dumps(k, 4)).__dict__)
rec = array._array_reconstructor
print(rec(array.array, "l", 13, struct.pack(">qqq", -1 << 63, 5, 0)))
print(rec(array.array, "d", 17, struct.pack(">dd", 1.5, float("inf"))))
print(rec(array.array, "f", 15, struct.pack(">f", 2.5)))
print(rec(array.array, "u", 19, "ab\U0002030a".encode("utf-16-be")))
print(rec(array.array, "H", 6, struct.pack("<I", 70000)).typecode)
for bad in [("", "b", 0, b""), (str, "b", 0, b""), (array.array, "b", "", b""), (array.array, "b", 0, ""),
            (array.array, "?", 0, b""), (array.array, "b", -1, b""), (array.array, "b", 22, b""), (array.array, "d", 16, b"a")]:
    try:
        rec(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
