# Division of long ints whose quotient is short (the estimate-and-correct path of the VM's
# bigint division) and long (the engine's own), every sign, checked through //, %, divmod and
# the identity a == q * b + r, in a loop hot enough to be traced.
import hashlib


def digest(values):
    h = hashlib.sha256()
    for v in values:
        h.update(hex(v).encode())
        h.update(b",")
    return h.hexdigest()[:16]


def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield seed


def long_number(rand, bits):
    n = 1
    while n.bit_length() < bits:
        n = (n << 64) | next(rand)
    return n >> (n.bit_length() - bits)


rand = lcg(12345)
cases = []
for divisor_bits in (3000, 3072, 3073, 3100, 5000, 16000):
    for quotient in (0, 1, 2, 9, 10, (1 << 31) - 1, 1 << 31, (1 << 32) - 1, 1 << 32, 1 << 33,
                     (1 << 52) + 3, 1 << 80, 1 << 200):
        b = long_number(rand, divisor_bits)
        for extra in (0, 1, b - 1, long_number(rand, divisor_bits - 7)):
            cases.append((quotient * b + extra, b))
# divisors just below and above a power of two, where the leading bits round up
for k in (3071, 3072, 3073, 4096, 9000):
    for b in ((1 << k) - 1, 1 << k, (1 << k) + 1):
        for a in ((1 << (k + 5)) - 1, 1 << (k + 5), (1 << (k + 5)) + 1, 7 * b, 7 * b - 1, b * b):
            cases.append((a, b))

results = []
for a, b in cases:
    for sa in (1, -1):
        for sb in (1, -1):
            x, y = sa * a, sb * b
            q, r = divmod(x, y)
            assert q == x // y and r == x % y, (x, y)
            assert q * y + r == x, (x, y)
            assert r == 0 or (r < 0) == (y < 0), (x, y)
            assert abs(r) < abs(y), (x, y)
            results.append(q)
            results.append(r)
print(len(cases), "cases,", len(results), "results")
print("digest", digest(results))
print("small quotients:", [(c[0] // c[1]) for c in cases[:13]])

# digits of a long number by repeated division by a long power of ten
n = long_number(rand, 20000)
p = 10 ** 1000
chunks = []
while n:
    n, r = divmod(n, p)
    chunks.append(r)
print("chunks", len(chunks), digest(chunks))
