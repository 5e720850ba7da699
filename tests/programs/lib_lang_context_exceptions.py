# Exception chaining, context, notes, custom hierarchies.

class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise NotFound(f"missing {key}", 404) from e

try:
    load("z")
except AppError as e:
    print(type(e).__name__, e, e.code, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)

try:
    try:
        raise OSError("io")
    except OSError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, e.args)

def finally_order():
    log = []
    try:
        try:
            log.append("try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log
print(finally_order())
def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_finally())
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, isinstance(NotFound("x", 1), AppError))
err = AppError("m", 5)
print(err.args, str(err), repr(err))
try:
    raise NotFound("nf", 1)
except (KeyError, AppError) as ex:
    print("caught via tuple", ex.code)
print("ex" in dir())
