# Walrus operator and star-unpacking corners.

data = [3, 8, 1, 9, 4, 7]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 8])
print(y)

lines = iter(["a", "bb", "", "ccc"])
while (line := next(lines)):
    print("line", line)

first, *middle, last = range(7)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
head, *rest = [1]
print(head, rest)
print([*range(3), *"ab", *(x for x in (9,))])
print({*"abc", *"bcd"} == set("abcd"))
print({**{"a": 1}, "b": 2, **{"a": 3}})

def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))

for i, (k, *vs) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, vs)

x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)

def gen():
    total = 0
    while (v := (yield total)) is not None:
        total += v
g = gen(); next(g)
print(g.send(5), g.send(7))
print((z := 10) + z)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)
