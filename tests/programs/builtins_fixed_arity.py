# Builtins CALL reaches without an argument array (define.ts fixedMethod / fixedFunction): every
# other call of them (counts they refuse, keywords, unbound through the type) as CPython's.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
t(lambda: l.append())
t(lambda: l.append(1, 2))
t(lambda: l.append(x=1))
t(lambda: l.pop(1, 2))
t(lambda: l.pop(index=0))
t(lambda: l.pop())
t(lambda: l.pop(0))
t(lambda: l.pop(10))
t(lambda: [].pop())
t(lambda: l.extend())
t(lambda: l.extend([5]))
t(lambda: {1: 2}.get())
t(lambda: {1: 2}.get(1))
t(lambda: {1: 2}.get(3))
t(lambda: {1: 2}.get(3, 4))
t(lambda: {1: 2}.get(3, 4, 5))
t(lambda: {1: 2}.get(key=3))
t(lambda: set().add())
t(lambda: set().add([]))
s = set(); s.add(3); print(s)
t(lambda: len())
t(lambda: len(1, 2))
t(lambda: len(obj=1))
t(lambda: len([1]))
t(lambda: len(5))
t(lambda: abs(-3.5))
t(lambda: abs())
t(lambda: ord("a"))
t(lambda: ord())
t(lambda: chr(97, 98))
t(lambda: isinstance(1))
t(lambda: isinstance(1, int, 3))
t(lambda: isinstance(1, (str, int)))
t(lambda: hash())
t(lambda: id())
t(lambda: callable(len))
import math
t(lambda: math.sin())
t(lambda: math.sin(1, 2))
t(lambda: math.sqrt(-1))
t(lambda: math.sqrt(x=1))
t(lambda: math.cos(0))
m = list.append; t(lambda: m(l, 9)); print(l)
t(lambda: list.pop(l))
t(lambda: dict.get({}, 1, 2))
print(len.__name__, len.__module__, math.sin.__module__, list.append.__qualname__ if hasattr(list.append, "__qualname__") else "")
def loop():
    acc = []
    d = {"a": 1}
    s = set()
    for i in range(300):
        acc.append(i)
        if i % 3 == 0:
            acc.pop()
        if i % 5 == 0 and acc:
            acc.pop(0)
        s.add(i % 7)
        d.get("a")
        d.get("b", i)
        acc.extend((i,))
    return len(acc), sum(acc), sorted(s), abs(-len(acc)), isinstance(acc, list), d.get("b", "none")
print(loop())
t(lambda: "AbC".lower())
t(lambda: "AbC".lower(1))
t(lambda: "AbC".upper(x=1))
t(lambda: "  a b  ".strip())
t(lambda: "xxaxx".strip("x"))
t(lambda: "xxaxx".strip(None))
t(lambda: "xxaxx".strip(3))
t(lambda: "xxaxx".strip("x", "y"))
t(lambda: "xxaxx".lstrip("x"))
t(lambda: "xxaxx".rstrip(chars="x"))
t(lambda: ",".join(["a", "b"]))
t(lambda: ",".join())
t(lambda: ",".join([1]))
t(lambda: str.join("-", "abc"))
t(lambda: "abc".isalpha())
t(lambda: "abc".isalpha(2))


class S(str):
    pass


t(lambda: S("Hi ").strip().upper())
t(lambda: type(S("Hi").lower()).__name__)
d2 = {"a": 1, "b": 2}
t(lambda: list(d2.keys()))
t(lambda: list(d2.values()))
t(lambda: list(d2.items()))
t(lambda: d2.keys(1))
t(lambda: d2.items(x=1))
t(lambda: dict.values(d2))


class P:
    q = 5


p = P()
t(lambda: getattr(p, "q"))
t(lambda: getattr(p, "zz"))
t(lambda: getattr(p, "zz", "dflt"))
t(lambda: getattr(p, 3))
t(lambda: getattr(p, 3, 4))
t(lambda: getattr(p))
t(lambda: getattr(p, "q", 1, 2))
t(lambda: getattr(p, name="q"))
t(lambda: hasattr(p, "q"))
t(lambda: hasattr(p, "zz"))
t(lambda: hasattr(p, 1))
t(lambda: hasattr(p))
it = iter([1, 2])
t(lambda: next(it))
t(lambda: next(it, "end"))
t(lambda: next(it, "end"))
t(lambda: next(it))
t(lambda: next(5))
t(lambda: next())
t(lambda: next(iter([]), None))


def gen():
    yield 1


g = gen()
t(lambda: next(g))
t(lambda: next(g, "done"))


class It:
    def __next__(self):
        return 42


t(lambda: next(It()))
t(lambda: next(It(), 0))
