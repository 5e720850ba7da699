# Resource management patterns with contextlib.
from contextlib import contextmanager, ExitStack, suppress, AbstractContextManager

log = []
@contextmanager
def transaction(db):
    snapshot = dict(db)
    log.append("begin")
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        log.append(f"rollback ({e})")
        raise
    else:
        log.append("commit")

db = {"balance": 100}
with transaction(db) as t:
    t["balance"] -= 30
with suppress(ValueError):
    with transaction(db) as t:
        t["balance"] -= 500
        if t["balance"] < 0:
            raise ValueError("overdraft")
print(db, log)

class Timer(AbstractContextManager):
    def __init__(self, name):
        self.name = name
    def __exit__(self, *exc):
        print(f"timer {self.name} stopped, exc={exc[0].__name__ if exc[0] else None}")
with Timer("t1") as tm:
    print("got self:", tm.name)

def cleanup_all(names):
    with ExitStack() as stack:
        for n in names:
            stack.callback(print, "cleanup", n)
        moved = stack.pop_all()
    print("moved out")
    return moved
later = cleanup_all(["a", "b"])
later.close()
with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("exitstack suppressed")

@contextmanager
def counter():
    n = [0]
    yield n
    print("final count", n[0])
with counter() as c:
    for _ in range(5):
        c[0] += 1
