# number formatting: roman numerals, base conversion, int.to_bytes/from_bytes, float.hex,
# format specifiers
def to_roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)

def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -vals[a] if b != " " and vals[a] < vals[b] else vals[a]
    return total

print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2026, 3999)])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))

def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" * neg + s

print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-12345, 7), int(to_base(10**30, 36), 36) == 10**30)
print((1024).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (2**70).to_bytes(9, "big").hex())
print((0.1).hex(), float.fromhex("0x1.8p1"), (3.75).as_integer_ratio(), (0.5).is_integer())
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {1234567:,} {1234567:_} {0.000123:.2e} {12.5:%} {-3:+d} {3: d}")
print(f"{'left':<8}|{'mid':^8}|{'right':>8}|{'fill':*^10}|{3.14159:10.3f}|{42:^7d}|")
print(format(1e16, "g"), format(1e-5, "g"), format(123456789.0, ".3g"), format(float("nan"), "f"), format(-0.0, "g"))
