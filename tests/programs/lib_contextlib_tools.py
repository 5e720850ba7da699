# contextlib: contextmanager, suppress, ExitStack, closing, redirect_stdout.
from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout, nullcontext
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("inside", t)
    with tag("span"):
        print("text")

@contextmanager
def swallow(exc_type):
    try:
        yield
    except exc_type as e:
        print("swallowed", repr(e))
with swallow(ZeroDivisionError):
    1 / 0
print("after")
with suppress(KeyError, IndexError):
    [][3]
print("suppressed")

class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, *exc):
        print("close", self.n)
        return False
    def close(self):
        print("closing", self.n)
with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("using", [r.n for r in rs])
with closing(Res(9)):
    print("in closing")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))
with nullcontext(5) as v:
    print("null", v)
try:
    with tag("err"):
        raise ValueError("x")
except ValueError as e:
    print("propagated", e)
