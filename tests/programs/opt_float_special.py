# Loop-carried float accumulators where an iteration produces an int (or a bool), and NaN,
# inf, -inf and -0.0 flowing through hot arithmetic, comparisons, min/max, round, int(),
# divmod and formatting; every result printed with repr.
import math

def r(v):
    return repr(v)

# 1. a float accumulator that receives an int once (acc stays float), and an int accumulator
#    that receives a float once (acc becomes float from then on)
acc = 0.0
iacc = 0
kinds = []
for i in range(150):
    x = i * 0.25 if i != 77 else 7
    acc = acc + x
    y = i if i != 99 else 0.5
    iacc = iacc + y
    if i in (76, 77, 78, 98, 99, 100):
        kinds.append((type(acc).__name__, type(iacc).__name__))
print("acc", r(acc), r(iacc), kinds)

# 2. an accumulator that starts as int 0 and only becomes float through a true division
s = 0
for i in range(1, 100):
    s = s + (i // 3 if i % 10 else i / 3)
print("mixed", r(s), type(s).__name__)

# 3. NaN, inf and -0.0 flowing through a hot loop
specials = [1.5, -0.0, 0.0, math.inf, -math.inf, math.nan, -2.5, 1e308, 5e-324, 3]
res = []
nan_cmp = [0, 0, 0, 0]
for i in range(200):
    v = specials[i % len(specials)]
    w = v * 2
    res.append(w)
    if v < 1: nan_cmp[0] += 1
    if v >= 1: nan_cmp[1] += 1
    if v == v: nan_cmp[2] += 1
    if v != v: nan_cmp[3] += 1
print("specials", [r(x) for x in res[:10]], nan_cmp)

# 4. sums that hit inf, then inf - inf = nan, and nan that stays nan
t = 1.0
hist = []
for i in range(120):
    if i < 40:
        t = t * 1e10
    elif i == 40:
        t = t - math.inf
    else:
        t = t + 1
    if i % 20 == 19 or i in (38, 39, 40, 41):
        hist.append(r(t))
print("overflow", hist)

# 5. negative zero: produced by multiplication, division, rounding and negation in the loop
zs = []
for i in range(100):
    a = -0.0 * (i + 1)
    b = 0.0 / -(i + 1)
    c = -(i * 0.0)
    d = round(-0.4 + i * 0.0)
    e = math.copysign(0.0, -1.0) + 0.0
    f = -0.0 + -0.0
    if i % 33 == 0:
        zs.append((r(a), r(b), r(c), r(d), r(e), r(f), math.copysign(1, a), math.copysign(1, f)))
print("negzero", zs)

# 6. min/max/sorted with -0.0/0.0 (equal, first wins) and NaN (order dependent)
mm = []
for i in range(80):
    vals = [0.0, -0.0] if i % 2 else [-0.0, 0.0]
    mm.append(r(min(vals)) + r(max(vals)))
print("minmax", mm[:4], r(max([1.0, math.nan, 2.0])), r(max([math.nan, 1.0, 2.0])), r(min(2, math.nan)))

# 7. int() / divmod / floor division / modulo with negative floats and specials
errs = []
vals = []
for i in range(100):
    v = specials[i % len(specials)]
    try:
        vals.append(int(v))
    except (OverflowError, ValueError) as e:
        errs.append(type(e).__name__ + ": " + str(e))
    try:
        q, m = divmod(v, -0.75)
        vals.append(q)
        vals.append(m)
    except ZeroDivisionError as e:
        errs.append(str(e))
print("int", sorted(set(errs)), [r(x) for x in vals[:14]])

# 8. formatting of the accumulated values
fmt = []
x = 1.0
for i in range(60):
    x = x * -1.7 + (1 if i % 7 == 0 else 0)
    if i % 12 == 11:
        fmt.append(f"{x:.3f}|{x:e}|{x!r}|{x:g}|{round(x, 2)!r}")
print("fmt", fmt)
print("hash", hash(-0.0) == hash(0.0), hash(math.inf), {-0.0: "n", 0.0: "p"}, 0.0 in {-0.0})
