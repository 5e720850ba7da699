# Small ints growing into big ints inside hot loops (i*i growth, repeated doubling, powers,
# shifts, factorial-like products) and shrinking back; the boundaries 2**31, 2**53, 2**63 and
# 2**64 crossed in both directions; floor division and modulo with negative operands;
# comparisons between big ints and floats; negative zero from int/float mixes.

def show(tag, v):
    print(tag, v if abs(v) < 10**30 else f"{str(v)[:12]}...{str(v)[-6:]} ({v.bit_length()} bits)")

# 1. i*i growth: x = x*x + i crosses 2**31, 2**53, 2**63 and keeps going
x = 2
trace = []
for i in range(60):
    x = x * x + i if x < 2 ** 200 else x // 3 ** 50 - i
    trace.append(x.bit_length())
print("square", trace[:14], max(trace), trace[-5:])
show("square-final", x)

# 2. doubling crosses each boundary one step at a time; checks exact values around 2**53
v = 1
around = []
for i in range(130):
    v = v * 2 + (1 if i % 2 else 0)
    if 50 <= v.bit_length() <= 56 or 62 <= v.bit_length() <= 66:
        around.append((v.bit_length(), v % 1000, v & 0xFF, float(v) == v))
print("double", around)
show("double-final", v)

# 3. a running product (factorial) and its shrinking by exact division
p = 1
for i in range(1, 70):
    p *= i
show("fact", p)
for i in range(69, 0, -1):
    p //= i
print("unfact", p, type(p).__name__)

# 4. sums that cross 2**63 upward and back down, with an int accumulator
big = 2 ** 63 - 50
seen = []
for i in range(100):
    big += 1 if i < 60 else -2
    if i in (48, 49, 50, 51, 98, 99):
        seen.append(big - 2 ** 63)
print("cross63", seen, big == 2 ** 63 - 130)

# 5. negative numbers: floor division, modulo, shifts, abs, -x, ~x across boundaries
ops = []
n = -3
for i in range(70):
    n = n * 3 - i
    ops.append((n // 7, n % 7, n >> 3, -n, ~n, abs(n) % 1000))
print("neg", ops[5], ops[33], ops[34], ops[40][1:3], ops[69][1])
show("neg-final", n)
print(divmod(-2 ** 64, 7), divmod(2 ** 64, -7), -2 ** 64 // -(2 ** 63), (-2 ** 70) % 2 ** 63)

# 6. shifts that go big and come back
s = 1
for i in range(100):
    s = s << (i % 5) if i < 60 else s >> (i % 4)
print("shift", s, (1 << 100) >> 99, -1 >> 100, (-(1 << 70)) >> 69)

# 7. pow: int ** small int, ints with modulus, negative exponents (float)
ps = []
for i in range(60):
    ps.append((3 ** i) % 1000003 + pow(3, i, 97) + (2 ** -(i % 4) if i % 5 == 0 else 0))
print("pow", ps[:6], sum(ps), type(ps[5]).__name__, type(ps[6]).__name__)

# 8. big ints compared with floats (exact comparisons), and big int -> float conversion
cmp = []
for i in range(60):
    b = 2 ** 53 + i
    f = float(2 ** 53) + i
    cmp.append((b == f, b < f, b > f, b == float(b)))
print("cmpf", [c for k, c in enumerate(cmp) if k < 4], sum(c[0] for c in cmp), sum(c[2] for c in cmp))
print("huge", 10 ** 400 > 1e308, -(10 ** 400) < -1e308, float(2 ** 1023 * 2 - 1) if False else float(2 ** 1023))
try:
    float(10 ** 400)
except OverflowError as e:
    print("overflow", e)

# 9. int and float mixed giving -0.0 and large results
mix = []
for i in range(50):
    a = (i - 25) * 0.0
    b = (2 ** 64 + i) * 1.0
    c = (-(2 ** 64)) / (2 ** 62)
    mix.append((repr(a), b, c))
print("mix", mix[0], mix[25], mix[49])

# 10. hash of ints around the modulus 2**61 - 1, and ints as dict keys through the loop
M = 2 ** 61 - 1
hs = []
for i in range(60):
    k = M - 30 + i
    hs.append(hash(k) == hash(float(k)) if k < 2 ** 53 else hash(k) % 1000)
print("hash", hs[28:34], hash(-1), hash(-M), hash(M), hash(M + 1), hash(-(M + 1)))
