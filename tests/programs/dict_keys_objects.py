# Dict and set keys: tuples, user objects with __hash__/__eq__, and identity keys.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


labels = {Point(0, 0): "origin", Point(1, 0): "east", Point(0, 1): "north"}
print(labels[Point(0, 0)], labels.get(Point(1, 0)), Point(5, 5) in labels)
labels[Point(0, 0)] = "center"
print(len(labels), labels)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2))

class Token:
    """No __eq__/__hash__ override: identity semantics."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Token(" + self.name + ")"

a, b = Token("a"), Token("a")
ident = {a: 1, b: 2}
print(len(ident), ident[a], ident[b], a == b, a == a)

class Unhashable:
    def __eq__(self, other):
        return True

try:
    {Unhashable(): 1}
except TypeError as e:
    print("TypeError:", e)

class CaseInsensitive:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return self.s.lower() == other.s.lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return repr(self.s)

seen = {}
for word in ["Apple", "apple", "BANANA", "Banana", "cherry", "APPLE"]:
    key = CaseInsensitive(word)
    seen[key] = seen.get(key, 0) + 1
print(seen)

# tuple keys: a sparse grid
grid = {}
for x in range(3):
    for y in range(3):
        if (x + y) % 2 == 0:
            grid[(x, y)] = x * 10 + y
print(grid)
print(grid.get((1, 1)), grid.get((0, 1), "empty"), (2, 2) in grid)
print(sorted(k for k in grid if k[0] == 2))
neighbors = {(x, y): [(x + dx, y + dy) for dx, dy in ((1, 1), (0, 2)) if (x + dx, y + dy) in grid] for (x, y) in grid}
print(neighbors)

# equal numbers collapse to one key
nums = {1: "a", 1.0: "b", 2: "c"}
print(nums, hash(1) == hash(1.0), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash("abc") == hash("ab" + "c"), hash((1, "x")) == hash((1, "x")), hash(-1), hash(-2))

# set of user objects
pts = {Point(1, 1), Point(1, 1), Point(2, 2)}
print(len(pts), Point(2, 2) in pts, sorted(pts, key=lambda p: p.x))
frozen = {frozenset([1, 2]): "pair"}
print(frozen[frozenset([2, 1])], hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
memo = {}
def binom(n, k):
    if k == 0 or k == n:
        return 1
    if (n, k) not in memo:
        memo[(n, k)] = binom(n - 1, k - 1) + binom(n - 1, k)
    return memo[(n, k)]
print(binom(30, 15), len(memo))
