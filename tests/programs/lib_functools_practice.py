# functools in practice: lru_cache statistics, partial objects, reduce, singledispatch,
# total_ordering, cached_property, wraps
import functools

@functools.lru_cache(maxsize=32)
def slow_square(n):
    return n * n

for i in list(range(40)) + list(range(10)):
    slow_square(i)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())

def power(base, exp):
    return base ** exp
cube = functools.partial(power, exp=3)
print(cube(4), cube.func.__name__, cube.keywords, functools.reduce(lambda a, b: a * b, range(1, 11)))

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print([describe(v) for v in (1, "s", [1, 2], 2.5, True)])

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
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9.9"), Version("2.0") <= Version("2.0"))

class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, d.computed)
del d.total
print(d.total, d.computed)

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ("called", fn(*a, **k))
    return wrapper
@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
