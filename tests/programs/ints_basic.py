# Integer arithmetic, including negative floor division and modulo.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3), (-1, 3), (100, 7), (-100, 7)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b), "/", a / b)

print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4, 10 ** -1, 2 ** -2)
print(-2 ** 2, (-3) ** 2)
print(abs(-17), abs(17), abs(0), -(-5))
print(17 + 25 * 3 - 8 // 3, (17 + 25) * (3 - 8) // 3)
print(int(3.99), int(-3.99), int("  42 "), int("-0"), int("+17"))
print(7 // 1, 7 % 1, 0 // -3, -0, 0 * -1)

# compound assignment
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 3
print("n =", n)

# comparisons
print(3 < 5, 3 > 5, 3 == 3, 3 != 3, 3 <= 3, 3 >= 4)
print(max(3, -9, 12, 0), min(3, -9, 12, 0))

# integer sequences
total = 0
for i in range(1, 101):
    total += i
print("sum 1..100 =", total)

squares = [i * i for i in range(-5, 6)]
print(squares)

def digits(n):
    n = abs(n)
    out = []
    while True:
        out.append(n % 10)
        n //= 10
        if n == 0:
            break
    return out[::-1]

print(digits(9075), digits(-12), digits(0))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

print(gcd(48, 18), gcd(-48, 18), gcd(17, 5), gcd(0, 9))
print(int.__name__, type(5 // 2).__name__, type(5 / 2).__name__)
print((5).bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))

try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
