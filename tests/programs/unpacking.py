# Star unpacking in assignments, calls, and literals.

a, b, c = [1, 2, 3]
print(a, b, c)
a, *b = "hello"
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), [c, *d] = "xy", [1, 2, 3]
print(a, b, c, d)
for i, (name, score) in enumerate([("x", 1), ("y", 2)]):
    print(i, name, score)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)

def total(*args):
    return sum(args)

nums = [1, 2, 3]
print(total(*nums), total(*nums, 10, *range(3)), total())
print(*nums, sep=", ")
print(*"abc", *[1, 2], sep="|")

def describe(name, *args, sep="-", **kwargs):
    return name + sep + sep.join(str(a) for a in args) + str(sorted(kwargs.items()))

opts = {"sep": "+", "color": "red"}
print(describe("n", *nums, **opts))
print(describe(*["m", 9], **{"size": 3}))

merged = [*nums, *"ab", *range(2)]
print(merged)
t = (*nums, 0)
print(t, (*"xy",), [*()])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "z": 0})
print({*nums, *[2, 3, 4]} == {1, 2, 3, 4})

def point():
    return 3, 4

x, y = point()
print(x, y)
head, *tail = [10]
print(head, tail)
try:
    p, q = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)

# swapping and rotating
values = [1, 2, 3, 4]
values[0], values[-1] = values[-1], values[0]
print(values)
first, *middle, last = values
values = [last, first, *middle]
print(values)
m = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*m)), [sum(col) for col in zip(*m)])
a = b = c = 0
a += 1
print(a, b, c)
i, j = j, i = 1, 2
print(i, j)
