# Float true/floor division and modulo, float / int, in-place forms, by zero and on inf/-0.0,
# in hot loops (traced with float kinds known).
import math
vals = [1.5, -2.25, 0.0, -0.0, 7.0, math.inf, -math.inf, 1e308, 3.0]
ints = [1, -3, 0, 7, 2**40]
def show(x):
    return repr(x)
out = []
for i in range(3):
    for a in vals:
        for b in vals:
            for name, f in (("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b)):
                try:
                    r = f(a, b)
                except ZeroDivisionError as e:
                    r = "ZeroDivisionError: %s" % e
                if i == 2:
                    out.append("%r %s %r = %s" % (a, name, b, show(r)))
        for n in ints:
            try:
                r = a / n
            except ZeroDivisionError as e:
                r = "ZeroDivisionError: %s" % e
            if i == 2:
                out.append("%r / %r = %s" % (a, n, show(r)))
            x = a
            try:
                x /= n
            except ZeroDivisionError as e:
                x = "ZeroDivisionError: %s" % e
            if i == 2:
                out.append("%r /= %r -> %s" % (a, n, show(x)))
            y = a
            try:
                y //= 2.0
                y %= -1.5
            except ZeroDivisionError as e:
                y = str(e)
            if i == 2:
                out.append("inplace %r -> %s" % (a, show(y)))
print(len(out))
for line in out:
    print(line)
# identity of results: a fresh float each time
t = 0.0
for k in range(1, 200):
    t = t / 1.0001 + k % 7 / 3
print(t)
