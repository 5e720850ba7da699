# The math module: constants, rounding, number theory, logs, trig.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.isqrt(17), math.isqrt(10 ** 20))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5))
print(math.gcd(48, 180), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(25), len(str(math.factorial(200))))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(1), math.log(8, 2))
print(math.exp(0), math.exp(1), math.pow(2, 10), math.pow(2, 0.5), math.hypot(3, 4), math.hypot(5, 12))
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.tan(math.pi / 4), 12))
print(math.degrees(math.pi), math.radians(180), round(math.atan2(1, 1), 12), math.atan(0))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))

def distance(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)

points = [(0, 0), (3, 4), (6, 8), (-1, 1)]
for p in points:
    print(p, round(distance((0, 0), p), 6), round(math.degrees(math.atan2(p[1], p[0])), 3))

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

print([n for n in range(50) if is_prime(n)])

def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    r = math.sqrt(disc)
    return tuple(sorted({(-b - r) / (2 * a), (-b + r) / (2 * a)}))

print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1), quadratic(2, 0, -8))
area = math.pi * 2.5 ** 2
print(f"circle area {area:.4f}, circumference {2 * math.pi * 2.5:.4f}")
print(math.floor(-0.0), math.ceil(0.5), type(math.floor(1.5)).__name__, type(math.sqrt(4)).__name__)
compound = 1000 * math.pow(1 + 0.05 / 12, 12 * 10)
print(f"{compound:.2f}", round(compound, 2))
print(math.dist((0, 0), (3, 4)), math.isclose(math.e ** 2, math.exp(2)))
