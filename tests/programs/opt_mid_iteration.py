# Changes made in the MIDDLE of a loop iteration (by an inlined call or by the loop body), with
# the changed thing used again later in the same iteration: a trace that checked its
# assumptions at the top of the iteration must not keep using what it proved there. Globals,
# builtins, class attributes, methods, __class__, instance dicts and local types.
import builtins

class A:
    k = 1
    def m(self):
        return "A"

class B:
    k = 2
    def m(self):
        return "B"

g = 10

def bump_global(i):
    global g
    if i % 20 == 19:
        g = g + 0.5 if isinstance(g, int) else int(g)
    return g

def read_global():
    return g

# 1. a global changed by an inlined call between two reads in the same iteration
log = []
for i in range(160):
    before = read_global()
    bump_global(i)
    after = read_global()
    log.append((before, after) if before != after else before)
print("global", [x for x in log if isinstance(x, tuple)], sum(x for x in log if not isinstance(x, tuple)))

# 2. a class attribute and a method replaced by an inlined call, used right after
def swap_k(i):
    if i % 25 == 24:
        A.k = A.k * -2

def swap_m(i):
    if i % 30 == 29:
        A.m = (lambda self: "A2") if A.m.__name__ == "m" else A.__dict__["orig_m"]

A.orig_m = A.m
a = A()
res = []
for i in range(150):
    x = a.k
    swap_k(i)
    y = a.k
    p = a.m()
    swap_m(i)
    q = a.m()
    res.append((x, y, p, q))
print("class", [r for r in res if r[0] != r[1] or r[2] != r[3]], sum(r[1] for r in res))

# 3. __class__ switched between two method calls of the same iteration
def flip(o):
    o.__class__ = B if type(o) is A else A

o = A()
seq = []
for i in range(120):
    first = o.m()
    if i % 7 == 3:
        flip(o)
    second = o.m()
    seq.append(first + second)
print("flip", "".join(s[0] for s in seq), sum(1 for s in seq if s[0] != s[1]))

# 4. a builtin shadowed and unshadowed within one iteration
def shadow_len(on):
    if on:
        globals()["len"] = lambda s: -1
    elif "len" in globals():
        del globals()["len"]

lens = []
for i in range(100):
    a1 = len("abc")
    shadow_len(i % 10 == 5)
    a2 = len("abc")
    shadow_len(False)
    a3 = len("abc")
    lens.append((a1, a2, a3))
print("builtin", sorted(set(lens)), lens.count((3, -1, 3)))

orig_abs = builtins.abs
absd = []
for i in range(80):
    v = abs(-i)
    if i % 16 == 15:
        builtins.abs = lambda x: 0
    w = abs(-i)
    builtins.abs = orig_abs
    absd.append(v - w)
print("builtins", sum(absd), [k for k, d in enumerate(absd) if d])

# 5. an instance attribute created, read and deleted within one iteration
class C:
    v = "class"
c = C()
out = []
for i in range(120):
    before = c.v
    if i % 9 == 0:
        c.v = i
    middle = c.v
    if i % 9 == 0:
        del c.v
    after = c.v
    out.append(middle if before == after else "?")
print("inst", [x for x in out if x != "class"][:8], out.count("class"))

# 6. a local's type changes within the iteration and is used in the same expression twice
acc = 0
vals = []
for i in range(150):
    x = i
    y = x + 1
    if i % 11 == 10:
        x = float(x)
    if i % 13 == 12:
        x = str(x)
    z = x + x
    vals.append(z if not isinstance(z, str) else len(z))
    acc += y
print("local", sum(vals), [v for v in vals if isinstance(v, float)][:4], acc)

# 7. list <-> tuple swap in the middle, then append fails (AttributeError caught)
items = [1, 2, 3]
errs = 0
for i in range(90):
    items.append(i)
    if i % 15 == 14:
        items = tuple(items)
    try:
        items.append(-i)
    except AttributeError:
        errs += 1
        items = list(items)
print("container", errs, len(items), sum(items))

# 8. a property getter with a side effect on its own class (runs as a fragment)
class P:
    hits = 0
    @property
    def val(self):
        P.hits += 1
        if P.hits == 40:
            P.scale = 100
        return self.base * P.scale
P.scale = 1
pp = P()
pp.base = 3
ps = []
for i in range(80):
    ps.append(pp.val + P.scale)
print("property", sum(ps), ps[37:42], P.hits)
