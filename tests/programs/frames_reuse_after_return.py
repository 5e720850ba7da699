# Frames of returned calls may be reused by the next call of the same code (interp/frame.ts
# keepSpare): whatever Python holds of a frame must still show that frame afterwards.
import sys


def here(x):
    y = x * 2
    return sys._getframe()


f1 = here(1)
f2 = here(2)
print(f1 is f2, f1.f_locals["x"], f2.f_locals["x"], f1.f_locals["y"], f2.f_lineno)


def caller_of(x):
    return inner(x)


def inner(x):
    return sys._getframe(1)


c1 = caller_of(10)
c2 = caller_of(20)
print(c1 is c2, c1.f_locals["x"], c2.f_locals["x"], c1.f_code.co_name)


def keeps_back(x):
    return get_back(x)


def get_back(x):
    return sys._getframe()


b1 = keeps_back(1)
b2 = keeps_back(2)
print(b1.f_back.f_locals["x"], b2.f_back.f_locals["x"], b1.f_back is b2.f_back)


def fails(n):
    local = "value %d" % n
    raise ValueError(n)


def catcher(n):
    try:
        fails(n)
    except ValueError as e:
        return e


e1 = catcher(1)
e2 = catcher(2)
for e in (e1, e2):
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals.get("n"), tb.tb_frame.f_locals.get("local"), tb.tb_lineno))
        tb = tb.tb_next
    print(frames)


def unbound_local(flag):
    if flag:
        v = 1
    return v


print(unbound_local(True))
try:
    unbound_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def counter(n):
    total = 0
    for i in range(n):
        total += step(i)
    return total


def step(i):
    if i % 3 == 0:
        extra = i
    else:
        try:
            return extra
        except UnboundLocalError:
            return -1
    return extra


print(counter(20))


def gen(n):
    for i in range(n):
        yield i * i


def use_gen():
    g1 = gen(3)
    g2 = gen(4)
    return list(g1) + list(g2)


print(use_gen(), use_gen())


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print([fact(i) for i in range(12)])


def closure_maker(k):
    def add(x):
        return x + k
    return add


adders = [closure_maker(k) for k in range(5)]
print([a(10) for a in adders])


def outer_frames():
    return [sys._getframe(i).f_code.co_name for i in range(2)]


def wrapper():
    return outer_frames()


print(wrapper(), wrapper())
