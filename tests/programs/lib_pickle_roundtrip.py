# _pickle round trips: every builtin type at every protocol, the bytes dumps writes compared with
# CPython's C pickler (repr of the bytes), and what loads gives back.
import pickle
import pickletools
import io
import collections
import copyreg
import functools
import array
import zlib


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __repr__(self):
        return f"Plain({self.a!r}, {self.b!r})"


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(self) is type(other) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Slotted({self.x!r}, {self.y!r})"


class WithNewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)

    def __repr__(self):
        return f"WithNewArgs({int(self)}, {self.tag!r})"


class WithNewArgsEx:
    def __new__(cls, *, k):
        self = object.__new__(cls)
        self.k = k
        return self

    def __getnewargs_ex__(self):
        return ((), {"k": self.k})

    def __repr__(self):
        return f"WithNewArgsEx(k={self.k!r})"


class WithState:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {"v": self.v, "extra": "x"}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True

    def __repr__(self):
        return f"WithState({sorted(self.__dict__.items())})"


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,))

    def __repr__(self):
        return f"Reduced({self.n})"


class Outer:
    class Inner:
        pass


class MyList(list):
    pass


class MyDict(dict):
    pass


def func():
    return 1


Point = collections.namedtuple("Point", "x y")

OBJECTS = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**63, -2**63, 2**100, -(2**100), 3.5, -0.0, 1e300, float("inf"),
    "", "abc", "caf\u00e9", "\u20ac uro", "\U0001f600", "line\nbreak\\back\r\x00\x1a",
    b"", b"abc", b"\x00\xff", bytearray(b""), bytearray(b"xyz"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3], {}, {"a": 1}, {"a": 1, "b": [2, 3]},
    {1: "x", 2: "y"}, set(), {1, 2, 3}, frozenset(), frozenset({4, 5}),
    [None, [None, (None,)]], {"k": ("t", ["l", {"d": 1}])},
    int, type(None), type(Ellipsis), type(NotImplemented), Ellipsis, NotImplemented, len, func, Plain,
    Outer.Inner, functools.reduce, collections.OrderedDict,
    Plain(1, "two"), Slotted(3, [4]), WithNewArgs(7, "seven"), WithNewArgsEx(k=9), Reduced(5),
    MyList([1, 2]), MyDict(a=1), Point(1, 2), collections.OrderedDict([("z", 1), ("a", 2)]),
    range(3), range(1, 10, 2), slice(1, 2, 3), complex(1, 2), array.array("i", [1, 2]), array.array("d"),
]


def same(a, b):
    if isinstance(a, float) and a != a:
        return b != b
    return a == b and type(a) is type(b)


def show(obj):
    r = repr(obj)
    return r.split(" at 0x")[0][:40]


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("== protocol", proto)
    for obj in OBJECTS:
        try:
            if isinstance(obj, (bytes, bytearray)) and proto < 3:
                # bytes before protocol 3 name _codecs.encode: only compared through a round trip
                data = None
            else:
                data = pickle.dumps(obj, proto)
            back = pickle.loads(pickle.dumps(obj, proto))
        except Exception as e:
            print(show(obj), type(e).__name__, e)
            continue
        ok = same(obj, back) or repr(obj) == repr(back)
        print(show(obj), ok, data)

# objects that come back as new instances: compare their state
for proto in range(6):
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(proto, w, pickle.dumps(WithState(), proto))
    e = pickle.loads(pickle.dumps(WithNewArgsEx(k="q"), proto))
    print(proto, e, pickle.dumps(WithNewArgsEx(k="q"), proto))
    print(proto, pickle.loads(pickle.dumps(Outer.Inner, proto)) is Outer.Inner)

# shared and recursive structures
for proto in range(6):
    shared = [1, 2]
    obj = [shared, shared, (shared,)]
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1] is back[2][0])
    rec = [1]
    rec.append(rec)
    data = pickle.dumps(rec, proto)
    back = pickle.loads(data)
    print(proto, data, back[1] is back)
    d = {}
    d["self"] = d
    back = pickle.loads(pickle.dumps(d, proto))
    print(proto, pickle.dumps(d, proto), back["self"] is back)
    t_list = []
    t = (t_list,)
    t_list.append(t)
    data = pickle.dumps(t, proto)
    back = pickle.loads(data)
    print(proto, data, back[0][0] is back)
    p = Plain(None, None)
    p.a = p
    back = pickle.loads(pickle.dumps(p, proto))
    print(proto, pickle.dumps(p, proto), back.a is back)

