# Calls, from hot loops, of functions that have a loop of their own: a trace inlines such a
# call and unrolls its loop while the loop is short, gives the call back to the base
# interpreter when the loop runs long, and stops inlining a function whose loop keeps leaving
# the trace. Every result is checked against CPython's.


def total(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


def count_up(n):
    # a while loop, its count changing from call to call
    k = 0
    while k < n:
        k += 1
    return k


# the loop count changes between calls: 0, 1, 8, 9 and 100 iterations, in runs long enough to
# be recorded with each count, then mixed
for counts in ([0] * 30, [1] * 30, [8] * 30, [9] * 30, [100] * 30, [2, 0, 9, 1, 100, 8, 3] * 10):
    acc = 0
    for n in counts:
        acc += total(n) + count_up(n)
    print("counts", counts[0], len(counts), acc)


def first_negative(xs):
    # break, continue and else in the callee's loop
    for i, x in enumerate(xs):
        if x == 0:
            continue
        if x < 0:
            break
    else:
        return -1
    return i


def skip_odd_sum(xs):
    s = 0
    for x in xs:
        if x % 2:
            continue
        s += x
    return s


rows = [[1, 2, -3, 4], [0, 0, 5], [6, -1], [], [-2], [3, 0, 4, 0, -5, 6]]
found = 0
evens = 0
for r in range(300):
    xs = rows[r % len(rows)]
    found += first_negative(xs) * (r % 7)
    evens += skip_odd_sum(xs)
print("break/continue/else", found, evens)


def inner(k):
    s = 0
    for j in range(k):
        s += j
    return s


def outer(n):
    # a callee with a loop calling another callee with a loop (no generators)
    t = 0
    for i in range(n):
        t += inner(i) + 1
    return t


acc = 0
for r in range(200):
    acc += outer(r % 5)
print("nested", acc)


def sum3(xs):
    s = 0
    for x in xs:
        s += x
    return s


# sum3's loop gets a trace of its own first (long lists, called from the top level), then it
# is called on short lists from a hot loop, where its loop is unrolled into the caller's trace
big = list(range(50))
print("own trace", sum3(big), sum3(big), sum3(big))
acc = 0
for r in range(300):
    acc += sum3((r, r + 1, r + 2))
print("after own trace", acc)


def position(xs, target):
    # an early return whose place depends on the data: the unrolled loop keeps leaving the trace
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1


data = [5, 3, 8, 1, 9, 2]
acc = 0
for r in range(600):
    acc += position(data, (r * 7) % 11)
print("early return", acc)


def squares(n):
    return [i * i for i in range(n)]


acc = 0
for r in range(300):
    acc += sum(squares(r % 4)) + len([c for c in "abc" if c != "b"])
print("comprehensions", acc)


class Poly:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def at(self, x):
        v = 0.0
        for c in self.coeffs:
            v = v * x + c
        return v


p = Poly([1.0, -2.0, 0.5])
acc = 0.0
for r in range(400):
    acc += p.at(r * 0.01)
print("method with loop", round(acc, 6))
