# generator pipelines consumed in hot loops: chained generators, send(), yield from, closing
def numbers(n):
    for i in range(n):
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def scaled(src, k):
    for x in src:
        yield x * k

def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)

total = 0
count = 0
for chunk in chunks(scaled(evens(numbers(5000)), 3), 7):
    total += sum(chunk)
    count += 1
print(total, count)

def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return n
        total += x
        n += 1
        avg = total / n

a = averager()
next(a)
last = None
for v in range(1, 1500):
    last = a.send(v * 1.5)
try:
    a.send(None)
except StopIteration as stop:
    print("averaged", stop.value, "last", last)

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node

tree = [[i, [i + 1, [i + 2]]] for i in range(300)]
print(sum(flatten(tree)), max(flatten(tree)))

g = numbers(10**9)
for v in g:
    if v == 1234:
        break
g.close()
print("closed at", v, list(g))
print(list(zip(numbers(5), scaled(numbers(5), 10))))
