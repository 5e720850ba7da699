# Generator-based coroutines: push pipelines, averaging with yield from, values sent into delegates.

# coroutine pipeline: producer -> filter -> sink
def sink(results):
    while True:
        item = yield
        results.append(item)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())

out = []
snk = sink(out)
next(snk)
flt = grep("py", snk)
next(flt)
for line in ["python rocks", "java", "pypy too", "ruby"]:
    flt.send(line)
print(out)

# averaging coroutine with delegation
def averager():
    total, count = 0, 0
    while True:
        x = yield
        if x is None:
            return total / count if count else 0.0
        total += x
        count += 1

def collect(results, key):
    results[key] = yield from averager()

results = {}
for key, values in [("a", [1, 2, 3, 4]), ("b", [10]), ("c", [])]:
    c = collect(results, key)
    next(c)
    for v in values:
        c.send(v)
    try:
        c.send(None)
    except StopIteration:
        pass
print(results)

def running():
    g = yield from inner_gen()
    yield ("inner said", g)

def inner_gen():
    x = yield "first"
    y = yield f"got {x}"
    return x + y

rg = running()
print(next(rg), rg.send(3), rg.send(4))
print(next(rg, "finished"), next(rg, "finished"))
