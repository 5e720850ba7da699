# repr/str of floats: shortest round-trip representation.

values = [
    0.1 + 0.2, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
    1e-5, 1e-4, 0.0001234, 2.5e-300, 1e300 * 10, 1.5, 100.0, -0.0, 0.0,
    5e-324, 1.7976931348623157e308, 2 ** 0.5, 1e22, 1e23, 9007199254740993.0,
    3.14159, 2.0 ** 60, 1 / 7, 123.456, -987.654321, 1e-7, 12345678.9,
]
for v in values:
    print(repr(v), str(v))

print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(repr(float("1e500")), repr(-float("1e500")))
print([0.5, 0.25, 0.125, 1e100, 1e-100])
print((1.0, -2.5), {"x": 0.1})
print(float(10), float(-3), float("3.25"), float("  -1.5e3 "), float("1_000.5"))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(0.1 * 3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15)
print(100 * 1.1, 3 * 1.1, 0.7 + 0.1, 1.1 + 2.2)
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-320 / 1e10)

total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10))

x = 1.0
for i in range(5):
    x /= 3
    print(i, x, x * 3 ** (i + 1))

print((3.0).is_integer(), (3.5).is_integer())
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print(str(1e20), str(1e21), str(-1e-4), str(123e-7))
print(int(1e20), int(2.9999999999999999), int(-0.5))
