# Matrix arithmetic with nested lists: multiply, transpose, determinant, identity, power.

def zeros(r, c):
    return [[0] * c for _ in range(r)]

def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

def show(m, name):
    print(name + ":")
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b), "a @ b")
show(matmul(b, a), "b @ a")
show(transpose(a), "a^T")
try:
    matmul(a, a)
except ValueError as e:
    print("ValueError:", e)

fib = [[1, 1], [1, 0]]
print("fib(10..15):", [matpow(fib, n)[0][1] for n in range(10, 16)])
print("fib(300):", matpow(fib, 300)[0][1])
m3 = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det:", det(m3), det(identity(4)), det([[1, 2], [2, 4]]))
m4 = [[(i * 7 + j * 3) % 11 - 5 for j in range(5)] for i in range(5)]
show(m4, "m4")
print("det m4:", det(m4))

def matmul_float(a, b):
    return [[round(sum(a[i][k] * b[k][j] for k in range(len(b))), 10) for j in range(len(b[0]))] for i in range(len(a))]

rot = [[0.0, -1.0], [1.0, 0.0]]
v = [[1.0], [0.0]]
for step in range(4):
    v = matmul_float(rot, v)
    print("rotated", step + 1, [row[0] for row in v])
scaled = [[x * 0.5 for x in row] for row in identity(3)]
print(scaled, [sum(row) for row in m4], [sum(col) for col in zip(*m4)])
print("trace:", sum(m4[i][i] for i in range(5)), "symmetric:", m4 == transpose(m4))
big = matpow([[2, 0], [0, 3]], 64)
print(big)
