# an uncaught exception group: nested boxes, a member chained to its cause, notes
def inner():
    raise ValueError("deep")
def g():
    try:
        inner()
    except ValueError as e:
        e.add_note("note one")
        e.add_note("multi\nline note")
        raise ExceptionGroup("level2", [e, TypeError("t")]) from KeyError("cause")
def f():
    excs = []
    for i in range(3):
        try:
            if i == 2:
                g()
            raise OSError(i)
        except Exception as e:
            excs.append(e)
    raise ExceptionGroup("top", excs)
f()
