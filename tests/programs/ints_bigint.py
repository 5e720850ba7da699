# Arbitrary-precision integers: factorials, powers, mixed sizes.

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 20, 21, 25, 30, 50):
    print(n, fact(n))

f100 = fact(100)
print(len(str(f100)), sum(int(d) for d in str(f100)))
print(2 ** 200)
print(-(2 ** 200))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 53 + 1)
print(3 ** 100 // 7 ** 30, 3 ** 100 % 7 ** 30)
print((-(3 ** 100)) // 7 ** 30, (-(3 ** 100)) % 7 ** 30)
print(divmod(10 ** 40 + 12345, 10 ** 20))
print(divmod(-(10 ** 40), 123456789))

big = 1
for i in range(1, 40):
    big = big * 31 + i
print(big)
print(big * big - big)
print(big // 3, big % 1000003)

# comparisons across sizes
print(2 ** 100 > 2 ** 99, 2 ** 100 == 2 ** 100, -(2 ** 100) < 5, 10 ** 30 == 1e30)
print(2 ** 100 > 1e29, 2 ** 100 < 1e31, float(2 ** 100))
print(int(1e30), int(-1.5e20))
print(abs(-(2 ** 90)), hex(2 ** 70), bin(2 ** 70 + 1))
print((2 ** 70) >> 60, (2 ** 70) << 3, -(2 ** 70) >> 65)
print(int("123456789012345678901234567890") + 1)
print(int("-99999999999999999999999999") * 3)

# fibonacci numbers grow big quickly
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print("fib(150) =", a)

# powers of 2 and digit counts
for e in (10, 100, 1000):
    s = str(2 ** e)
    print(e, len(s), s[:10], s[-10:])

# big number with pow and modulus
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 18, 1000000007))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(f100 % (2 ** 61 - 1) == hash(f100))
print((10 ** 25) / (10 ** 5), 10 ** 25 / 3)
print(sum(range(10 ** 6, 10 ** 6 + 1000)) * 10 ** 20)
