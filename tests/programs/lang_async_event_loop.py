# async/await driven by an event loop written in Python: awaitables with __await__, types.coroutine, async with, async for over __aiter__ objects and async generators (asend/aclose), async comprehensions, errors
import types
from collections import deque

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
        return self.ticks

@types.coroutine
def switch():
    yield ("switch", 0)

class Loop:
    def __init__(self):
        self.ready = deque()
        self.time = 0
        self.sleeping = []
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[3]))
                wake, coro, name, _ = self.sleeping.pop(0)
                self.time = wake
                self.ready.append((coro, wake, name))
                continue
            coro, value, name = self.ready.popleft()
            try:
                kind, arg = coro.send(value)
            except StopIteration as stop:
                self.log.append((self.time, name, "done", stop.value))
                continue
            except Exception as e:
                self.log.append((self.time, name, "error", repr(e)))
                continue
            if kind == "sleep":
                self.sleeping.append((self.time + arg, coro, name, len(self.log)))
            else:
                self.ready.append((coro, None, name))

async def worker(name, delays, results):
    total = 0
    for d in delays:
        got = await Sleep(d)
        total += got
        results.append((name, d))
        await switch()
    return total

async def failing():
    await Sleep(1)
    raise ValueError("boom")

class Resource:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("enter")
        await Sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append(("exit", et.__name__ if et else None))
        return et is KeyError

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(1)
        return self.n

async def agen(n):
    for i in range(n):
        await Sleep(1)
        yield i * 10
    yield "last"

async def consumer(log):
    async with Resource(log) as r:
        log.append("inside")
    async with Resource(log):
        raise KeyError("suppressed")
    async for v in Ticker(3):
        log.append(("tick", v))
    async for v in agen(3):
        log.append(("agen", v))
    vals = [v async for v in agen(2)]
    log.append(("comp", vals))
    g = agen(5)
    first = await g.__anext__()
    second = await g.asend(None)
    await g.aclose()
    log.append(("manual", first, second))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        log.append("closed gen stops")
    return len(log)

results = []
log = []
loop = Loop()
loop.spawn(worker("a", [3, 1], results), "a")
loop.spawn(worker("b", [1, 1, 1], results), "b")
loop.spawn(failing(), "f")
loop.spawn(consumer(log), "c")
loop.run()
print(results)
print(loop.log)
print(log)
async def simple():
    return 42
c = simple()
print(type(c).__name__, c.cr_running, type(c.__await__()).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    async def bad():
        await 3
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
g = agen(1)
print(type(g).__name__, type(g.__anext__()).__name__, g.__aiter__() is g)
