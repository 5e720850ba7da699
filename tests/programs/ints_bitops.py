# Bit operations, base conversion, and int/bool mixing.

values = [0, 1, 5, 12, 255, -1, -6, 1023]
for v in values:
    print(v, bin(v), oct(v), hex(v), v & 0xF, v | 0x10, v ^ 0b1010, ~v)

print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, 5 << 0)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(0o777, 0xFF, 0b101, 1_000_000, 0x_ff_ff)

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print([popcount(i) for i in range(17)])
print(popcount(2 ** 100 - 1))

def to_binary(n, width):
    return "".join("1" if n >> i & 1 else "0" for i in range(width - 1, -1, -1))

print(to_binary(37, 8), to_binary(255, 8), to_binary(0, 4))
print(format(37, "08b"), format(255, "x"), format(255, "X"), format(255, "#x"), format(8, "#o"))

# flags
READ, WRITE, EXEC = 1, 2, 4
perm = READ | WRITE
print(perm, bool(perm & WRITE), bool(perm & EXEC))
perm |= EXEC
perm &= ~WRITE
print(perm, bool(perm & WRITE), bool(perm & EXEC))

# int/bool mixing
print(True + 3, True << 4, True & 3, False | 8, (3 > 2) + (5 > 1))
print(True ^ 1, type(True ^ 1).__name__, type(True ^ True).__name__, type(True & 1).__name__)
counts = [0, 0]
for x in [1, 2, 3, 4, 5, 6, 7]:
    counts[x % 2 == 0] += 1
print(counts)

# gray code
print([i ^ (i >> 1) for i in range(16)])

# bit reversal of a byte
def rev8(b):
    r = 0
    for _ in range(8):
        r = (r << 1) | (b & 1)
        b >>= 1
    return r

print([rev8(b) for b in (1, 2, 3, 128, 0xF0)])

# big shifts and masks
x = (1 << 130) | 0xABCDEF
print(x & 0xFFFFFF, x >> 128, hex(x))
print(-x & 0xFF, (-x) >> 100, ~x)
print(int("ff", 16), int("777", 8), int("1011", 2), int("z", 36), int("0x1A", 16), int("0b11", 0))
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
