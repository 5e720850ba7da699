# linear algebra with lists: Gaussian elimination with fractions, determinant, inverse, products
from fractions import Fraction

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def solve(a, b):
    n = len(a)
    m = [[Fraction(v) for v in row] + [Fraction(bv)] for row, bv in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if m[p][c] == 0:
            raise ValueError("singular matrix")
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]

def det(a):
    if len(a) == 1:
        return a[0][0]
    return sum((-1) ** j * a[0][j] * det([row[:j] + row[j + 1:] for row in a[1:]]) for j in range(len(a)))

A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
x = solve(A, b)
print(x, [float(v) for v in x])
print(det(A), det([[1, 2], [3, 4]]), det([[Fraction(1, 2), 1], [1, 2]]))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(A, I) == A, matmul([[1, 2]], [[3], [4]]))
inv_cols = [solve(A, col) for col in I]
inv = [list(r) for r in zip(*inv_cols)]
print(inv)
print(matmul(A, inv))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print("ValueError:", e)
