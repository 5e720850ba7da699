# with statements: __enter__/__exit__, suppression, nesting, exceptions in __exit__.

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        status = "ok" if exc_type is None else f"{exc_type.__name__}({exc})"
        print(f"  exit {self.name}: {status}")
        return self.suppress

with Resource("plain") as r:
    print("  body uses", r.name)
with Resource("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed error")

try:
    with Resource("passing"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught outside:", repr(e))

with Resource("outer") as a, Resource("inner") as b:
    print("  both:", a.name, b.name)

with Resource("outer2", suppress=True):
    with Resource("inner2"):
        1 / 0
    print("  not reached")
print("after nested")

def early_return():
    with Resource("in function"):
        return "returned value"
print(early_return())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  loop body", i)

class Transaction:
    def __init__(self, account):
        self.account = account

    def __enter__(self):
        self.snapshot = dict(self.account)
        return self.account

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.account.clear()
            self.account.update(self.snapshot)
            print("  rolled back because", exc)
            return True
        print("  committed")
        return False

acct = {"balance": 100}
with Transaction(acct) as a:
    a["balance"] -= 30
print(acct)
with Transaction(acct) as a:
    a["balance"] -= 500
    if a["balance"] < 0:
        raise ValueError("overdraft")
print(acct)

class Bad:
    def __enter__(self):
        return "value from enter"
    def __exit__(self, *args):
        raise RuntimeError("exit failed")

try:
    with Bad() as v:
        print("  got", v)
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

class EnterFails:
    def __enter__(self):
        raise OSError("cannot open")
    def __exit__(self, *args):
        print("  never called")

try:
    with EnterFails():
        print("  never")
except OSError as e:
    print("OSError:", e)

class Indenter:
    level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)

ind = Indenter()
with ind:
    ind.say("one")
    with ind:
        ind.say("two")
    ind.say("back to one")
ind.say("zero")
