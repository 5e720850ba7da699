# Exceptions raised inside small functions that a hot loop calls (inlined by the tracer), at
# depth 1 and 2, caught in the loop and printed with traceback.print_exc(): the
# file names, line numbers, function names, source lines and column markers of every frame
# are compared. For binary-operator and subscript sites the frame summaries (line, end line,
# columns) are printed instead of the markers. The script's directory is cut from the file
# names (CPython shows the absolute path of the script) so the output does not depend on
# where the repository lives.
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def print_exc(**kw):
    buf = io.StringIO()
    traceback.print_exc(file=buf, **kw)
    sys.stdout.write(buf.getvalue().replace(HERE, "<dir>/"))

class Account:
    def __init__(self, balance):
        self.balance = balance

def fetch(accounts, k):
    return accounts.get(k).balance

def total_of(accounts, keys):
    return sum(fetch(accounts, k) for k in keys)

def inner_div(a, b):
    return divmod(a, b)[0]

def outer_div(a, b):
    return inner_div(a, b - 5) + 1

def lookup(seq, k):
    return seq[k]

def middle(seq, k):
    return lookup(seq, k) * 2

def add(a, b):
    return a + b

def combine(a, b):
    return add(a, b)

def frames(tb_exc):
    return [(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, fs.line)
            for fs in traceback.extract_tb(tb_exc.__traceback__)]

def should_print(kind, i):
    # the first occurrence, and the first one after the loop has run hot for a while
    key = (kind, i >= 200)
    if key in printed:
        return False
    printed.add(key)
    return True

accounts = {k: Account(k * 10) for k in range(20)}
acc = 0
printed = set()
for i in range(300):
    try:
        if i % 3 == 0:
            acc += outer_div(1000, i % 11)           # ZeroDivisionError at depth 2
        elif i % 3 == 1:
            acc += fetch(accounts, i % 23)            # AttributeError on None at depth 1
        else:
            acc += middle([1, 2, 3, 4], i % 6)         # IndexError at depth 2 (subscript)
        acc += combine(i, 1 if i != 252 else None)    # TypeError at depth 2 (binary op)
    except (ZeroDivisionError, AttributeError) as e:
        kind = type(e).__name__
        if should_print(kind, i):
            print("---", i, kind)
            print_exc()
        acc -= 1
    except (IndexError, TypeError) as e:
        kind = type(e).__name__
        if should_print(kind, i):
            print("---", i, kind, e)
            for f in frames(e):
                print(f)
        acc -= 2
print("acc", acc)

# an exception inside a generator expression inside an inlined call
for i in range(60):
    try:
        acc += total_of(accounts, [i % 20, (i * 7) % 25])
    except AttributeError:
        if should_print("genexpr", i * 4):
            print("--- genexpr", i)
            print_exc()
print("acc", acc)

# the exception escapes one inlined call and is caught by an except in the middle frame
zeros = []
def guarded(a, b):
    try:
        return outer_div(a, b)
    except ZeroDivisionError:
        zeros.append(a)
        if len(zeros) in (1, 10):
            print("--- guarded", a, b, len(zeros))
            print_exc(limit=-2)
        return -1

res = [guarded(100 + i, i % 7) for i in range(70)]
print("guarded", sum(res), res.count(-1))
print(traceback.format_exc().splitlines()[-1] if sys.exc_info()[0] else "no active exception")
