# Exceptions raised inside finally, return/break in finally, exception state.
import sys

def raise_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")

try:
    raise_in_finally()
except KeyError as e:
    print("KeyError:", e, "| context:", repr(e.__context__))

def finally_swallows():
    for _ in range(1):
        try:
            raise ValueError("lost")
        finally:
            break
    return "break in finally swallowed the error"

print(finally_swallows())

def return_swallows():
    try:
        1 / 0
    finally:
        return "return in finally swallowed the error"

print(return_swallows())

def counted(n):
    log = []
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                log.append(f"ok{i}")
            finally:
                log.append(f"inner{i}")
        except ValueError as e:
            log.append(f"caught{e}")
        finally:
            log.append(f"outer{i}")
    return log

print(counted(3))

print("exc_info outside:", sys.exc_info())
try:
    raise TypeError("inside")
except TypeError:
    t, v, tb = sys.exc_info()
    print("exc_info inside:", t.__name__, v, tb is not None)
    try:
        raise ValueError("nested")
    except ValueError:
        print("nested exc_info:", sys.exc_info()[0].__name__)
    print("restored exc_info:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info()[0])

def nested_finally_order():
    order = []
    try:
        try:
            try:
                raise IndexError("deep")
            finally:
                order.append("f1")
        finally:
            order.append("f2")
    except IndexError:
        order.append("handled")
    finally:
        order.append("f3")
    return order

print(nested_finally_order())

def exception_in_handler_with_finally():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
        finally:
            print("  finally still runs")
    except TypeError as e:
        return f"{type(e).__name__}({e}) from context {type(e.__context__).__name__}"

print(exception_in_handler_with_finally())

def while_finally():
    i = 0
    seen = []
    while i < 5:
        try:
            i += 1
            if i == 2:
                continue
            if i == 4:
                return seen
            seen.append(i)
        finally:
            seen.append(-i)

print(while_finally())
try:
    try:
        raise ValueError("v")
    finally:
        print("  cleanup during propagation")
except ValueError as e:
    print("propagated:", e)