# batching: 1, 999, 1000, 1001 and 2500 items (lists, dicts, sets)
# (the opcodes of the small ones; of the large ones the bytes' length and CRC, which must be
# CPython's: pickletools.genops over them in Python would cost seconds per pipeline)
for n in (1, 2, 1000, 1001):
    lst = list(range(n))
    dct = {i: i for i in range(n)}
    st = set(range(n))
    for proto in (0, 1, 2, 4):
        for obj in (lst, dct, st, frozenset(st)):
            data = pickle.dumps(obj, proto)
            if n < 10:
                ops = sorted(collections.Counter(op.name for op, _, _ in pickletools.genops(data)).items())
            else:
                ops = zlib.crc32(data)
            print(n, proto, type(obj).__name__, len(data), ops, pickle.loads(data) == obj)

# framing: large strings and bytes go outside frames; many small objects fill several frames
big_s = "s" * 70000
big_b = b"b" * 70000
many = ["item%d" % i for i in range(8000)]
for proto in (4, 5):
    for obj in (big_s, big_b, [big_s, 1], [1, big_b, 2], many, {"k": many}):
        data = pickle.dumps(obj, proto)
        if obj is many or isinstance(obj, dict):
            frames = zlib.crc32(data)
        else:
            frames = [arg for op, arg, _ in pickletools.genops(data) if op.name == "FRAME"]
        print(proto, len(data), frames, pickle.loads(data) == obj)
        f = io.BytesIO()
        pickle.dump(obj, f, proto)
        print(" dump equals dumps:", f.getvalue() == data)
print(pickle.dumps(many[:3], 4))
out = io.StringIO()
pickletools.dis(pickle.dumps({"a": [1, 2.5, "x"], "b": (None, True)}, 4), out)
print(out.getvalue())
out = io.StringIO()
pickletools.dis(pickle.dumps([Plain(1, 2), Plain(3, 4)], 2), out)
print(out.getvalue())

# protocol 0 text opcodes read back, strings with every escape
for s in ["plain", "tab\there", "nl\n", "back\\slash", "\x00\x1a\r", "\u0100\uffff", "\U00010000", "\x7f\x80\xff"]:
    data = pickle.dumps(s, 0)
    print(data, pickle.loads(data) == s)

# protocol 2's Python 2 compatible names (fix_imports) and back
for obj in (int, str, bytes, dict, list, range, collections.OrderedDict, functools.reduce, ValueError, Exception):
    for fix in (True, False):
        data = pickle.dumps(obj, 2, fix_imports=fix)
        print(obj.__name__, fix, data, pickle.loads(data) is obj)
print(pickle.loads(b"c__builtin__\nlong\n.") is int, pickle.loads(b"cexceptions\nValueError\n.") is ValueError)
print(pickle.loads(b"\x80\x02c__builtin__\nxrange\n.") is range)
for fix in (True, False):
    try:
        print(pickle.loads(b"\x80\x02c__builtin__\nlong\n.", fix_imports=fix) is int)
        pickle.loads(b"\x80\x03c__builtin__\nlong\n.", fix_imports=fix)
    except Exception as e:
        print(type(e).__name__, e)

# Python 2 str pickles: encoding and errors
p2 = b"\x80\x02U\x03ab\xe9q\x00."
print(pickle.loads(p2, encoding="latin1"), pickle.loads(p2, encoding="bytes"))
try:
    pickle.loads(p2)
except Exception as e:
    print(type(e).__name__)
print(pickle.loads(p2, encoding="ascii", errors="replace"))
print(pickle.loads(b"S'a\\nb\\x41'\n.", encoding="bytes"), pickle.loads(b"S'abc'\np0\n."))
print(pickle.loads(b"T\x03\x00\x00\x00xyz."))

# every text opcode of protocol 0 and 1
print(pickle.loads(b"(I1\nI01\nI00\nL5L\nL-7\nF2.5\nVu\\u20acx\nS\"q\"\nN(lp0\n(dp1\ntp2\n."))
print(pickle.loads(b"(K\x01M\x00\x01J\xff\xff\xff\xff\x8a\x01\x80\x8b\x02\x00\x00\x00\x00\x01t."))
print(pickle.loads(b"(i__main__\nPlain\n(dS'a'\nI1\nsS'b'\nI2\nsb."))
print(pickle.loads(b"(c__main__\nPlain\no}(X\x01\x00\x00\x00aK\x01X\x01\x00\x00\x00bK\x02ub."))

# module names of globals at protocol 4: memoized per name object, as CPython has them (a builtin
# function's module name is its module's own name object, types and Python code share another)
import sys
import os
for objs in ([len, int], [int, float], [len, getattr], [int, len, float, getattr], [sys.getsizeof, sys.intern],
             [collections.OrderedDict, collections.deque], [functools.reduce, functools.partial], [Plain, func, Plain],
             [pickle.dumps, pickle.loads, pickle.Pickler], [int, int, "int", "builtins"], [len, "len", len],
             [collections.deque, "deque", "collections"], [Outer.Inner, "Inner", Outer]):
    data = pickle.dumps(objs, 4)
    print(data, pickle.loads(data) == objs)
