# Locals read in hot loops where the specialiser knows them bound (stored or read before in the
# trace, parameters of inlined calls, bound at the loop head) and where it must not: deleted in
# the loop, bound only on some paths, unbound at the loop head, deleted by an inlined call's
# caller between reads.
def deleted(n):
    out = []
    for i in range(n):
        x = i * 2
        y = x + 1
        if i % 5 == 4:
            del x
        try:
            out.append(x + y)
        except UnboundLocalError as e:
            out.append(str(e))
    return out[:6]


print(deleted(30))


def some_paths(n):
    out = []
    for i in range(n):
        if i % 3:
            z = i
        try:
            out.append(z)
        except UnboundLocalError as e:
            out.append("unbound: " + str(e))
        if i == 20:
            del z
    return out[:4], out[20:24]


print(some_paths(30))


def head_unbound(n):
    total = 0
    for i in range(n):
        if i >= 25:
            total += late
        late = i
    return total


print(head_unbound(40))


def callee(a, b=3):
    c = a + b
    return c * a + b


def via_calls(n):
    t = 0
    for i in range(n):
        t += callee(i) + callee(i, i)
    return t


print(via_calls(50))


def loop_carried(n):
    acc = 0
    prev = 0
    for i in range(n):
        acc += prev * i
        prev = i
        if i == 30:
            del prev
            try:
                acc += prev
            except NameError as e:
                acc -= 1
                print(type(e).__name__, e)
            prev = 0
    return acc


print(loop_carried(60))
