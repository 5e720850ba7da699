# The base interpreter's superinstructions (spec/fat-ops.yaml `superinstructions`): two adjacent
# instructions run in one dispatch. An error in either half must name its own instruction (line
# numbers, tb_lasti), a jump may land on the second half alone, and runs of three pair up
# without losing a value.
import sys
import traceback


def second_half_unbound():
    a = 1
    b = c  # STORE_FAST a; LOAD_FAST c: the error is on this line, not the one before
    c = 2
    return a, b


def first_half_unbound(flag):
    if flag:
        x = 1
    return x + 1, flag  # LOAD_FAST x; LOAD_CONST 1


def store_store(pairs):
    out = []
    for k, v in pairs:  # STORE_FAST k; STORE_FAST v
        out.append((v, k))
    return out


def three_loads(a, b, c):
    return (a, b, c), [c, b, a]


def jump_into_second(n):
    # the loop's back-edge lands between a STORE_FAST and the LOAD_FAST after it
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total, i


def lasti_of(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_lineno, tb.tb_lasti


for f, args in [(second_half_unbound, ()), (first_half_unbound, (False,))]:
    for _ in range(3):
        try:
            f(*args)
        except UnboundLocalError as e:
            tb = e.__traceback__
            print(f.__name__, type(e).__name__, e, lasti_of(tb))
            print(traceback.format_exception_only(type(e), e)[-1].strip())
            print(traceback.extract_tb(tb)[-1].line)

print(first_half_unbound(True))
print(store_store([(1, "a"), (2, "b"), (3, "c")]))
for _ in range(50):
    r = three_loads(1, 2.5, "three")
print(r)
print(jump_into_second(1000))


def frame_line():
    here = 1
    f = sys._getframe()  # STORE_FAST here; LOAD_GLOBAL: the frame's line is this one
    return f.f_lineno - f.f_code.co_firstlineno, here


print(frame_line())
