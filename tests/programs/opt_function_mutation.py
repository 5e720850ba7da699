# Functions changed under a live trace, where a tracer inlines the callee: __code__ replaced,
# __defaults__ and __kwdefaults__ changed, a closure cell rebound through nonlocal by another
# function, a decorated function re-decorated, a callable object's __call__ replaced, and a
# bound method whose function is swapped.

def f(x, k=1):
    return x + k

def g_code(x, k=1):
    return x * k * 10

calls = []
for i in range(200):
    calls.append(f(i))
    if i == 40:
        f.__defaults__ = (5,)
    if i == 80:
        f.__code__ = g_code.__code__          # same signature, other body
    if i == 120:
        f.__defaults__ = (-1,)
    if i == 160:
        f.__code__ = (lambda x, k=1: (x, k)).__code__
print("code", sum(c for c in calls if isinstance(c, int)), calls[39:43], calls[79:83], calls[119:123], calls[-2:])

# keyword-only defaults
def h(x, *, scale=2, shift=0):
    return x * scale + shift

out = []
for i in range(120):
    out.append(h(i))
    if i == 30:
        h.__kwdefaults__ = {"scale": 3, "shift": 1}
    if i == 60:
        h.__kwdefaults__["shift"] = 100
    if i == 90:
        h.__kwdefaults__ = {"scale": 0.5, "shift": 0}
print("kwdefaults", sum(out), out[29:33], out[59:63], out[89:93])

# a closure cell rebound by another function (nonlocal), read by an inlined closure
def make():
    state = 1
    def read(x):
        return x * state
    def set_state(v):
        nonlocal state
        state = v
    return read, set_state

read, set_state = make()
vals = []
for i in range(160):
    vals.append(read(i))
    if i == 40:
        set_state(2.5)
    if i == 80:
        set_state("ab")
    if i == 120:
        set_state(10 ** 20)
print("closure", sum(v for v in vals if isinstance(v, int)), sum(v for v in vals if isinstance(v, float)), vals[40:42], len(vals[81]), vals[121])

# a module-level cell: a nested function reads a variable of an enclosing function that the
# enclosing loop itself rebinds
def outer():
    m = 3
    def mul(x):
        return x * m
    res = []
    for i in range(150):
        res.append(mul(i))
        if i % 50 == 49:
            m = -m if i < 100 else m * 1.5
    return res
r = outer()
print("cell-loop", sum(r), r[48:52], r[98:102])

# a callable object whose class __call__ is replaced; an instance __call__ is ignored
class Op:
    def __call__(self, x):
        return x + 1

op = Op()
res = []
for i in range(120):
    res.append(op(i))
    if i == 30:
        op.__call__ = lambda x: -999            # ignored: implicit call looks at the type
    if i == 60:
        Op.__call__ = lambda self, x: x * 2
    if i == 90:
        del Op.__call__
        Op.__call__ = lambda self, x: -x
print("callable", sum(res), res[29:33], res[59:63], res[89:93])

# a bound method stored before the class method changes keeps the old function
class Counter:
    def step(self, n):
        return n + 1

c = Counter()
saved = c.step
a = b = 0
for i in range(100):
    a += saved(i)
    b += c.step(i)
    if i == 50:
        Counter.step = lambda self, n: n * 100
print("bound", a, b)

# decorated function rebound mid-loop to a wrapper that changes the result type
import functools

def twice(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        return [fn(*args, **kw)] * 2
    return wrapper

def base(x, y=1):
    return x - y

results = []
for i in range(120):
    r = base(i, y=i % 3)
    results.append(sum(r) if isinstance(r, list) else r)
    if i == 40:
        base = twice(base)
    if i == 80:
        base = functools.partial(base.__wrapped__, y=-10)
print("decorated", sum(results), results[39:43], results[79:83], base.func.__name__)

# a recursive function rebound mid-loop (the recursion reads the global name)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fs = []
for i in range(60):
    fs.append(fact(i % 12))
    if i == 30:
        real = fact
        def fact(n):
            return 0 if n <= 1 else n + real(n - 1)
print("recursive", sum(fs), fs[29:34])
