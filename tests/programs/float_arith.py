# Float arithmetic: infinities, NaN, signed zero, comparisons with ints, errors.
import math

inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 400, -inf < -(10 ** 400))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isnan(inf - inf))
print(inf == inf, inf == float("inf"), max(1.0, inf), min(-inf, 0))

z = -0.0
print(z, z == 0.0, str(z), repr(-z), 0.0 * -1, -0.0 + 0.0, abs(-0.0))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), -0.0 < 0.0)

# int/float comparisons
print(1 == 1.0, 2 < 2.5, 3 > 2.9999, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, 0.1 < 1, -1 < -0.5, 5 >= 5.0)
print(1 + 2.0, 3 * 0.5, 7 / 2, 7 // 2.0, 7 % 2.5, -7 // 2.0, -7 % 2.5, 2 ** -1.0)
print(7.5 // -2, 7.5 % -2, -0.5 // 1, -0.5 % 1)

for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    print(5.0 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError", type(e).__name__, isinstance(e, ArithmeticError))
try:
    print(int(inf))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(nan))
except ValueError as e:
    print("ValueError:", e)
try:
    print(float("abc"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(2 ** 2000 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)

# accumulate and compare
def mean(xs):
    return sum(xs) / len(xs)

def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)

data = [2.5, 3.5, 1.25, 8.0, 4.75, 6.0]
print(mean(data), variance(data), math.sqrt(variance(data)))
print(sum([0.1] * 10), math.fsum([0.1] * 10))

# Newton's method for square roots
def newton_sqrt(n):
    x = n
    for _ in range(30):
        x = 0.5 * (x + n / x)
    return x

for n in (2, 10, 144, 0.25):
    print(n, newton_sqrt(n), math.sqrt(n), math.isclose(newton_sqrt(n), math.sqrt(n)))
print(8 ** (1 / 3), 2 ** 0.5, 10 ** -2, 4 ** 0.5)
print(float(2 ** 1023), hash(1.0), hash(2.5), hash(-0.0), hash(1e20) == hash(10 ** 20))
