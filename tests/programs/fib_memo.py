# Fibonacci several ways: naive, memo dict, bottom-up, generator, closed-form check.

def fib_naive(n):
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)

memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def fib_fast_doubling(n):
    def fd(k):
        if k == 0:
            return (0, 1)
        a, b = fd(k >> 1)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k & 1 else (c, d)
    return fd(n)[0]

print([fib_naive(i) for i in range(15)])
print(fib_naive(18), fib_memo(18), fib_iter(18), fib_fast_doubling(18))
print(fib_memo(200))
print(fib_iter(200) == fib_memo(200) == fib_fast_doubling(200))
print(len(memo), max(memo))
g = fib_gen()
first = [next(g) for _ in range(20)]
print(first)
print(sum(x for x in first if x % 2 == 0))
print(len(str(fib_fast_doubling(1000))), str(fib_fast_doubling(1000))[:20])

phi = (1 + 5 ** 0.5) / 2
approx = [round(phi ** n / 5 ** 0.5) for n in range(30)]
print(approx == [fib_iter(n) for n in range(30)])
ratios = [fib_iter(n + 1) / fib_iter(n) for n in range(1, 20)]
print(ratios[-1], abs(ratios[-1] - phi) < 1e-7)

class CallCounter:
    def __init__(self):
        self.count = 0

counter = CallCounter()
def fib_counted(n):
    counter.count += 1
    return n if n < 2 else fib_counted(n - 1) + fib_counted(n - 2)

for n in range(0, 16, 3):
    counter.count = 0
    fib_counted(n)
    print(f"fib({n}) needs {counter.count} calls naively")

def lucas(n, cache={}):
    if n in cache:
        return cache[n]
    result = 2 if n == 0 else 1 if n == 1 else lucas(n - 1) + lucas(n - 2)
    cache[n] = result
    return result

print([lucas(i) for i in range(12)], lucas(100))
print(all(lucas(n) == fib_iter(n - 1) + fib_iter(n + 1) for n in range(1, 50)))
