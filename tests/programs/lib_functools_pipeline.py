# Function composition pipelines with reduce and partial.
from functools import reduce, partial, wraps
import operator

def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
strip_lower = compose(str.strip, str.lower)
slugify = compose(strip_lower, partial(str.replace, " ", "-") if False else (lambda s: s.replace(" ", "-")))
print(slugify("  Hello Big World "))
inc = partial(operator.add, 1)
dbl = partial(operator.mul, 2)
print(compose(inc, dbl, inc)(5), compose()(7))
def memo(fn):
    cache = {}
    @wraps(fn)
    def inner(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    inner.cache = cache
    return inner
@memo
def binom(n, k):
    return 1 if k in (0, n) else binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), len(binom.cache), binom.__name__)
print(reduce(lambda acc, kv: {**acc, kv[0]: acc.get(kv[0], 0) + kv[1]}, [("a", 1), ("b", 2), ("a", 3)], {}))
print(reduce(operator.or_, [{1}, {2, 3}, {3, 4}]), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
p = partial(partial(print, "a"), "b", sep="-")
p("c")
print(p.func is print, p.args)
