# operator overloading in hot loops: __add__/__mul__/__getitem__/__eq__/__hash__/__len__/
# __iter__ run as fragments, with NotImplemented and reflected operands
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __iter__(self):
        yield self.x
        yield self.y
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

acc = Vec(0, 0)
seen = set()
hits = 0
for i in range(3000):
    v = Vec(i % 7, i % 11) * 2
    acc = acc + v
    acc = 1 * acc
    x, y = v
    hits += v[0] + v[1] + len(v) + x - y
    if v in seen:
        hits += 1
    seen.add(v)
print(acc, hits, len(seen))
print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]))
try:
    Vec(1, 1) + 5
except TypeError as e:
    print("TypeError:", e)
print(sorted(seen, key=lambda v: (v.y, v.x))[:5])
