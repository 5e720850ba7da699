# The base interpreter's specialised global loads (LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN) at
# sites whose assumptions break after they were quickened: a global rebound or deleted, a
# builtin shadowed by a global and unshadowed, a builtin replaced in the builtins module, one
# code object run with other globals; and long phases so sites re-specialise after misses.
import builtins

counter = 0


def read_counter():
    return counter


out = []
for i in range(200):
    if i % 50 == 0:
        counter = i  # rebound: the cached value is stale
    out.append(read_counter())
print(sum(out), out[0], out[49], out[50], out[199])


def length(x):
    return len(x)


out = []
for i in range(300):
    if i == 100:
        len = lambda x: "shadowed"  # a global now hides the builtin
    if i == 200:
        del len  # and the builtin shows again
    out.append(length("abc"))
print(out[99], out[100], out[199], out[200], out.count("shadowed"))

saved_abs = builtins.abs
out = []
for i in range(160):
    if i == 60:
        builtins.abs = lambda x: "builtins.abs replaced"
    if i == 120:
        builtins.abs = saved_abs
    out.append(abs(-i) if i % 2 else abs(-1))
print(out[59], out[60], out[61], out[119], out[120], out[121])


def use_gone():
    return gone


gone = "here"
res = []
for i in range(6):
    if i == 3:
        del gone
    try:
        res.append(use_gone())
    except NameError as e:
        res.append(str(e))
print(res)

# one code object, two globals dicts
src = "def f():\n    return [who for _ in range(3)]\n"
g1 = {"who": "first"}
g2 = {"who": "second"}
exec(src, g1)
exec(src, g2)
f1 = g1["f"]
f2 = type(f1)(f1.__code__, g2)
print([f1() if i % 3 else f2() for i in range(9)])

# a module-level name read by a loop at module level (LOAD_NAME) and a function (LOAD_GLOBAL)
total = 0
for k in range(120):
    total += read_counter() + k
    if k == 60:
        counter = -1
print(total)

# globals that are not an exact dict: the forms do not apply, the generic op reads them
class D(dict):
    def __missing__(self, key):
        return "missing:" + key


code = compile("r = [x for x in (a, b)] + [c]", "<d>", "exec")
d = D(a=1, b=2)
exec(code, d)
print(d["r"])
