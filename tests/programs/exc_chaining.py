# raise ... from ..., implicit chaining, re-raise, suppressing context.

class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e

try:
    load("12x")
except ConfigError as e:
    print("ConfigError:", e)
    print("  cause:", type(e.__cause__).__name__, e.__cause__)
    print("  suppress_context:", e.__suppress_context__, "context is cause:", e.__context__ is e.__cause__)

def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")

try:
    implicit()
except ValueError as e:
    print("ValueError:", e, "| cause:", e.__cause__, "| context:", repr(e.__context__))

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None

try:
    suppressed()
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def reraise():
    try:
        [].pop()
    except IndexError:
        print("  logging and re-raising")
        raise

try:
    reraise()
except IndexError as e:
    print("IndexError:", e)

def reraise_named():
    try:
        int("q")
    except ValueError as e:
        err = e
    raise err

try:
    reraise_named()
except ValueError as e:
    print("ValueError again:", e)

# chain of three
def level3():
    raise KeyError("root")

def level2():
    try:
        level3()
    except KeyError as e:
        raise LookupError("middle") from e

def level1():
    try:
        level2()
    except LookupError as e:
        raise RuntimeError("top") from e

try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__
    print(" <- ".join(chain))

# with_traceback and exception attributes
try:
    raise ValueError("tb")
except ValueError as e:
    print(e.__traceback__ is not None, e.with_traceback(None) is e)

# raising an exception instance vs class, from a class
try:
    raise ConfigError from KeyError
except ConfigError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
