# Lambdas and higher-order functions: map, filter, sorted keys, composition.

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
print(list(map(square, range(6))), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda n: n % 3 == 0, range(20))), list(filter(None, [0, 1, "", "a", None, [], [0]])))

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5), compose(str, inc, dbl)(4))

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
}
for sym in ops:
    print(6, sym, 3, "=", ops[sym](6, 3))
print(ops["/"](1, 0))

people = [("Zed", 28), ("amy", 35), ("Bob", 21), ("cat", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[0].lower()))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0]) * 100 + p[1]))

def curry(f):
    return lambda a: lambda b: f(a, b)

print(curry(pow)(2)(10), curry(lambda a, b: a + b)("x")("y"))

def make_adders():
    return [lambda x, n=n: x + n for n in range(4)]

print([f(10) for f in make_adders()])
print((lambda f: f(f, 10))(lambda self, n: 1 if n <= 1 else n * self(self, n - 1)))

def reduce_(f, items, init):
    acc = init
    for it in items:
        acc = f(acc, it)
    return acc

print(reduce_(lambda a, b: a + b, range(10), 0), reduce_(lambda a, b: a * b, range(1, 8), 1))
print(reduce_(lambda acc, w: acc + [len(w)], "a bb ccc".split(), []))
print(reduce_(lambda a, b: b + a, "stressed", ""))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
f = lambda: None
print(f.__name__, square.__name__, f() is None, callable(f), callable(5))
print(list(map(lambda t: t[0] * t[1], zip(range(5), range(5, 10)))))
print(sum(map(int, "1 2 3 4".split())), list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab"])))
