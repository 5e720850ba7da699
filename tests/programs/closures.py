# Closures, nonlocal, cells, and late binding.

def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return increment, get

inc, get = make_counter(10)
inc()
inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

def make_multiplier(n):
    return lambda x: x * n

double, triple = make_multiplier(2), make_multiplier(3)
print(double(21), triple(7), [make_multiplier(k)(10) for k in range(4)])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()

print(outer()())

def make_accumulators():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(make_accumulators())

def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt

f = fib_gen()
print([f() for _ in range(12)])

# closure cell inspection
def cell_demo():
    v = 42
    def use():
        return v
    return use

fn = cell_demo()
print(fn.__closure__[0].cell_contents, fn.__code__.co_freevars, len(fn.__closure__))

# nested nonlocal across levels
def level1():
    n = 0
    def level2():
        def level3():
            nonlocal n
            n += 100
        level3()
        level3()
    level2()
    return n

print(level1())
