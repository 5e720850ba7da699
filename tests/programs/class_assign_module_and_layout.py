# __class__ assignment: a module to a ModuleType subclass (its __getattr__ and properties apply) and back,
# the errors for builtin classes and for layouts that differ (__slots__, __dict__).
import sys, types
class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return "lazy:" + name
    @property
    def answer(self):
        return 42
m = sys.modules[__name__]
m.__class__ = Lazy
print(type(m).__name__, m.answer, m.whatever, isinstance(m, types.ModuleType))
import json
try:
    json.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class Other:
    pass
try:
    Other().__class__ = Lazy
except TypeError as e:
    print("TypeError:", e)
mod = types.ModuleType("fresh")
mod.__class__ = Lazy
print(mod.anything, mod.__name__)
mod.__class__ = types.ModuleType
try:
    mod.anything
except AttributeError as e:
    print("AttributeError:", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("b", "c")
class D1:
    pass
class D2(D1):
    pass
class E(S1):
    pass
x = S1()
x.a = 5
x.__class__ = S2
print(type(x).__name__, x.a)
for target, obj in ((S3, S1()), (D1, S1()), (E, S1()), (D2, D1()), (D1, D2())):
    try:
        obj.__class__ = target
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    x.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
