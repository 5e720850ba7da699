# Globals that change under a live trace: a global read by a called (inlined) function is
# rebound by another iteration, rebound to another type, deleted (NameError caught), written
# through globals(), and a global function replaced by another one mid-loop.
factor = 3

def scaled(n):
    return n * factor

def phase(name, values):
    print(name, len(values), sum(values) if values else 0, values[:3], values[-3:])

# 1. rebound by the loop body itself, several times, with a type change (int -> float -> str)
out = []
for i in range(200):
    r = scaled(i)
    out.append(r if not isinstance(r, str) else len(r))
    if i == 60:
        factor = 5
    elif i == 110:
        factor = 0.5
    elif i == 150:
        factor = "ab"
phase("rebind", out)
print(repr(scaled(7)))

# 2. rebound by a called function that declares it global
counter = 0
step = 1

def tick():
    global counter
    counter += step
    return counter

def set_step(v):
    global step
    step = v

seen = []
for i in range(150):
    seen.append(tick())
    if i % 40 == 39:
        set_step(step * -2)
phase("tick", seen)
print(counter, step)

# 3. a global deleted mid-loop: the next reads raise NameError, caught; later re-created
limit = 10

def under_limit(n):
    return n < limit

hits = 0
errors = []
for i in range(160):
    try:
        if under_limit(i % 20):
            hits += 1
    except NameError as e:
        errors.append((i, str(e)))
    if i == 70:
        del limit
    if i == 75:
        limit = 15
    if i == 120:
        del globals()["limit"]
    if i == 125:
        globals()["limit"] = 2
print("hits", hits, len(errors), errors[:2], errors[-1])

# 4. written through the globals() dict and through exec
base = 100

def read_base():
    return base

vals = []
g = globals()
for i in range(120):
    vals.append(read_base())
    if i == 40:
        g["base"] = -1
    if i == 80:
        exec("base = 7")
phase("globals-dict", vals)

# 5. a global function replaced mid-loop (the inlined callee changes)
def transform(x):
    return x + 1

def apply(x):
    return transform(x)

res = []
for i in range(180):
    res.append(apply(i))
    if i == 50:
        def transform(x):
            return x * 2
    if i == 100:
        transform = abs
    if i == 140:
        transform = lambda x: -x
phase("transform", res)

# 6. a global that is a class, replaced by another class with the same method name
class A:
    def val(self):
        return 1

class B:
    def val(self):
        return 10

Kind = A

def make():
    return Kind().val()

tot = 0
for i in range(140):
    tot += make()
    if i == 70:
        Kind = B
print("kind", tot)
