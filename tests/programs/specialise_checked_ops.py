# Int operators the specialiser runs as overflow-checked guards (spec/specialise.yaml `checked`)
# and the list/tuple iterator path of FOR_ITER: results that leave the small-int range in the
# middle of a hot loop, operators whose result stays small, exceptions inside specialised code,
# and sequences changed or swapped while a loop over them is traced.


def grow(n):
    # a sum, a difference and a product that become bigints after some iterations
    a, s, m = 1, -1, 3
    out = []
    for i in range(n):
        a = a + a + i
        s = s - a
        m = m * 7
        if i % 10 == 0:
            out.append((a.bit_length(), s.bit_length(), m % 1000003))
    return out, a, s, m


def small_ops(n):
    t = 0
    for i in range(-n, n):
        t = t + (i & 0xFF) + (i // 3) + (i % 7) + (i | 5) + (i >> 2) + (i ^ 0x55)
        t = t - (i * 3) + (i << 2)
    return t


def mixed_div(n):
    t = 0
    for i in range(1, n):
        t += i // 2 + i % 5
        if i > n - 3:
            t += i / 2  # true division: a float
    return t


def raises(xs):
    t = 0
    for x in xs:
        t += 100 // x
    return t


def over_lists(n):
    total = 0
    xs = [1, 2, 3, 4, 5, 6, 7, 8]
    for _ in range(n):
        for x in xs:
            total += x
    ts = (1.5, 2.5, 3.5)
    f = 0.0
    for _ in range(n):
        for y in ts:
            f += y
    return total, f


def grows_while_iterating():
    xs = [0]
    seen = 0
    for x in xs:
        seen += 1
        if len(xs) < 200:
            xs.append(x + 1)
    return seen, xs[-1]


def shrinks_while_iterating():
    xs = list(range(300))
    seen = []
    for x in xs:
        seen.append(x)
        if xs:
            xs.pop()
    return len(seen), seen[-1]


class MyList(list):
    pass


def gen(n):
    for i in range(n):
        yield i * 2


def swapped_iterables():
    # one FOR_ITER site fed a list, a tuple, a list subclass, a generator and a string
    out = []
    for it in [list(range(50)), tuple(range(50)), MyList(range(50)), gen(50), "abcdefghij" * 5, {1: 2, 3: 4}]:
        t = 0
        for v in it:
            t = t + (v if isinstance(v, int) else len(v))
        out.append(t)
    return out


def kinds_change(n):
    # a loop variable that is a small int, then a bigint, then a float
    x = 2**40
    outs = []
    for i in range(n):
        x = x * 3 if i < n // 2 else x + 0.5
        outs.append(type(x).__name__)
    return outs[:3], outs[-3:], x


def branches(n):
    # comparisons fused with the branch on them: outcomes that flip in the middle of the loop,
    # on ints, floats and identity
    marker = object()
    xs = [None, marker, 3] * (n // 3)
    counts = [0, 0, 0, 0, 0]
    f = 0.25
    for i in range(n):
        if i < n // 2:
            counts[0] += 1
        if f > 10.0:
            counts[1] += 1
        f += 0.125
        x = xs[i % len(xs)]
        if x is marker:
            counts[2] += 1
        if x is not None:
            counts[3] += 1
        while i > 3 and i % 4 != 0:
            i -= 1
            counts[4] += 1
    return counts


print(grow(60))
print(branches(300))
print(small_ops(400))
print(mixed_div(300))
try:
    print(raises([5] * 50 + [0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(over_lists(60))
print(grows_while_iterating())
print(shrinks_while_iterating())
print(swapped_iterables())
print(kinds_change(100))
