# Deep Python-to-Python recursion (the base interpreter runs callees in its own loop, not on
# the JS stack): results, exceptions through many frames, frames' f_back chains, and the
# recursion limit, as CPython 3.11 has them.
import sys

sys.setrecursionlimit(100000)

def f(n):
    return 0 if n == 0 else 1 + f(n - 1)

# first thing in the program, before the VM's own code is warm
print(f(50000))

import traceback

class Node:
    def __init__(self, depth):
        self.depth = depth
    def walk(self, n, acc=0):
        if n == 0:
            return acc
        return self.walk(n - 1, acc=acc + self.depth)

print(Node(2).walk(20000))

def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(20001), odd(20001))

# an exception raised 20000 frames down, caught at the top: one traceback entry per frame
def dive(n):
    if n == 0:
        raise ValueError("bottom")
    return dive(n - 1)
try:
    dive(20000)
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("caught", e, len(tb), tb[-1].name, tb[1].name)

# caught half way down: the frames above go on normally
def guarded(n, catch_at):
    if n == catch_at:
        try:
            return guarded(n - 1, catch_at)
        except KeyError as e:
            return "handled " + str(e.args[0]) + " at " + str(n)
    if n == 0:
        raise KeyError("deep")
    return guarded(n - 1, catch_at)
print(guarded(20000, 10000))

# frames' f_back chain at depth
def chain(n):
    if n == 0:
        k = 0
        fr = sys._getframe()
        while fr is not None and fr.f_code is chain.__code__:
            k += 1
            fr = fr.f_back
        return k
    return chain(n - 1)
print(chain(10000))

# generators and closures made deep in the recursion
def gens(n):
    if n == 0:
        def g():
            yield from range(3)
        return list(g())
    return gens(n - 1)
print(gens(5000))

# the limit: RecursionError with CPython's message, handled, then the program goes on
sys.setrecursionlimit(3000)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb) > 2900, tb[-1].name, tb[-1].line)
print(f(2500))
