# try/except/else/finally flow, nested handlers, tuples of types.

def divide(a, b):
    log = []
    try:
        log.append("try")
        result = a / b
    except ZeroDivisionError:
        log.append("except")
        result = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return result, log

print(divide(10, 2))
print(divide(1, 0))

def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__)
    return out

print(parse_all(["1", "x", None, "42", 3.7, [1]]))

def finally_runs_on_return():
    try:
        return "from try"
    finally:
        print("  finally before return")

print(finally_runs_on_return())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

print(loop_with_finally())

def nested(level):
    try:
        try:
            if level == 1:
                raise ValueError("inner")
            if level == 2:
                raise KeyError("k")
            return "no error"
        except ValueError as e:
            return f"inner handler: {e}"
        finally:
            print("  inner finally", level)
    except KeyError as e:
        return f"outer handler: {e!r}"
    finally:
        print("  outer finally", level)

for lvl in range(3):
    print(nested(lvl))

# handler order matters
try:
    {}["x"]
except LookupError:
    print("LookupError first")
except KeyError:
    print("never reached")

# the exception variable is cleared after the handler
try:
    raise ValueError("gone")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# exception inside an except handler
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print("IndexError:", e, "| context:", repr(e.__context__))

count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retrying after", e)
print("succeeded after", count)
