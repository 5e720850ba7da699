"""spectral-norm: estimate the spectral norm of the infinite matrix
A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1) with the power method on an n x n
truncation (10 iterations of v = A^T A u)."""
import sys
from math import sqrt


def eval_a(i, j):
    return 1.0 / (((i + j) * (i + j + 1) >> 1) + i + 1)


def mul_av(n, u):
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        result.append(s)
    return result


def mul_atv(n, u):
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        result.append(s)
    return result


def mul_atav(n, u):
    return mul_atv(n, mul_av(n, u))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(n, u)
        u = mul_atav(n, v)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % sqrt(vbv / vv))


main()
