# Assorted builtins: min/max with key/default, sum, abs, round, divmod, pow, isinstance, getattr, etc.

print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "abd"), min([(2, "b"), (1, "z")]))
print(max([], default="empty"), min((), default=None), max([1, 5, 3], key=lambda x: -x), min(["aa", "b", "ccc"], key=len))
print(max(["apple", "fig", "kiwi"], key=len), max([3, 3.0]), max(3.0, 3), min([-1, -1.5]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2, 3]], []), sum(()), sum([True, True]))
print(abs(-3), abs(-2.5), abs(0), abs(True), abs(-(10 ** 30)))
print(round(2.567, 2), round(7), round(-2.5), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 5), pow(2, 5, 3), pow(2.0, 3), pow(9, 0.5))

class Animal: pass
class Dog(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, (int, str)), isinstance(d, (int, Animal)))
print(isinstance(3, int), isinstance(3, float), isinstance(3.0, (int, float)), isinstance("s", str), isinstance([], list))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, object), issubclass(Dog, (str, Animal)))
print(type(d).__name__, type(d) is Dog, type(3).__name__, type("").__name__, type([]).__name__, type({}).__name__)
print(type(1.0).__name__, type(None).__name__, type(type).__name__, type(Dog).__name__, type(len).__name__)

class Config:
    debug = False
    def __init__(self):
        self.level = 3

cfg = Config()
print(getattr(cfg, "level"), getattr(cfg, "debug"), getattr(cfg, "missing", "fallback"), hasattr(cfg, "level"), hasattr(cfg, "nope"))
setattr(cfg, "level", 5)
setattr(cfg, "new_attr", [1])
print(cfg.level, cfg.new_attr, sorted(vars(cfg)))
delattr(cfg, "new_attr")
print(hasattr(cfg, "new_attr"))
try:
    getattr(cfg, "missing")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["upper", "lower", "title"]:
    print(name, getattr("mIxEd", name)())

print(len("abc"), len([1, 2]), len({"a": 1}), len(range(10)), len((1,)), len(set()), len(""))
print(repr("x"), repr(1.0), repr([None]), str(1.5), str([] == []), ascii("ü"))
print(callable(len), callable(Dog), callable(d), callable("x"))
print(id(d) == id(d), id(d) != id(Dog()), d is d, hash(7), hash(7) == hash(7.0))
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), str(o).startswith("<object object at"))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(list(map(type, [1, "a", None]))[0] is int, int is type(0), bool is type(False))
print(dir(Config).count("debug"), "level" in dir(cfg), "__init__" in dir(Config))
x = 10
print(x, vars(Config)["debug"], Config.__dict__["debug"])
print(isinstance(True, int), isinstance(1, bool), type(True) == int, int.__mro__)
