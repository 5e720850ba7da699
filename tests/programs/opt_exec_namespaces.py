# Functions whose globals are not a module's: made by exec() into a plain dict, by
# types.FunctionType with another dict, and with a custom __builtins__ dict; the dicts are
# changed under a live trace (a key rebound, deleted, a builtin in the custom builtins dict
# replaced), so any cache of global or builtin lookups must follow these dicts too; compiled
# code exec'd in a fresh namespace on every iteration.
import types

# 1. exec into a plain dict; the function reads `scale`, rebound through the dict
g = {"scale": 2}
exec("def f(x):\n    return x * scale\n", g)
f = g["f"]
out = []
for i in range(200):
    out.append(f(i))
    if i == 50:
        g["scale"] = 3
    if i == 100:
        g.update(scale=0.5)
    if i == 150:
        g.clear()
        g["scale"] = -1
print("exec", sum(out), out[49:53], out[99:103], out[149:153])

# 2. the same code object with two different globals dicts, alternating in the loop
g1 = {"k": 1}
g2 = {"k": 100}
f1 = types.FunctionType(f.__code__.replace(co_names=("k",)), g1, "f1")
f2 = types.FunctionType(f1.__code__, g2, "f2")
alt = []
for i in range(160):
    alt.append((f1 if i % 2 else f2)(i))
    if i == 80:
        g1["k"] = -1
        del g2["k"]
        g2["k"] = 0.5
print("two-globals", sum(alt), alt[78:84])

# 2b. the same with the globals of two module objects (dicts a VM may watch for changes)
ma = types.ModuleType("ma")
mb = types.ModuleType("mb")
ma.k, mb.k = 2, 3.5
fa = types.FunctionType(f1.__code__, ma.__dict__, "fa")
fb = types.FunctionType(f1.__code__, mb.__dict__, "fb")
mods = []
for i in range(200):
    mods.append((fa if i % 3 else fb)(i))
    if i == 90:
        ma.k = -2
    if i == 140:
        mb.__dict__["k"] = 1
        del ma.k
        ma.k = 10 ** 18
print("two-modules", sum(x for x in mods if isinstance(x, int)), sum(x for x in mods if isinstance(x, float)), mods[88:94], mods[138:144])

# 3. custom builtins for exec'd code: len replaced in that dict only, then removed
custom = {"len": lambda s: 1000, "range": range}
env = {"__builtins__": custom}
exec("def size(s):\n    return len(s)\n", env)
size = env["size"]
sz = []
errs = 0
for i in range(150):
    try:
        sz.append(size("abc") + len("abc"))
    except NameError as e:
        errs += 1
        msg = str(e)
    if i == 50:
        custom["len"] = lambda s: -5
    if i == 100:
        del custom["len"]
print("custom-builtins", sum(sz), sz[49:53], errs, msg)

# 4. a global of the exec'd namespace deleted: NameError, then found in the builtins dict
env2 = {"__builtins__": {"abs": lambda v: "builtin-abs"}}
exec("def use(x):\n    return abs(x)\n", env2)
use = env2["use"]
res = []
for i in range(120):
    res.append(use(-i))
    if i == 40:
        env2["abs"] = lambda v: "global-abs"       # a global shadows the builtin
    if i == 80:
        del env2["abs"]                              # the custom builtin again
print("shadow", [res[k] for k in (40, 41, 80, 81)], res.count("global-abs"))

# 5. exec run repeatedly in the loop, each time in a fresh namespace with a different value
acc = 0
code = compile("r = base * 2 + len(tag)", "<hot>", "exec")
for i in range(120):
    ns = {"base": i if i % 3 else i * 0.5, "tag": "x" * (i % 4)}
    exec(code, ns)
    acc += ns["r"]
print("exec-loop", acc)
