# functools: reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key.
import functools

print(functools.reduce(lambda a, b: a * b, range(1, 8)))
print(functools.reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(9), two_to(10), square.keywords, two_to.args)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info().currsize)

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), Version("1.0") >= Version("0.9"), Version("2.0") <= Version("1.0"))

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=functools.cmp_to_key(by_len_then_alpha)))

@functools.cache
def ways(n):
    return 1 if n == 0 else sum(ways(n - k) for k in (1, 2, 3) if k <= n)
print(ways(30))
