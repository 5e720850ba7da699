# Another module's globals rebound under a live trace: functions of mod_opt_state (inlined
# into the main program's hot loops) read their own module's globals, which the main program
# rebinds through the module object, setattr, its __dict__ and vars(); a builtin shadowed in
# that module only; a function of that module replaced; `from ... import` names that do not
# follow; and the main module's own globals rebound through sys.modules[__name__].
import sys
import mod_opt_state as m
from mod_opt_state import scaled as scaled_alias, Unit

def show(tag, xs):
    print(tag, sum(xs), xs[:2], xs[-2:])

# 1. module attribute rebound from outside, several ways
out = []
for i in range(200):
    out.append(m.scaled(i))
    if i == 40:
        m.SCALE = 3
    if i == 80:
        setattr(m, "OFFSET", 1000)
    if i == 120:
        m.__dict__["SCALE"] = 0.5
    if i == 160:
        vars(m)["SCALE"] = -1
        del m.OFFSET
        m.OFFSET = 7
show("scaled", out)
print([out[k] for k in (40, 41, 80, 81, 120, 121, 160, 161)])

# 2. the alias imported with `from` sees the module's globals (its __globals__), not the name
vals = []
for i in range(100):
    vals.append(scaled_alias(i))
    if i == 50:
        m.scaled = lambda x: "replaced"     # the alias keeps the old function
        m.SCALE = 10
show("alias", vals)
print(m.scaled(1), scaled_alias(1))

# 3. a builtin shadowed in the other module only (its len), then removed
sz = []
for i in range(120):
    sz.append(m.sized("abcd") + len("xy"))
    if i == 40:
        m.len = lambda xs: 100
    if i == 80:
        del m.len
show("sized", sz)
print(sz[40:42], sz[80:82])

# 4. a function of the module that calls another global function of the module (depth 2),
#    which gets replaced from outside
th = []
for i in range(150):
    th.append(m.through(i))
    if i == 50:
        m.helper = lambda x: x * 100
    if i == 100:
        m.helper = float
show("through", th)

# 5. a class from the other module: its attribute changed through the module object
u = Unit()
us = []
for i in range(100):
    us.append(u.apply(i))
    if i == 30:
        m.Unit.factor = 4
    if i == 60:
        m.Unit = None             # rebinding the module name does not change the class
        Unit.factor = -1
show("unit", us)

# 6. the main module's globals rebound through sys.modules[__name__] and globals().update
me = sys.modules[__name__]
LEVEL = 1

def level():
    return LEVEL

lv = []
for i in range(120):
    lv.append(level())
    if i == 30:
        me.LEVEL = 2
    if i == 60:
        globals().update(LEVEL=3.5)
    if i == 90:
        setattr(me, "LEVEL", 10 ** 20)
print("main", sum(lv), lv[29:32], lv[59:62], lv[89:92])

# 7. names missing: a function reading a global the module lacks (NameError), and the function
#    itself deleted from the module (AttributeError), both caught
errs = []
for i in range(120):
    try:
        errs.append(m.scaled(i))
    except NameError as e:
        errs.append(str(e))
    except AttributeError as e:
        errs.append(str(e))
    if i == 40:
        m.scaled = lambda x: SCALE_MISSING
    if i == 80:
        del m.scaled
print("missing", errs[39:43], errs[79:83], len(errs))
