# Container protocols: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__/__next__.

class Matrix:
    def __init__(self, rows, cols, fill=0):
        self.rows = rows
        self.cols = cols
        self.data = [fill] * (rows * cols)

    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"position {pos} out of range")
        return self.data[r * self.cols + c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.data[r * self.cols + c] = value

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, value):
        return value in self.data

    def __iter__(self):
        for r in range(self.rows):
            yield [self[r, c] for c in range(self.cols)]

    def __str__(self):
        return "\n".join(" ".join(f"{v:3}" for v in row) for row in self)

m = Matrix(3, 4)
for r in range(3):
    for c in range(4):
        m[r, c] = r * c
print(m)
print(len(m), 6 in m, 7 in m, m[2, 3], list(m)[1])
try:
    m[3, 0]
except IndexError as e:
    print("IndexError:", e)

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)), sum(Countdown(100)), [x for x in Countdown(3)])
cd = Countdown(2)
print(next(cd), next(cd), next(cd, "empty"), list(cd))

class SparseList:
    def __init__(self):
        self.items = {}
        self.size = 0

    def __setitem__(self, i, v):
        self.items[i] = v
        self.size = max(self.size, i + 1)

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if i >= self.size or i < 0:
            raise IndexError("sparse index out of range")
        return self.items.get(i, 0)

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return self.size

s = SparseList()
s[2] = "two"
s[6] = "six"
print(len(s), s[0], s[2], s[-1], list(s), "six" in s, "ten" in s)
del s[2]
print(list(s))
try:
    del s[100]
except KeyError as e:
    print("KeyError:", e)

class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __contains__(self, x):
        print("  checking", x)
        return x in self.items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return iter(self.items[::-1])

b = Bag(1, 2, 3)
print(2 in b, 5 not in b, len(b), list(reversed(b)), sorted(b, reverse=True), bool(Bag()))
print(min(b), max(b), sum(b), list(enumerate(b)), dict(zip(b, "xyz")), tuple(b), set(b) == {1, 2, 3})
it = iter(b)
print(iter(it) is it, next(it), list(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
