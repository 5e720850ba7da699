# Generator expressions and lazy evaluation order.

log = []

def source(n):
    for i in range(n):
        log.append(f"src{i}")
        yield i

def noisy(x):
    log.append(f"map{x}")
    return x * 10

lazy = (noisy(x) for x in source(3))
print(log)
print(next(lazy), log)
print(list(lazy), log)

print(sum(x * x for x in range(10)), max(len(w) for w in "a bbb cc".split()), min((-x for x in range(5)), default=0))
print(any(x > 8 for x in range(10)), all(x < 10 for x in range(10)), any(()), all(()))
print(",".join(str(x) for x in range(5)), tuple(c.upper() for c in "abc"), sorted((x % 3 for x in range(7)), reverse=True))
print(dict((k, len(k)) for k in ["ab", "cde"]), list(x for x in "hello" if x != "l"))

# short-circuiting: any() stops consuming
consumed = []
def tracked(n):
    for i in range(n):
        consumed.append(i)
        yield i
print(any(v == 3 for v in tracked(100)), consumed)

# the first iterable is evaluated immediately, the rest lazily
def first():
    print("  first iterable evaluated")
    return range(2)

g = ((a, b) for a in first() for b in "xy")
print("created")
print(list(g))

try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# pipelines of generator expressions
lines = ["  # comment", "alpha = 1", "", "beta=2  ", "gamma = three", "# another"]
stripped = (ln.strip() for ln in lines)
content = (ln for ln in stripped if ln and not ln.startswith("#"))
pairs = (ln.split("=") for ln in content)
config = {k.strip(): v.strip() for k, v in pairs}
print(config)

# numeric pipeline
evens = (n for n in range(1, 30) if n % 2 == 0)
squared = (n * n for n in evens)
big = [n for n in squared if n > 100]
print(big)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
g = (x for x in [])
print(list(g), next(g, "empty"), type(g).__name__)
gen = (x for x in range(3))
print(list(zip(gen, gen)))
total = 0
for chunk in (range(i, i + 3) for i in range(0, 9, 3)):
    total += sum(chunk)
print(total, sum(sum(r) for r in (range(i) for i in range(5))))
