# Decorators: simple, with arguments, stacked, class-based, preserving metadata by hand.

call_log = []

def logged(fn):
    def wrapper(*args, **kwargs):
        call_log.append(f"{fn.__name__}{args}")
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3), add(10, -4), add.__name__, add.__doc__)
print(call_log)

def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def shout(word):
    return word.upper() + "!"

print(shout("hey"))

def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"
def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"

@bold
@italic
def text(s):
    return s

print(text("hi"))

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@CountCalls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(15), fib.calls)

def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner

@memo
def fast_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)

print(fast_fib(90))

registry = {}

def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("sq")
def square(x):
    return x * x

@register("neg")
def negate(x):
    return -x

print(sorted(registry), [registry[k](7) for k in sorted(registry)], square(3))

def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@validate(int, str)
def label(n, s):
    return f"{s}#{n}"

print(label(3, "item"))
try:
    label("3", "item")
except TypeError as e:
    print("TypeError:", e)

def decorate_class(cls):
    cls.tag = "decorated"
    return cls

@decorate_class
class Thing: pass

print(Thing.tag, Thing().tag)
