# float and int arithmetic in hot loops: math functions, mixed int/float, rounding, divmod,
# float formatting, big integers from loops
import math
acc = 0.0
for i in range(1, 5000):
    x = i / 7
    acc += math.sin(x) * math.cos(x / 3) + math.sqrt(i) - math.log(i) + x ** 0.5 - (i % 3) * 0.25
print(f"{acc:.6f}", round(acc, 3), math.floor(acc), math.ceil(acc))
s = 0
for i in range(1, 3000):
    q, r = divmod(i * 7919, 97)
    s += q - r + (i << 3) - (i >> 2) + (i & 15) - (i | 3) + (i ^ 5)
print(s)
f = 1
for i in range(1, 120):
    f *= i
print(f % (10 ** 20), len(str(f)), f.bit_length())
print(pow(3, 10000, 1000007), math.gcd(f, 2 ** 200) == 2 ** 116, math.isqrt(f) % 1000)
vals = [1e-9 * i for i in range(10)] + [1e300, -0.0, float("inf")]
print([f"{v:g}" for v in vals], [repr(round(v, 12)) for v in vals[:4]])
print(sum(0.1 for _ in range(10)), math.fsum(0.1 for _ in range(10)), 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
h = 0
for i in range(2000):
    h = (h * 31 + i) % (2 ** 61 - 1)
print(h, hash(2 ** 61 - 1), hash(-1), hash(1.5), hash(float("inf")))
