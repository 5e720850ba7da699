# Loops over generators, whose frames the base interpreter resumes in its own loop for a FOR_ITER
# (spec/fat-ops.yaml family FOR_ITER, FOR_ITER_GEN): yielded items, the end of the generator,
# exceptions and StopIteration leaving it, exception state inside and outside, a generator
# already running, frames and tracebacks, recursion through generators.
import sys, traceback
def gen(n):
    for i in range(n):
        yield i
    return "done"
t = 0
for k in range(200):
    for x in gen(5):
        t += x
print(t)
# exception inside the generator propagates through the for loop
def bad(n):
    yield 1
    raise KeyError(n)
for k in range(100):
    try:
        for x in bad(k):
            pass
    except KeyError as e:
        last = e
print(repr(last))
# StopIteration inside a generator becomes RuntimeError
def stops():
    yield 1
    raise StopIteration(5)
try:
    for k in range(60):
        for x in stops(): pass
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
# exc_info inside generators, and restored outside
def exc_gen():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
try:
    raise TypeError("outer")
except TypeError:
    for k in range(40):
        r = [(x, sys.exc_info()[0].__name__) for x in exc_gen()]
print(r)
print(sys.exc_info())
# generator already executing
def g2():
    yield 1
    for x in me2:
        yield x
me2 = g2()
try:
    for k in range(3):
        for x in me2: pass
except ValueError as e:
    print("ValueError", e)
# gi_running, gi_frame.f_back, tracebacks through a generator
def tb_gen():
    yield 1
    1 / 0
for k in range(60):
    try:
        for x in tb_gen(): pass
    except ZeroDivisionError:
        tb = traceback.format_exc()
print([l.strip() for l in tb.splitlines() if l.strip().startswith(("for x", "1 /"))])
def running():
    yield g3.gi_running
    yield sys._getframe(0).f_back.f_code.co_name
g3 = None
def outer():
    global g3
    g3 = running()
    return [x for x in g3]
for k in range(40): r = outer()
print(r)
# break out of a for loop over a generator, then resume it
def counter():
    i = 0
    while True:
        yield i
        i += 1
c = counter()
for k in range(50):
    for x in c:
        if x % 7 == 6: break
print(next(c), c.gi_running)
# deep chain of generators
def chain(n):
    if n == 0:
        yield 0
    else:
        for x in chain(n - 1):
            yield x + 1
for k in range(30):
    r = list(chain(50))
print(r[-1])
def deeprec(n):
    for x in deeprec(n + 1):
        yield x
    yield n
try:
    for x in deeprec(0): pass
except RecursionError as e:
    print("RecursionError", e)
# send-based coroutines still work
def acc():
    total = 0
    while True:
        v = yield total
        total += v
a = acc(); next(a)
for i in range(100): a.send(i)
print(a.send(0))
# a suspended generator's frame has no caller; a running one's is its resumer
def whose_frame():
    yield sys._getframe().f_back.f_code.co_name
    yield 2
def resumer():
    x = whose_frame()
    return x, next(x)
x, name = resumer()
print(name, x.gi_frame.f_back, x.gi_running, x.gi_frame.f_lineno)
def delegating():
    yield from whose_frame()
y = delegating()
print(next(y), y.gi_yieldfrom.gi_frame.f_back, y.gi_frame.f_back)
for v in x:
    print(v, x.gi_frame.f_back)
print(x.gi_frame)
