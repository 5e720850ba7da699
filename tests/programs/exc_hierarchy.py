# The builtin exception hierarchy and what common operations raise.

def trigger(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [1, 2][5]
    if kind == "key":
        return {"a": 1}["b"]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("xyz")
    if kind == "attr":
        return (5).nonexistent
    if kind == "name":
        return undefined_variable
    if kind == "overflow":
        return int(float("inf"))
    if kind == "stop":
        return next(iter([]))
    if kind == "assert":
        assert 1 > 2, "math is broken"
    if kind == "notimpl":
        raise NotImplementedError("later")
    if kind == "unicode":
        return chr(-1)
    if kind == "recursion-free-runtime":
        raise RuntimeError("plain runtime error")
    return "no error"


kinds = ["zero", "index", "key", "type", "value", "attr", "name", "overflow", "stop",
         "assert", "notimpl", "unicode", "recursion-free-runtime", "none"]
for k in kinds:
    try:
        result = trigger(k)
        print(k, "->", result)
    except Exception as e:
        chain = [c.__name__ for c in type(e).__mro__]
        print(f"{k:>22}: {type(e).__name__}: {e}")
        print(" " * 24 + " > ".join(chain))

print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(GeneratorExit, Exception), issubclass(Exception, BaseException), issubclass(bool, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError))

# catching by base class
for k in ["zero", "index", "key", "value"]:
    try:
        trigger(k)
    except LookupError as e:
        print(k, "caught as LookupError:", repr(e))
    except ArithmeticError as e:
        print(k, "caught as ArithmeticError:", repr(e))
    except Exception as e:
        print(k, "caught as Exception:", repr(e))

# exception objects
e = ValueError("bad", 42)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("one")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(IndexError("i")))
print(isinstance(e, Exception), type(e) is ValueError, ValueError.__name__, ValueError.__mro__[1].__name__)
try:
    raise TypeError
except TypeError as err:
    print("raised class:", repr(err), err.args)
try:
    raise 42
except TypeError as err:
    print("TypeError:", err)
try:
    raise ImportError("cannot load", name="thing")
except ImportError as err:
    print(type(err).__name__, err.name, err)
