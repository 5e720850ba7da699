# Operator overloading in a matrix class.

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __neg__(self):
        return self * -1
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return len(self.rows)
    def __bool__(self):
        return any(any(r) for r in self.rows)
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(len(self))] for i in range(len(self))])
        for _ in range(n):
            result = result @ self
        return result
    def __iadd__(self, o):
        self.rows = (self + o).rows
        return self

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * 2, 3 * a, a @ b, -a)
print(a[1, 0], a.shape, len(a), bool(a), bool(Matrix([[0]])))
a[0, 0] = 9
print(a, a == Matrix([[9, 2], [3, 4]]), a != b)
fib = Matrix([[1, 1], [1, 0]]) ** 10
print(fib, fib[0, 1])
c = a
c += b
print(c is a, a)
try:
    a * b
except TypeError as e:
    print("TypeError:", e)
print([sum(r) for r in a])
