# except* and exception groups: matching by type and tuple, naked exceptions wrapped, split/subgroup/derive, re-raised and newly raised exceptions combined, errors
def f():
    raise ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
try:
    f()
except* ValueError as eg:
    print("values:", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", eg.exceptions)
except* KeyError:
    print("keys")
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", repr(eg), type(eg).__name__, eg.exceptions[0].__traceback__ is not None)
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
m, r = eg.split(ValueError)
print(repr(m), repr(r), str(eg), eg.message)
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.subgroup(OSError))
print(repr(BaseExceptionGroup("b", [ValueError(1)])), type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
for args in [("m", []), (1, [ValueError()]), ("m", [1]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), TypeError("b")])
    except* ValueError:
        print("handled a")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a")])
    except* ValueError as e:
        raise RuntimeError("converted") from None
except Exception as e:
    print("converted:", repr(e))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), OSError("o")])
    except* ValueError:
        raise
    except* OSError:
        raise KeyError("new")
except BaseException as e:
    print("mixed:", repr(e), [repr(x) for x in e.exceptions])
try:
    try:
        raise TypeError("x")
    except* (ExceptionGroup, TypeError):
        pass
except TypeError as e:
    print("TypeError:", e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message.upper(), excs)
m, r = MyEG("mine", [ValueError(1), TypeError(2)]).split(TypeError)
print(type(m).__name__, repr(m), repr(r))
print(ExceptionGroup[int])
