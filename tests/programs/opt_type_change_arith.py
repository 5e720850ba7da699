# Values whose type changes in the middle of hot loops: an accumulator and an operand go
# int -> float -> bool -> a user class (__add__/__radd__/__lt__/__mul__) -> big int (past
# 2**53 and 2**63) -> back to int; comparisons and augmented assignments on the same sites.

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, (int, float)):
            return Money(self.cents + int(other * 100))
        return NotImplemented
    def __radd__(self, other):
        return Money(int(other * 100) + self.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __lt__(self, other):
        o = other.cents if isinstance(other, Money) else other * 100
        return self.cents < o
    def __gt__(self, other):
        o = other.cents if isinstance(other, Money) else other * 100
        return self.cents > o
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __repr__(self):
        return f"Money({self.cents})"

def operand(i):
    # the type of the value added changes by phase
    if i < 40:
        return i
    if i < 80:
        return i / 4
    if i < 120:
        return i % 3 == 0          # bool
    if i < 160:
        return Money(i)
    if i < 200:
        return 2 ** 53 + i         # past the float-exact range
    if i < 240:
        return 2 ** 63 + i * i     # past int64
    if i < 280:
        return -(2 ** 64) - i
    return i

def checksum(v):
    if isinstance(v, Money):
        return ("M", v.cents)
    return (type(v).__name__, v)

# 1. accumulator: the type of acc changes with what is added to it
acc = 0
marks = []
for i in range(320):
    acc = acc + operand(i)
    if isinstance(acc, Money) and i == 159:
        acc = acc.cents            # back to int after the Money phase
    if i % 40 == 39:
        marks.append(checksum(acc))
print("acc", marks)

# 2. the same comparison site sees int, float, bool, Money, bigint
below = 0
above = 0
for i in range(320):
    v = operand(i)
    if v < 50:
        below += 1
    if v > 50:
        above += 1
print("cmp", below, above)

# 3. augmented assignment with a loop-carried value whose type flips each phase
x = 1
trail = []
for i in range(240):
    if i < 60:
        x += 1
    elif i < 120:
        x *= 1.5 if i % 10 == 0 else 1
    elif i < 180:
        x = int(x) * 3 if i % 20 == 0 else int(x)
    else:
        x = x * 2 if i % 2 == 0 else x - 1
    if i % 30 == 29:
        trail.append(checksum(x))
print("aug", trail)

# 4. multiplication and negation across the phases, summed into a float and an int
fsum = 0.0
isum = 0
for i in range(320):
    v = operand(i)
    if isinstance(v, Money):
        isum += (v * 2).cents
        continue
    w = -v * 3
    if isinstance(w, float):
        fsum += w
    else:
        isum += w
print("mul", fsum, isum)

# 5. Money on the right of + with an int/float on the left (__radd__), and sum()
ms = [Money(k) for k in range(5)]
parts = []
for i in range(100):
    left = i if i % 2 else i / 2
    parts.append((left + ms[i % 5]).cents)
print("radd", sum(parts), parts[:6], sum(ms, Money(0)), sum([1, 2.5, True]))

# 6. bool arithmetic: bool + bool is int, bool * float is float, ~True
bt = []
for i in range(80):
    b = i % 3 == 0
    bt.append((b + b, b * 1.5, -b, ~b, b & (i % 2 == 0), b ^ True))
print("bool", bt[0], bt[1], bt[6], sum(t[0] for t in bt), sum(t[3] for t in bt))

# 7. min/max over a list whose element type changes mid-loop
best = None
for i in range(200):
    v = operand(i)
    if isinstance(v, Money):
        v = v.cents
    if best is None or v > best:
        best = v
print("max", best, type(best).__name__)
