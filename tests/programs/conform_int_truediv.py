# int / int correctly rounded (half-even, sticky remainder, subnormals, overflow) as CPython long_true_divide
import random
random.seed(5)
vals = [0, 1, 3, 2**53 + 1, 2**55, 10**30, 3**100, 2**1100, 7**400, 2**-0 * 12345678901234567891]
out = []
for a in vals:
    for b in vals[1:]:
        for sa in (1, -1):
            try:
                out.append(repr((sa * a) / b))
            except OverflowError as e:
                out.append("OverflowError")
for _ in range(60):
    a = random.getrandbits(random.randint(1, 2000)); b = random.getrandbits(random.randint(1, 2000)) or 1
    try:
        out.append(repr(a / b))
    except OverflowError:
        out.append("OverflowError")
print(len(out)); print("\n".join(out))
print(out[:12])
print(0 / 2**55, 1 / 2**1100, (2**1074 + 1) / 2**2148, 3 / 2**1076, 2**1024 // 1 / 2)
