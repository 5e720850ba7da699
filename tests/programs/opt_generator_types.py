# Generators consumed by hot loops whose yielded values change type mid-stream (int -> float
# -> str -> tuple -> None -> user object -> big int), consumed by for loops, next(), sum(),
# zip and a generator pipeline; a generator whose `send` values change type; a generator
# that raises mid-stream (caught by the consumer) and one closed early (close() after break).

class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return Vec(self.x + (o.x if isinstance(o, Vec) else o))
    __radd__ = __add__
    def __repr__(self):
        return f"Vec({self.x})"

def mixed(n):
    for i in range(n):
        phase = i * 7 // n
        if phase == 0:
            yield i
        elif phase == 1:
            yield i + 0.5
        elif phase == 2:
            yield str(i)
        elif phase == 3:
            yield (i, i)
        elif phase == 4:
            yield None
        elif phase == 5:
            yield Vec(i)
        else:
            yield 2 ** 64 + i

def as_number(v):
    if v is None:
        return 0
    if isinstance(v, str):
        return len(v)
    if isinstance(v, tuple):
        return v[0] + v[1]
    if isinstance(v, Vec):
        return v.x
    return v

# 1. a for loop over the generator, accumulating with type-dependent handling
acc = 0
types = []
for v in mixed(350):
    t = type(v).__name__
    if not types or types[-1][0] != t:
        types.append((t, repr(acc)))
    acc = acc + as_number(v)
print("for", repr(acc), types)

# 2. the same accumulator site receiving the yielded values directly where it can
tot = 0
marks = []
for v in mixed(350):
    if isinstance(v, (int, float, Vec)):
        tot = tot + v
        if isinstance(v, Vec) and v.x % 10 == 0:
            marks.append(repr(tot))
print("direct", tot, marks)

# 3. next() in a while loop, and sum() over a generator expression with changing types
g = mixed(140)
count = 0
last = None
while True:
    try:
        last = next(g)
    except StopIteration:
        break
    count += 1
print("next", count, last, sum(as_number(x) for x in mixed(140)))

# 4. a pipeline of generators: the middle one changes the type it yields at some point
def source(n):
    yield from range(n)

def stage(xs):
    for x in xs:
        if x < 100:
            yield x * 2
        elif x < 200:
            yield x / 4
        else:
            yield -x

def sink(xs):
    s = 0
    for x in xs:
        s += x
    return s

print("pipeline", sink(stage(source(300))), sum(stage(source(300))), max(stage(source(300))))

# 5. zip over generators that yield different types in lockstep
pairs = 0
for a, b in zip(mixed(210), stage(source(210))):
    pairs += as_number(a) * (1 if isinstance(b, int) else 2)
print("zip", pairs)

# 6. send(): the values sent change type; the generator accumulates them
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total = total + x
        n += 1
        avg = total / n

ag = averager()
next(ag)
outs = []
for i in range(120):
    sent = i if i < 40 else (i * 0.5 if i < 80 else (True if i % 2 else 2 ** 70))
    outs.append(ag.send(sent))
print("send", outs[0], outs[39], outs[79], outs[-1])

# 7. a generator that raises mid-stream: the consumer catches and resumes with a new one
def fragile(n, bad):
    for i in range(n):
        if i == bad:
            raise ValueError(f"bad item {i}")
        yield i

got = 0
fails = []
for rnd in range(4):
    try:
        for x in fragile(80, 30 + rnd * 15):
            got += x
    except ValueError as e:
        fails.append(str(e))
print("fragile", got, fails)

# 8. a generator closed early (break), with a finally block that runs
closed = []
def counted(tag):
    try:
        for i in range(1000):
            yield i
    finally:
        closed.append(tag)

s = 0
for rnd in range(3):
    gen = counted(rnd)
    for x in gen:
        s += x
        if x == 60 + rnd:
            break
    gen.close()          # explicit: this VM has no reference counting to close it at once
print("closed", s, closed)
