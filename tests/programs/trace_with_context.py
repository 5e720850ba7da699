# context managers in hot loops: class-based and contextlib ones, suppressing exceptions,
# ExitStack, nested with statements
import contextlib

class Tracker:
    entered = 0
    exited = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Tracker.entered += 1
        return self
    def __exit__(self, et, ev, tb):
        Tracker.exited += 1
        return et is KeyError

@contextlib.contextmanager
def tagged(log, tag):
    log.append("<" + tag)
    try:
        yield tag.upper()
    finally:
        log.append(tag + ">")

log = []
total = 0
for i in range(1500):
    with Tracker("t") as t:
        if i % 100 == 0:
            raise KeyError(i)
        total += len(t.name)
    if i % 300 == 0:
        with tagged(log, f"n{i}") as up:
            total += len(up)
    with contextlib.suppress(ZeroDivisionError):
        total += 10 // (i % 50)
print(total, Tracker.entered, Tracker.exited, log[:6])
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tagged(log, f"s{k}")) for k in range(3)]
    stack.callback(log.append, "callback")
print(names, log[-7:])
try:
    with Tracker("x"), tagged(log, "inner"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e, log[-1], Tracker.exited)
