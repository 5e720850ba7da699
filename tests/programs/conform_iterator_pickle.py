# Pickling builtin iterators (__reduce__/__setstate__/__length_hint__), as CPython 3.11 does
import pickle, copy, operator, array, re


def show(label, it, adv=1):
    for _ in range(adv):
        next(it, None)
    r = it.__reduce__()
    hint = operator.length_hint(it, -1)
    print(label, type(it).__name__, r[0].__name__, re.sub(r" at 0x[0-9a-f]+", "", repr(r[1:])), hint)
    print("  protocols:", [list(pickle.loads(pickle.dumps(it, proto))) for proto in range(pickle.HIGHEST_PROTOCOL + 1)][-1])
    print("  rest:", list(pickle.loads(pickle.dumps(it))), list(it))


show("list", iter([1, 2, 3]))
show("list done", iter([1]), 2)
show("list rev", reversed([1, 2, 3]))
show("list rev done", reversed([1]), 2)
show("tuple", iter((1, 2)))
show("tuple done", iter((1,)), 2)
show("range", iter(range(10)))
show("range step", iter(range(0, 10, 3)))
show("range rev", reversed(range(10)), 3)
show("range big", iter(range(2**70, 2**70 + 5)), 2)
show("range done", iter(range(3)), 4)
show("dict keys", iter({1: 2, 3: 4}))
show("dict values", iter({1: 2, 3: 4}.values()))
show("dict items", iter({1: 2, 3: 4}.items()))
show("dict rev", reversed({1: 2, 3: 4, 5: 6}))
show("dict done", iter({1: 2}), 2)
show("set", iter({7}), 0)
show("str", iter("abc"))
show("str nonascii", iter("aé€"))
show("str astral", iter("a\U0001f600b"))
show("str done", iter("a"), 2)
show("bytes", iter(b"ab"))
show("bytes done", iter(b"a"), 2)
show("bytearray", iter(bytearray(b"ab")))
show("bytearray done", iter(bytearray(b"a")), 2)
show("array", iter(array.array("i", [1, 2, 3])))
show("array done", iter(array.array("i", [1])), 2)


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


show("seq", iter(Seq()))
show("seq done", iter(Seq()), 5)
show("reversed", reversed("abc"))
show("reversed done", reversed("a"), 2)
show("enumerate", enumerate([1, 2, 3], 5))
show("zip", zip([1, 2], [3, 4]), 0)
show("zip strict", zip([1, 2], [3, 4], strict=True), 0)
show("map", map(abs, [-1, -2]), 0)
show("filter", filter(None, [0, 1, 2]), 0)

c = iter(iter([1, 2, 3, 4]).__next__, 3)
print(c.__reduce__()[0].__name__, [x for x in pickle.loads(pickle.dumps(c))])
print(list(c), c.__reduce__()[1])

# __setstate__ clamps the index
for mk in (lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter(range(3)), lambda: iter("xyz"), lambda: iter(b"xyz"), lambda: reversed("xyz")):
    out = []
    for st in (-5, 1, 10):
        it = mk()
        it.__setstate__(st)
        out.append(list(it))
    print(type(mk()).__name__, out)
for bad in ("a", 2**70):
    try:
        iter([1]).__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)

# a dict changed while being iterated cannot be pickled
d = {1: 2}
it = iter(d)
d[3] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError", e)
print(copy.copy(iter([5, 6])).__next__())

# builtin functions and methods pickle by name
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps([].append)).__name__)
print(len.__reduce__(), [1].append.__reduce__()[1], list.append.__reduce__()[1], dict.fromkeys.__reduce__()[1])
