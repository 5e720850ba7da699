# The time module: only call it, compare times, never print them.
import time

start = time.time()
perf0 = time.perf_counter()
mono0 = time.monotonic()

def busy(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

result = busy(20000)
time.sleep(0.001)
elapsed = time.time() - start
perf = time.perf_counter() - perf0
mono = time.monotonic() - mono0

print("result", result)
print("time is float:", type(start).__name__)
print("elapsed non-negative:", elapsed >= 0, perf >= 0, mono >= 0)
print("slept at least a bit:", perf > 0)
print("after 2001:", start > 978307200)
ns = time.perf_counter_ns()
print("ns is int:", type(ns).__name__, time.perf_counter_ns() >= ns)
print("time_ns consistent:", abs(time.time_ns() / 1e9 - time.time()) < 5)

class Timer:
    def __init__(self, label):
        self.label = label
        self.duration = None

    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.duration = time.perf_counter() - self.t0
        return False


timings = {}
for label, n in [("small", 100), ("medium", 5000), ("large", 20000)]:
    with Timer(label) as t:
        busy(n)
    timings[label] = t.duration
print("timed labels:", list(timings))
print("all durations measured:", all(isinstance(d, float) and d >= 0 for d in timings.values()))

def timeit(fn, *args, repeat=3):
    best = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(*args)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    return best

best = timeit(busy, 1000)
print("best is float:", isinstance(best, float))
# the clock is read after each iteration, not before the first: on a loaded machine the 10 ms
# may be gone before the loop starts (this printed False once under the test suite's load)
deadline = time.monotonic() + 0.01
loops = 0
while True:
    loops += 1
    if time.monotonic() >= deadline:
        break
print("loop ran:", loops > 0)
lt = time.localtime()
print("localtime fields ok:", 1 <= lt.tm_mon <= 12, 1 <= lt.tm_mday <= 31, lt.tm_year > 2000)
