# Iteration builtins: enumerate, zip, map, filter, iter, next, reversed, any, all, sorted.

names = ["ann", "bob", "cy"]
scores = [90, 75, 82, 100]
print(list(enumerate(names)), list(enumerate(names, start=1)), list(enumerate("ab", -1)))
for i, (n, s) in enumerate(zip(names, scores)):
    print(i, n, s)
print(list(zip(names, scores)), list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(5), [True])))
print(dict(zip(names, scores)), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)

print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str.strip, [" a ", "b "])))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(filter(lambda x: x > 1, (0, 1, 2, 3))))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))

it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")

# iter(callable, sentinel)
values = [5, 4, 3, 0, 9]
pos = [0]
def read():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("racecar")) == "racecar")
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(c.isupper() for c in "hello World"), all(c.isalpha() for c in "abc"))
print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([], reverse=True))
print(sorted(["b", "A", "c"], key=str.lower, reverse=True))

# combining tools
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), list(map(sum, matrix)), list(map(max, *matrix)))
words = "the quick brown fox".split()
print(list(enumerate(map(len, words))), max(zip(map(len, words), words)))
pairs = list(zip(words, words[1:]))
print(pairs)
print(sum(1 for _ in filter(None, [0, 1, 2, 0, 3])), len(list(filter(None, map(str.strip, ["", " x ", "  "])))))
print(list(zip(range(3), reversed(range(3)))), [a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
d = {"x": 1, "y": 2}
it = iter(d.items())
print(next(it), next(it), next(it, "end"))
e = enumerate("xy")
print(next(e), iter(e) is e, list(e))
print(type(zip()).__name__, type(map(int, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
print(type(iter([])).__name__, type(reversed([])).__name__, type(iter(range(0))).__name__)
