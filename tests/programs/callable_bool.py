# __call__ and __bool__ (and __len__ as a truth fallback).

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs  # lowest degree first

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __bool__(self):
        return any(self.coeffs)

    def __repr__(self):
        terms = []
        for i, c in enumerate(self.coeffs):
            if c:
                terms.append(f"{c}" if i == 0 else f"{c}x" if i == 1 else f"{c}x^{i}")
        return " + ".join(reversed(terms)) or "0"


p = Polynomial(1, 0, 2)      # 2x^2 + 1
q = Polynomial(0, 0)
print(p, [p(x) for x in range(5)], bool(p), bool(q), q, callable(p), callable(Polynomial))
if not q:
    print("q is the zero polynomial")
print(list(map(p, [10, -1])), sorted([3, -2, 1], key=Polynomial(0, -1)))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), Adder(0)(Adder(1)(1)))

class Stack:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, v):
        self.items.append(v)

s = Stack()
print(bool(s), "empty" if not s else "full", len(s))
s.push(1)
print(bool(s), "empty" if not s else "full", len(s))

class AlwaysFalse:
    def __bool__(self):
        return False

class BadBool:
    def __bool__(self):
        return 1

obj = AlwaysFalse()
print(bool(obj), not obj, obj or "fallback", (obj and "unreached") is obj, [x for x in [obj, 1, AlwaysFalse()] if x])
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
while AlwaysFalse():
    print("never")
print("after while", 1 if AlwaysFalse() else 2, all([obj]), any([obj, s]))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls

c = Counter()
results = [c() for _ in range(5)]
print(results, c.calls)
not_callable = 5
try:
    not_callable()
except TypeError as e:
    print("TypeError:", e)
try:
    handlers = "abc"
    handlers()
except TypeError as e:
    print("TypeError:", e)
handlers = {"double": lambda x: x * 2, "poly": p, "add": add5, "len": len}
for name, h in handlers.items():
    print(name, h(3) if name != "len" else h("three"))
