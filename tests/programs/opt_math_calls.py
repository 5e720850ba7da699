# Calls of math's one-argument functions in hot loops: a specialised trace calls their core on a
# float or a small int directly. Domain and range errors, other argument types, a function
# rebound under a running trace and both ways of naming it must behave as in CPython.
import math
from math import sin, cos, exp, acos


class F(float):
    pass


def waves(n):
    total = 0.0
    for i in range(n):
        total += sin(i) * cos(i * 0.5) + math.tanh(i / 7)
        total += math.fabs(-i) + math.floor(1.5) if i % 50 == 0 else 0.0
    return round(total, 9)


def errors(values):
    out = []
    for v in values:
        try:
            out.append(round(acos(v), 12))
        except ValueError as e:
            out.append(f"ValueError: {e}")
        try:
            out.append(round(exp(v * 400), 3) if v < 2 else exp(v * 400))
        except OverflowError as e:
            out.append(f"OverflowError: {e}")
    return out


def kinds(values):
    out = []
    for v in values:
        try:
            out.append(round(math.atan(v), 12))
        except TypeError as e:
            out.append(f"TypeError: {e}")
    return out


def rebinding(n):
    global sin
    total = 0.0
    for i in range(n):
        total += sin(i)
        if i == n // 2:
            sin = lambda x: 1000.0
    sin = math.sin
    return round(total, 6)


print(waves(300))
print(errors([0.5, -0.25, 1.0, 2.0, 0.75, -3.0] * 6)[-12:])
print(kinds([1, 2.5, True, 10**30, F(0.5), -7, 3, "x", 2**60] * 5)[-9:])
print(rebinding(100))
print(sin(0.5) == math.sin(0.5), cos(1) == math.cos(1.0))
