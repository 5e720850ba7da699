# while/for loops with break, continue and else clauses, nested, in hot code
def first_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    else:
        return n

print([first_factor(n) for n in range(2, 40)])
found = []
for n in range(2, 200):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        found.append(n)
print(len(found), found[-3:])
i = 0
skipped = 0
total = 0
while True:
    i += 1
    if i > 5000:
        break
    if i % 3 == 0:
        skipped += 1
        continue
    total += i
print(total, skipped)
grid = [[(r * 7 + c * 3) % 10 for c in range(10)] for r in range(10)]
hits = []
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == 9:
            hits.append((r, c))
            break
        if v == 0 and c > 0:
            continue
    else:
        hits.append((r, None))
print(hits)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
