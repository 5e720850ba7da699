# A builtin type's method bound to an object is a builtin_function_or_method, as CPython's
# method descriptors make it: its type, attributes, repr, equality, hash, pickling, inspect's view.
a = []
m = a.append
print(type(m).__name__, m.__self__ is a, hasattr(m, "__func__"), m.__name__, m.__qualname__)
print(repr(m).split(" at ")[0])
m(3); print(a)
print(m == a.append, m is a.append, hash(m) == hash(a.append))
print(type("x".upper).__name__, type((1).bit_length).__name__, type({}.get).__name__)
import types
print(isinstance(m, types.BuiltinMethodType), isinstance(m, types.MethodType), isinstance(m, types.BuiltinFunctionType))
print(callable(m), m.__doc__ is None or isinstance(m.__doc__, str))
print(m.__reduce__()[0].__name__ if hasattr(m, "__reduce__") else "")
fk = dict.fromkeys
print(type(fk).__name__, fk.__self__ is dict, fk.__qualname__, fk("ab", 1), repr(fk).split(" at ")[0])
print(int.from_bytes(b"\x01\x00", "little"), type(int.from_bytes).__name__)
import pickle, copy
l = [1]
m2 = pickle.loads(pickle.dumps(l.append))
m2(5)
print(type(m2).__name__)
print({[].append.__name__: 1}, len({l.append, l.append}), l.append == [].append, l.append != l.pop)
class L(list):
    pass
x = L()
x.append(1)
print(type(x.append).__name__, x.append.__self__ is x, x)
print(list.append.__get__(x)(2), x)
print(str.upper.__get__("ab")())
import inspect
print(inspect.ismethod([].append), inspect.isbuiltin([].append), inspect.isroutine([].append), inspect.ismethoddescriptor(list.append))
