# hot loops over closures: nonlocal counters, closures created per iteration, cells shared
def make_counter(step):
    count = 0
    def bump(times=1):
        nonlocal count
        count += step * times
        return count
    return bump

counters = [make_counter(k) for k in range(1, 6)]
total = 0
for i in range(3000):
    c = counters[i % 5]
    total += c() if i % 3 else c(2)
print(total, [c(0) for c in counters])

adders = []
for i in range(50):
    adders.append(lambda x, i=i: x + i)
acc = 0
for j in range(2000):
    acc = adders[j % 50](acc) % 1000003
print(acc)

def outer():
    cells = []
    for k in range(5):
        def get(k=k):
            return k * k
        cells.append(get)
    return cells
print([f() for f in outer()])

def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
f = fib_memo()
print([f(n) % 1000 for n in range(0, 300, 25)])
