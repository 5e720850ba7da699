# Sites that see several types in patterns a trace and its side traces must follow: types that
# alternate with period 2, then 3, then settle; short inner loops (unrolled into the outer
# trace) whose elements' types differ by position and then get reordered; side traces for
# exits taken often, then the pattern changes again so the side traces' own guards fail.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __repr__(self):
        return f"V({self.x!r})"

def val(v):
    return v.x if isinstance(v, V) else v

# 1. periods: 2 (int/float), then 3 (int/float/V), then only V, then only int again
pattern = []
for i in range(400):
    if i < 100:
        pattern.append(i if i % 2 else i * 0.5)
    elif i < 200:
        pattern.append((i, i * 0.5, V(i))[i % 3])
    elif i < 300:
        pattern.append(V(i))
    else:
        pattern.append(i)

acc = 0
checks = []
for i, v in enumerate(pattern):
    acc = acc + v * 2
    if i % 50 == 49:
        checks.append(repr(acc))
print("periods", checks)

# 2. an inner loop of 3 elements (unrolled) whose types differ by position; the tuple is
#    reordered between phases so each unrolled position sees another type
rows = [(1, 2.5, "x"), (2.5, "x", 1), ("x", 1, 2.5), (V(1), 1, 2.5)]
out = []
for i in range(240):
    row = rows[(i // 60) % 4]
    s = 0
    for item in row:
        if isinstance(item, str):
            s = s * 3 + len(item)
        else:
            s = s * 3 + item
    out.append(val(s))
print("unrolled", sum(out), out[58:62], out[118:122], out[178:182], out[-2:])

# 3. inner loop whose length changes (unrolled count differs), element types mixed
lens = []
for i in range(200):
    n = 2 + (i // 40)
    t = 0
    for k in range(n):
        t = t * 2 + (k if k % 2 else k * 1.5)
    lens.append(t)
print("innerlen", sum(lens), lens[38:42], lens[-1])

# 4. a method call site with 4 receiver classes in a rotating pattern, then the rotation
#    changes so other side traces are needed
class R1:
    def f(self, x): return x + 1
class R2:
    def f(self, x): return x * 2
class R3:
    def f(self, x): return -x
class R4(R1):
    def f(self, x): return super().f(x) * 10

recv = [R1(), R2(), R3(), R4()]
tot = 0
marks = []
for i in range(480):
    if i < 160:
        r = recv[i % 2]
    elif i < 320:
        r = recv[i % 4]
    else:
        r = recv[3 - (i % 3)]
    tot = tot + r.f(i)
    if i % 80 == 79:
        marks.append(tot)
print("receivers", marks)

# 5. the same comparison and truth tests with values of changing types
vals = [0, 1, 0.0, 2.5, "", "a", [], [1], None, V(0), True, False, -0.0, 10 ** 30]
truthy = 0
cmp_ints = 0
for i in range(300):
    v = vals[(i * 5) % len(vals)]
    if v:
        truthy += 1
    if isinstance(v, (int, float)) and v >= 1:
        cmp_ints += 1
print("truth", truthy, cmp_ints)

# 6. a dict whose values change type per key, summed in a hot loop, keys inserted/removed
d = {"a": 1, "b": 2.0, "c": V(3)}
sums = []
for i in range(150):
    s = 0
    for k in ("a", "b", "c"):
        s = s + d.get(k, 0)
    sums.append(val(s))
    if i == 50:
        d["a"] = 1.5
    if i == 80:
        del d["c"]
    if i == 110:
        d["c"] = 10 ** 20
print("dictvals", sums[49:53], sums[79:83], sums[109:113], sum(sums))
