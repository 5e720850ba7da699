# Operator overloading: arithmetic, reflected, in-place, rich comparisons, unary.

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        print("  __radd__ with", other)
        return self.__add__(other)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __iadd__(self, other):
        print("  __iadd__ in place")
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __le__(self, other):
        return abs(self) <= abs(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, +a, abs(b))
print(a + 10, 10 + a)
print(sum([a, b, Vec(5, 5)]), sum([a, b], Vec(0, 0)))
c = a
c += b
print(c, a, c is a)
print(a == Vec(4, 6), a != b, a < b, b > a, a <= a, b >= a, a == "x")
print(sorted([Vec(3, 4), Vec(1, 0), Vec(0, 2)]), max(Vec(3, 4), Vec(-6, 0)))
print(b / 2, b // 2, Vec(7, -7) % 3, b ** 2)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a < "s"
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
