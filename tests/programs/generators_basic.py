# Generators: yield, laziness, infinite generators stopped by hand, return values.

def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done")

g = count_up(3)
print(type(g).__name__)
for v in g:
    print("got", v)
print(list(g))

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(5, naturals()))

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

print(take(6, squares(evens(naturals()))))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

p = primes()
print([next(p) for _ in range(15)])

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
while True:
    v = next(f)
    if v > 1000:
        break
print("first fib over 1000:", v)

def with_return():
    yield "a"
    yield "b"
    return "the result"

g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "exhausted"), list(with_return()))

def delegate():
    result = yield from with_return()
    print("  inner returned", result)
    yield from range(2)
    yield from [10, 20]
    return result.upper()

d = delegate()
print(list(d))

def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def leaky():
    yield 1
    raise StopIteration("bad")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

gen = (x * 2 for x in range(3))
print(next(gen), list(gen), next(gen, None))
g = count_up(1)
print(iter(g) is g, g.__next__())
