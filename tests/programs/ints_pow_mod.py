# pow with modulus, divmod, modular arithmetic helpers.

print(pow(2, 10), pow(2, 10, 1000), pow(7, 0, 13), pow(-3, 3), pow(-3, 3, 7))
print(pow(5, -1, 7), pow(3, -2, 11), pow(2, 0.5), pow(4, -1))
print(pow(123456789, 987654321, 1000000007))

def mod_exp(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

for b, e, m in [(2, 100, 97), (3, 200, 1000), (10, 18, 7), (12345, 6789, 10007)]:
    print(b, e, m, mod_exp(b, e, m), pow(b, e, m), mod_exp(b, e, m) == pow(b, e, m))

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(90, 130) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 61 + 1), is_probable_prime(10 ** 18 + 9))

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y

print(ext_gcd(240, 46), ext_gcd(17, 3120))

for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (2 ** 70, 3), (-(2 ** 70), 3)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)

print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(3, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(0 ** 0, pow(0, 0, 5), pow(5, 3, 1), pow(-2, 5, 10))
