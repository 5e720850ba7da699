# Decorators with arguments, stacking, and class-based decorators.
import functools

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            return [fn(*a, **kw) for _ in range(times)]
        return wrapper
    return deco

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **kw):
        self.calls += 1
        return self.fn(*a, **kw)

def trace(fn):
    depth = [0]
    @functools.wraps(fn)
    def wrapper(*a):
        print("  " * depth[0] + f"-> {fn.__name__}{a}")
        depth[0] += 1
        r = fn(*a)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return wrapper

@repeat(3)
def greet(name):
    return f"hi {name}"
print(greet("ann"), greet.__name__)

@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, square.__name__)

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)

def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kw):
            for k, t in types.items():
                if not isinstance(kw[k], t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kw)
        return wrapper
    return deco
@validate(x=int, y=str)
def combine(x, y):
    return y * x
print(combine(x=2, y="ab"))
try:
    combine(x="2", y="ab")
except TypeError as e:
    print("TypeError:", e)
def method_deco(fn):
    def wrapper(self, *a):
        return f"[{fn(self, *a)}]"
    return wrapper
class W:
    @method_deco
    def show(self, v):
        return v
    @staticmethod
    @repeat(2)
    def twice():
        return 1
print(W().show(5), W.twice())
