# list, tuple, dict and float subclasses that override __len__, __iter__, __bool__, __contains__
# or __getitem__: every consumer must go through the override (len, truth, unpacking, star
# arguments, str.join, list/tuple/set/sorted/min/max, comprehensions), as CPython's exact-type
# fast paths do; the loops are hot so that the traces meet them too.
class L(list):
    def __len__(self): return 0
class T(tuple):
    def __bool__(self): return False
class F(float):
    def __bool__(self): return False
class D(dict):
    def __len__(self): return 0
for x in (L([1]), T((1,)), F(1.0), D(a=1)):
    print(type(x).__name__, bool(x), "yes" if x else "no", not x)

class L2(list):
    def __len__(self): return 7
    def __iter__(self): return iter(["9", "8"])
    def __contains__(self, x): return x == 42
    def __getitem__(self, i): return "item"
    def __bool__(self): return False
class T2(tuple):
    def __len__(self): return 5
    def __iter__(self): return iter(["8", "7"])
    def __getitem__(self, i): return "titem"
class D2(dict):
    def __len__(self): return 3
    def __iter__(self): return iter(["z"])
    def __contains__(self, k): return k == "q"
    def __getitem__(self, k): return "ditem"
for x in [L2(["1"]), T2(("1",)), D2(a="1")] * 6:
    print(type(x).__name__, len(x), list(x), tuple(x), 42 in x, "q" in x, x[0], [y for y in x], sorted(x), bool(x), not x)
    a, *b = x
    c, d = list(x)[:2] if len(list(x)) >= 2 else (0, 0)
    print(a, b, c, d, min(x), max(x), sum(1 for _ in x), ",".join(x), set(x) == set(list(x)), list(enumerate(x)), list(zip(x, x)))
    print(list(reversed(list(x))), [*x], (*x,), {*x} == set(list(x)), dict.fromkeys(x), any(x), all(x), "".join(sorted(x, reverse=True)))
    print(list(map(str, x)), list(filter(None, x)), frozenset(x) == frozenset(list(x)), str(x) == repr(x))
    f = lambda *a: a
    print(f(*x), len(f(*x)))
