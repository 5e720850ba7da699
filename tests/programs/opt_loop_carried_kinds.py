# Loop-carried values whose kinds (small int, big int, float, bool, str, list, tuple) move
# between locals through swaps and rotations (SWAP/COPY on the stack), with periods 1..5, so
# a specialiser that proves kinds at the back-edge of one iteration for the next (loop
# peeling) must widen them correctly; comparisons and arithmetic on the swapped values show
# any mix-up. Also chained comparisons, augmented subscripts (COPY), conditional expressions,
# `del` of a local in the loop, and a branch taken often (side trace) that changes a kind.

# 1. period 2: a, b = b, a with an int and a float, compared and added every iteration
a, b = 1, 2.5
lt = 0
s = 0.0
for i in range(200):
    if a < b:
        lt += 1
    s = s + a * 2 + b
    a, b = b, a + 1 if isinstance(a, int) else a
print("swap2", lt, s, repr(a), repr(b))

# 2. period 3: a rotation of an int, a float and a bool
x, y, z = 7, 0.25, True
acc = 0
marks = []
for i in range(300):
    acc = acc + x - y * 2 + (z if z is not None else 0)
    if x > y:
        acc += 1
    x, y, z = z, x, y
    if i % 97 == 96:
        marks.append((repr(x), repr(y), repr(z), repr(acc)))
print("rot3", marks, repr(acc))

# 3. period 5: five kinds rotating (more than the rounds a widening might try)
p, q, r, t, u = 3, 1.5, False, 2 ** 70, -4
tot = 0
for i in range(500):
    tot = tot + p * 2 + (q > 1) + (r or 0)
    p, q, r, t, u = q, r, t, u, p
print("rot5", tot, [type(v).__name__ for v in (p, q, r, t, u)])

# 4. a fibonacci-like pair that turns from small int to big int; then to float by a division
f0, f1 = 0, 1
for i in range(150):
    f0, f1 = f1, f0 + f1
    if i == 120:
        f1 = f1 / 3
print("fib", repr(f0), repr(f1), f0 > f1)

# 5. chained comparisons with the middle operand changing kind (COPY/SWAP inside the chain)
mid = [5, 5.5, True, 2 ** 64, -1.0, 6]
inside = []
for i in range(240):
    m = mid[i // 40]
    inside.append((0 <= m < 6, 1 < m <= 2 ** 65, m == m > 0))
print("chain", [inside[k] for k in range(0, 240, 40)], sum(sum(t) for t in inside))

# 6. augmented subscripts (COPY + BINARY_SUBSCR + STORE_SUBSCR) where the element's kind changes
cells = [0, 0.0, 1, 0.5]
for i in range(200):
    k = i % 4
    cells[k] += 1 if i < 100 else 0.125
    cells[(k + 1) % 4] *= 1
print("augsub", cells, [type(c).__name__ for c in cells])
grid = [[0] * 3 for _ in range(3)]
for i in range(180):
    grid[i % 3][(i // 3) % 3] += i if i % 5 else 0.5
print("grid", grid)

# 7. a conditional expression whose result kind alternates, then used in a comparison
vals = []
for i in range(150):
    v = i * 2 if i % 3 else i / 3
    w = v if v > 20 else -v
    vals.append(w)
print("condexpr", sum(vals), vals[:6], vals[-3:])

# 8. a local deleted and re-created with another kind inside the loop (UnboundLocalError caught)
def deleter(n):
    out = []
    for i in range(n):
        v = i
        w = v + 1
        del v
        if i % 4 == 1:
            v = w * 0.5
        elif i % 4 == 2:
            v = str(w)
        try:
            out.append(v * 2)
        except UnboundLocalError as e:
            out.append(str(e)[:12])
    return out
d = deleter(120)
print("del", d[:8], len(d), sum(x for x in d if isinstance(x, float)))

# 9. a branch taken every 5th iteration (so it gets a side trace) that changes a float
#    accumulator into an int; the main path keeps adding floats
acc = 0.0
kinds = []
for i in range(400):
    if i % 5 == 4:
        acc = int(acc)
    else:
        acc = acc + 0.75
    if acc > 10 ** 9:
        acc = 0.0
    if i % 50 == 49:
        kinds.append((type(acc).__name__, acc))
print("sidetrace", kinds)

# 10. the same with a list local that becomes a tuple on the side branch (subscript kinds)
seq = [1, 2, 3]
total = 0
for i in range(300):
    if i % 7 == 6:
        seq = tuple(seq)
    else:
        seq = list(seq)
    total += seq[i % 3] + seq[-1]
    if i % 11 == 10:
        seq = [x + 1 for x in seq]
print("listtuple", total, seq)

# 11. bool arithmetic in a loop-carried flag that becomes an int
flag = False
count = 0
for i in range(200):
    flag = not flag
    count += flag
    if i % 50 == 49:
        flag = flag + 1           # bool + int is int: not True/False any more
        flag = bool(flag % 2)
    if flag:
        count += 100
print("bool", count, flag)
