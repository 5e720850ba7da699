# Big-integer workloads: digits of pi (spigot), e, sqrt(2), and Catalan numbers.

def pi_digits(n):
    """Gibbons' unbounded spigot algorithm."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

digits = pi_digits(120)
print("pi = %d.%s" % (digits[0], "".join(map(str, digits[1:]))))

def e_digits(n):
    # e = sum 1/k!, computed with a scaled integer
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[: n + 1]

e = e_digits(80)
print("e  = %s.%s" % (e[0], e[1:]))

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

root2 = str(isqrt(2 * 10 ** 160))
print("sqrt2 = %s.%s" % (root2[0], root2[1:]))
print(isqrt(10 ** 50) == 10 ** 25, isqrt(2 ** 127) ** 2 <= 2 ** 127 < (isqrt(2 ** 127) + 1) ** 2)

def catalan(n):
    c = 1
    for i in range(n):
        c = c * 2 * (2 * i + 1) // (i + 2)
    return c

print([catalan(i) for i in range(15)])
print(catalan(100))

def digit_sum(n):
    return sum(int(d) for d in str(n))

print(digit_sum(2 ** 1000), digit_sum(3 ** 500), len(str(7 ** 777)))
harmonic_num, harmonic_den = 0, 1
for k in range(1, 31):
    harmonic_num = harmonic_num * k + harmonic_den
    harmonic_den *= k
    g = harmonic_num
    a, b = harmonic_num, harmonic_den
    while b:
        a, b = b, a % b
    harmonic_num //= a
    harmonic_den //= a
print("H30 =", harmonic_num, "/", harmonic_den, "~", harmonic_num / harmonic_den)
print(int(str(2 ** 200)[::-1]) % 1000007, (10 ** 100 + 1) // 7, -(10 ** 50) // 3, (-(10 ** 50)) % 7)
