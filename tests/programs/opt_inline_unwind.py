# Exceptions unwinding through small functions a hot loop calls (inlined by the tracer): a
# handler inside the callee, finally blocks that run (and one whose return swallows the
# exception), a with-statement whose __exit__ suppresses or replaces it, implicit chaining
# (__context__) and explicit (raise ... from), sys.exc_info() inside nested handlers, and a
# re-raise that reaches the loop. Every path counted, messages and chains printed; one
# traceback per kind printed with the script's directory cut from the file names.
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def tb_text():
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    return buf.getvalue().replace(HERE, "<dir>/")

events = []

def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1

def with_finally(a, b):
    try:
        return divmod(a, b)[0]
    finally:
        events.append("f")

def swallow(a, b):
    try:
        return divmod(a, b)[0]
    finally:
        return -2          # a return in finally discards the exception

class Suppress:
    def __init__(self, kinds):
        self.kinds = kinds
        self.seen = 0
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.kinds):
            self.seen += 1
            return True
        return False

class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise KeyError("replaced") from ev
        return False

sup = Suppress(ZeroDivisionError)

def in_with(a, b):
    with sup:
        return divmod(a, b)[0]
    return -3

def replaced(a, b):
    with Replace():
        return divmod(a, b)[0]

def chained(a, b):
    try:
        return divmod(a, b)[0]
    except ZeroDivisionError:
        raise ValueError(f"bad divisor for {a}")       # __context__ is the ZeroDivisionError

def explicit(a, b):
    try:
        return divmod(a, b)[0]
    except ZeroDivisionError as e:
        raise LookupError("explicit") from e

def info(a, b):
    try:
        return divmod(a, b)[0]
    except ZeroDivisionError:
        outer = sys.exc_info()[0].__name__
        try:
            {}["k"]
        except KeyError:
            inner = sys.exc_info()[0].__name__
        after = sys.exc_info()[0].__name__
        return (outer, inner, after)

def reraise(a, b):
    try:
        return divmod(a, b)[0]
    except ZeroDivisionError:
        events.append("r")
        raise

fns = [safe_div, with_finally, swallow, in_with, replaced, chained, explicit, info, reraise]
results = {f.__name__: [] for f in fns}
printed = set()
for i in range(360):
    f = fns[i % len(fns)]
    b = (i // len(fns)) % 5           # zero every fifth round
    try:
        results[f.__name__].append(f(100 + i, b))
    except Exception as e:
        desc = f"{type(e).__name__}({e})"
        if e.__cause__ is not None:
            desc += f" cause={type(e.__cause__).__name__}"
        if e.__context__ is not None:
            desc += f" context={type(e.__context__).__name__}"
        desc += f" suppress={e.__suppress_context__}"
        results[f.__name__].append(desc)
        key = (f.__name__, i >= 180)
        if key not in printed:
            printed.add(key)
            print("---", i, f.__name__)
            print(tb_text(), end="")
for name, rs in results.items():
    ints = [r for r in rs if isinstance(r, int)]
    other = sorted(set(r if isinstance(r, str) else repr(r) for r in rs if not isinstance(r, int)))
    print(name, len(rs), sum(ints), other)
print("events", events.count("f"), events.count("r"), "suppressed", sup.seen)
print("after loop", sys.exc_info())
