# Integer arithmetic, big integers and bit operations.
print(2 ** 100, 3 ** 50 % 1000007, -7 // 2, -7 % 2, 7 // -2, divmod(-17, 5))
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f.bit_length(), sum(int(d) for d in str(f)))
print(pow(3, 200, 10 ** 9 + 7), pow(2, -1, 7), pow(10, 20) // 7)
print(int("ff", 16), int("0b1011", 0), int("777", 8), int("  42  "), int("1_000"), hex(255), bin(10), oct(64))
print(0xFF & 0x0F, 0b1100 | 0b0011, 5 ^ 3, ~5, 1 << 70, (1 << 70) >> 65, -1 >> 3)
print((255).bit_count(), (12).to_bytes(2, "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 40 * 3, 6 ** 20), abs(-10 ** 30), round(123456, -3), round(-2.5), round(3.5))
print(10 ** 30 // 3, 10 ** 30 / 4, int(1e20), int(-3.9), float(2 ** 60), 2 ** 63 - 1 == 9223372036854775807)
print(max(2 ** 64, 2 ** 63 * 2 + 1), sorted([2 ** 65, -2 ** 65, 0]), hash(2 ** 10) == 1024)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(True + True, int(True), 5 .real, (7).numerator, (-8).conjugate(), (3).__index__())
print(format(2 ** 64, ","), f"{10**18:_}", str(-0), 1_000_000 * 1_000_000)
