# Exceptions raised inside the loop of a function a trace inlined, caught by the caller: while
# the trace is recorded, from the unrolled loop once it runs, and from a call given back to the
# base interpreter because its loop ran long. The caller's state and the traceback's frames must
# be CPython's.
import sys
import traceback


class Stop(Exception):
    pass


def scan(xs, bad):
    s = 0
    for x in xs:
        if x == bad:
            raise Stop(x)
        s += x
    return s


caught = 0
acc = 0
for r in range(400):
    try:
        acc += scan((1, 2, 3, 4), r % 9)
    except Stop as e:
        caught += 1
        acc -= e.args[0]
print("short loop", caught, acc)


def long_scan(n, bad):
    # 20 iterations: more than a trace unrolls, so the call is given back while recording
    s = 0
    for i in range(n):
        if i == bad:
            raise ValueError(i)
        s += i
    return s


caught = 0
acc = 0
for r in range(200):
    try:
        acc += long_scan(20, 15 if r % 3 == 0 else -1)
    except ValueError as e:
        caught += 1
        acc += e.args[0]
print("long loop", caught, acc)


def divide_all(xs, d):
    out = []
    for x in xs:
        out.append(x // d)
    return out


caught = 0
acc = 0
for r in range(300):
    try:
        acc += sum(divide_all([r, r + 1], r % 5))
    except ZeroDivisionError:
        caught += 1
print("zero division", caught, acc)


def nested_raise(n):
    t = 0
    for i in range(n):
        t += scan((i, i + 1), 3)
    return t


caught = 0
acc = 0
for r in range(200):
    try:
        acc += nested_raise(r % 5)
    except Stop as e:
        caught += 1
        acc += e.args[0]
print("nested", caught, acc)

# the traceback of an exception from an unrolled loop, once the loop is hot
for r in range(60):
    try:
        scan((1, 2, 3), 3 if r == 59 else 0)
    except Stop:
        if r == 59:
            print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(sys.exc_info()[2])])
