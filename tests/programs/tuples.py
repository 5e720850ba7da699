# Tuples: construction, indexing, slicing, comparison, hashing, unpacking.

t = (1, 2, 3, 4, 5, 6, 7, 8, 9)
print(t, len(t), t[0], t[-1], t[2:5], t[::3], t[::-2], t[-4:-1], t[5:2:-1])
print((), (1,), tuple(), tuple("abc"), tuple([1, [2, 3]]), tuple(range(3)))
print(t.index(5), t.count(3), 4 in t, 10 not in t, min(t), max(t), sum(t))
print((1, 2) + (3,), (0,) * 4, (1, 2) * 0, ("a", 1) * 2)
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, "a") == (1, "a"))
print((1, 2) == [1, 2], (1, 2) != (2, 1), () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1, "a")), hash(()) == hash(tuple()))

point = (3, 4)
x, y = point
print(x, y, (x ** 2 + y ** 2) ** 0.5)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *rest = t
*init, last = t
head, *middle, tail = t
print(first, rest, init, last, head, middle, tail)

def min_max(items):
    return min(items), max(items)

lo, hi = min_max([5, 3, 9, 1])
print(lo, hi, min_max("hello"))

nested = ((1, 2), (3, (4, 5)), ())
print(nested, nested[1][1][0], len(nested[2]))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, reverse=True), max(pairs))

try:
    t[0] = 100
except TypeError as e:
    print("TypeError:", e)
try:
    t[20]
except IndexError as e:
    print("IndexError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)

inner = [1, 2]
holder = (inner, "fixed")
inner.append(3)
print(holder)
try:
    hash(holder)
except TypeError as e:
    print("TypeError:", e)

records = [("alice", 30, "nyc"), ("bob", 25, "sf"), ("carol", 35, "nyc")]
for name, age, city in records:
    print(f"{name:6} {age:3} {city}")
print([name for name, _, city in records if city == "nyc"])
print(tuple(x * 2 for x in range(4)), tuple(reversed(t))[:3])
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b, type(()).__name__, repr((None, True, 1.5, "s")))
