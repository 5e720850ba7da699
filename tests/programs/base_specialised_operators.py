# Sites of the base interpreter's operator, subscript and unpacking families (spec/fat-ops.yaml
# `families`) quickened for one type pair and then met with others: every miss must do what the
# generic op does (the reflected operand, overflow to big ints, errors and their messages).


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __radd__(self, other):
        return Num(other + self.v)

    def __sub__(self, other):
        return Num(self.v - (other.v if isinstance(other, Num) else other))

    def __rmul__(self, other):
        return ("rmul", other, self.v)

    def __lt__(self, other):
        return "lt called"

    def __eq__(self, other):
        return "eq called"

    def __repr__(self):
        return f"Num({self.v!r})"


class S(str):
    def __add__(self, other):
        return "S.__add__"

    def __eq__(self, other):
        return "S.__eq__"

    __hash__ = str.__hash__


def add(a, b):
    return a + b


def iadd(a, b):
    a += b
    return a


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def fdiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def pw(a, b):
    return a ** b


def band(a, b):
    return a & b


def lsh(a, b):
    a <<= b
    return a


def show(f, *args):
    shown = tuple(a if type(a) in (int, float, str, bool, list, tuple, dict, type(None)) else type(a).__name__ for a in args)
    try:
        # often enough for the site to be quickened again for these operands (after a form's
        # misses the generic op re-specialises at the 53rd)
        for _ in range(60):
            r = f(*args)
        print(f.__name__, shown, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, shown, "raises", type(e).__name__, e)


rounds = [
    (1, 2), (3, 4), (2**52, 52), (2**62, 3), (-7, 2), (True, 2), (1.5, 2.25), (0.1, 0.2),
    (1.5, 2), (3, 0.5), ("ab", "cd"), (Num(1), 2), (2, Num(1)),
    (Num(1), Num(2)), ([1], [2]), ((1,), (2,)), (None, 1), (1e308, 1e308), (-0.0, 0.0),
    (float("nan"), 1.0), (5, 0), (5.0, 0.0), (5.0, 0), (-8.0, 1 / 3), (2, -1), (10**20, 3), (2**53, 1), (-(2**53), -1),
]
for f in (add, iadd, sub, mul, div, fdiv, mod, pw, band, lsh):
    for a, b in rounds:
        show(f, a, b)
# a str subclass's operator at a site quickened for two strs (either side)
for f in (add, iadd):
    for a, b in [("ab", "cd"), ("ab", "cd"), (S("x"), "y"), ("y", S("x")), ("y", 1)]:
        show(f, a, b)
# a sequence repeated by a non-int: the error names the operand that is not the count
for a, b in [(S("x"), "y"), ("y", S("x")), ("a", [1]), ([1], "a"), ((1,), "a"), ("ab", Num(1)), ("ab", 2)]:
    show(mul, a, b)


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


cmps = [
    (1, 2), (2, 1), (2, 2), (1.5, 1.5), (float("nan"), float("nan")), (1, 1.0), (2.5, 2),
    ("a", "b"), ("b", "b"), (S("a"), "a"), ("a", S("a")), (Num(1), 1), (1, Num(1)), (None, None),
    (2**70, 2**70), (True, 1), ([1, 2], [1, 3]), ("a", 1),
]
for f in (lt, le, eq, ne, ge):
    for a, b in cmps:
        show(f, a, b)


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("L.__setitem__", i, v)


class D(dict):
    def __missing__(self, k):
        return ("missing", k)


def get(c, i):
    return c[i]


def put(c, i, v):
    c[i] = v
    return c


seqs = [
    ([10, 20, 30], 1), ([10, 20, 30], -1), ([10, 20, 30], 3), ([10, 20, 30], -4), ((1, 2), 0),
    ((1, 2), 2), ("hey", 1), (L([1]), 0), ({"a": 1}, "a"), ({"a": 1}, "b"), (D(), "k"),
    ({1: "one"}, 1.0), ([1, 2, 3], True), ([1, 2, 3], slice(1, None)), ((1, 2, 3), 2**70),
    (range(5), 2), ({(1, 2): "t"}, (1, 2)), ({}, []),
]
for c, i in seqs:
    show(get, c, i)
for c, i in [([1, 2, 3], 0), ([1, 2, 3], -1), ([1, 2, 3], 5), (L(), 1), ({}, "k"), (D(), 1),
             ((1, 2), 0), ([1, 2], slice(0, 1)), ({}, [1]), ([0], 2**70), ([0], 1.0)]:
    show(put, c, i, "v")


def two(s):
    a, b = s
    return a, b


def three(s):
    a, b, c = s
    return c, b, a


def gen():
    yield 1
    yield 2


for s in [(1, 2), [3, 4], (1, 2, 3), (1,), "ab", gen(), {5: 0, 6: 0}, L([7, 8]), None]:
    show(two, s)
for s in [(1, 2, 3), [4, 5, 6], (1, 2), [1, 2, 3, 4], "xyz", iter(range(3)), 3]:
    show(three, s)


# a site quickened for ints inside a loop, then fed floats, big ints and strs
def acc(xs):
    t = xs[0]
    for x in xs[1:]:
        t = t + x * x - x
    return t


for xs in ([1, 2, 3] * 20, [0.5, 1.5] * 20, [2**31, 2**31] * 20, ["a", "b"], [1, 2.5, 3, 4.5] * 5):
    try:
        print(acc(xs))
    except TypeError as e:
        print("TypeError", e)


# an error raised inside an inline form (the list subscript quickened for a list and an int, then
# out of range; a float division by zero) names its own instruction in the traceback
def last_frame(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno, tb.tb_lasti


def pick(xs, i):
    n = len(xs)
    return n, xs[i]


def ratio(a, b):
    s = a + b
    return s, a / b


for i in [0, 1, 2, 5, -1, -9]:
    try:
        print(pick([10, 20, 30], i))
    except IndexError as e:
        print("IndexError", e, last_frame(e.__traceback__))
for b in [2.0, 0.5, 0.0, 4.0]:
    try:
        print(ratio(1.0, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, last_frame(e.__traceback__))
