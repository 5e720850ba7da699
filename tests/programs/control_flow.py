# Control flow: if/elif/else, while/else, for/else, break/continue, nested loops, pass, assert.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

print([classify(n) for n in (-3, 0, 4, 7)])

def find_first(items, pred):
    for i, x in enumerate(items):
        if pred(x):
            print("  found at", i)
            break
    else:
        print("  not found")
        return None
    return x

print(find_first([1, 3, 8, 5], lambda v: v % 2 == 0))
print(find_first([1, 3, 5], lambda v: v % 2 == 0))

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("collatz(27) steps:", steps)

i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 10:
        break
    print(i, end=" ")
print()

count = 0
while count < 3:
    count += 1
    if count == 10:
        break
else:
    print("while-else ran, count =", count)

for row in range(1, 4):
    for col in range(1, 4):
        if col > row:
            break
        print(f"{row}x{col}={row * col}", end="  ")
    print()

found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            found = (a, b, c)
            break
    if found:
        break
print("triple with perimeter 24:", found)

for x in range(3):
    pass
print("after pass loop x =", x)

for x in []:
    print("never")
else:
    print("empty for-else runs")

def grade(score):
    assert 0 <= score <= 100, f"score out of range: {score}"
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    return "F"

print([grade(s) for s in (100, 95, 85, 72, 61, 59, 0)])
try:
    grade(101)
except AssertionError as e:
    print("AssertionError:", e)

total = 0
for k in range(100):
    if k % 2:
        continue
    if k > 20:
        break
    total += k
print("sum of evens up to 20:", total)
label = "big" if total > 100 else "small"
value = (lambda: "called")() if label == "big" else None
print(label, value, "yes" if [] else "no", "a" if 0 else "b" if "" else "c")
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
for r, row in enumerate(matrix):
    if target in row:
        print("found", target, "at", (r, row.index(target)))
        break
