# None and bool basics, truthiness, and int/bool mixing.

def describe(x):
    if x is None:
        return "none"
    if x:
        return "truthy"
    return "falsy"


values = [None, True, False, 0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (None,), {}, {"k": 1}]
for v in values:
    print(repr(v), describe(v), bool(v))

print(None is None, None == None, None != 0)
print(type(None).__name__, type(True).__name__)
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True is True, 1 + False)
print(isinstance(True, int), issubclass(bool, int))
print(str(True), str(False), repr(None), str(None))
print(int(True), float(False), -True, ~True, ~False)
print(True & False, True | False, True ^ True, True and 5, 0 or "x", None or 0)
print(not None, not 0, not "", not [1])
print(sum([True, True, False, True]))
print(max(True, 2), min(False, -1))
print(hash(True), hash(False), hash(None) == hash(None))
print(bool(None), bool(-0.0), bool(float("nan")))

# short-circuit evaluation
calls = []

def t(name, val):
    calls.append(name)
    return val

r = t("a", False) and t("b", True)
print(r, calls)
calls.clear()
r = t("a", 0) or t("b", "") or t("c", None)
print(r, calls)
calls.clear()
r = t("a", 1) and t("b", 2) and t("c", 3)
print(r, calls)

# chained comparisons
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 <= x <= 4)

# None as default sentinel
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, [9]))
print([x for x in [0, 1, None, 2, False, 3] if x])
print(True if None else False, 1 if [] else 2)
