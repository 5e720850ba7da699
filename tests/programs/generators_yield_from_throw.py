# `yield from` and `await` (SEND, resumed in the base interpreter's loop by SEND_GEN), and
# throw()/close() passed on to the iterator a generator or coroutine delegates to (PEP 380:
# generator.ts delegate): the inner generator's handlers and finally blocks run first, the
# value it returns goes on in the outer one, gi_yieldfrom and cr_await show it.
import asyncio, sys
def inner(n):
    for i in range(n):
        got = yield i
        if got: print("got", got)
    return n * 10
def outer(n):
    r = yield from inner(n)
    yield r
    return r + 1
for k in range(60):
    res = list(outer(3))
print(res)
g = outer(2); print(next(g), g.send("x"), next(g), next(g, "end"))
def thrower():
    try:
        yield 1
    except KeyError as e:
        yield ("caught", str(e))
def deleg():
    r = yield from thrower()
    yield r
for k in range(50):
    d = deleg(); next(d)
print(d.throw(KeyError("k")), next(d), next(d, None))
def stopper():
    yield 1
    raise StopIteration
def deleg2():
    yield from stopper()
try:
    for k in range(50): list(deleg2())
except RuntimeError as e:
    print("RuntimeError", e)
def tree(n):
    if n > 0:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
for k in range(20): r = sum(tree(8))
print(r)
import types
@types.coroutine
def suspend(v):
    got = yield v
    return got
async def leaf(i):
    x = await suspend(i)
    return x * 2
async def mid(i):
    return await leaf(i) + 1
async def cleanup():
    try:
        await suspend("waiting")
    finally:
        print("inner cleanup")
async def main():
    t = 0
    for i in range(100):
        t += await mid(i)
    try:
        await cleanup()
    except KeyError as e:
        print("main got", repr(e))
    return t
def drive(coro):
    v = coro.send(None)
    while True:
        try:
            if v == "waiting":
                v = coro.throw(KeyError("cancel"))
            else:
                v = coro.send(v)
        except StopIteration as e:
            return e.value
print(drive(main()))
async def closing():
    try:
        await suspend(1)
    finally:
        print("closed inner")
async def outer_c():
    await closing()
c = outer_c(); c.send(None); print(c.cr_await is not None, type(c.cr_await).__name__); c.close()
def gen_in():
    try:
        yield 1
    finally:
        print("gen_in closed")
def gen_out():
    yield from gen_in()
g = gen_out(); next(g); print(g.gi_yieldfrom is not None); g.close(); print(g.gi_yieldfrom)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *a):
        return "it-throw"
def gen_it():
    yield from It()
g = gen_it(); next(g); print(g.throw(ValueError))
def just_started():
    x = yield
    yield x
def sender():
    yield from just_started()
s = sender(); next(s); print(s.send(5))
