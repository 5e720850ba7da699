# Generators: send, throw, close, yield from with return values.

def accumulator():
    total = 0
    try:
        while True:
            v = yield total
            if v is None:
                break
            total += v
    except GeneratorExit:
        print("closing accumulator at", total)
        raise
    return total

g = accumulator()
next(g)
print(g.send(3), g.send(4))
g.close()

def delegator():
    result = yield from accumulator()
    print("sub returned", result)
    yield "after"
d = delegator()
next(d)
d.send(10)
d.send(5)
print(d.send(None))

def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"recovered {e}"
r = resilient()
print(next(r), r.throw(ValueError("bad")), next(r))

def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5]])))

def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
gen = countdown(3)
print(list(gen))
try:
    next(gen)
except StopIteration as e:
    print("exhausted", e.value)
def wrapper():
    msg = yield from countdown(2)
    yield msg
print(list(wrapper()))
squares = (i * i for i in range(5))
print(next(squares), sum(squares))
def pipeline():
    nums = (int(s) for s in "3 1 4 1 5 9 2 6".split())
    evens = (n for n in nums if n % 2 == 0)
    return [n * 10 for n in evens]
print(pipeline())
gi = countdown(2)
print(gi.__name__, type(gi).__name__, iter(gi) is gi)
