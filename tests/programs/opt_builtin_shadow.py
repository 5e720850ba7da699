# Builtins shadowed under a live trace: a module global named like a builtin appears at
# iteration k and is deleted again; builtins.X replaced through `import builtins`; a builtin
# shadowed while a called function (inlined) uses it; the builtins dict changed for a type.
import builtins

def size(xs):
    return len(xs)

def magnitude(v):
    return abs(v)

# 1. len shadowed in the module globals, then deleted (the builtin comes back)
sizes = []
for i in range(200):
    sizes.append(size("x" * (i % 7)))
    if i == 60:
        len = lambda xs: 100
    if i == 120:
        del len
print("len", sum(sizes), sizes[58:64], sizes[118:124])

# 2. abs shadowed through globals(), and used directly in the loop body too
total = 0
direct = 0
for i in range(200):
    total += magnitude(-i)
    direct += abs(i - 100)
    if i == 50:
        globals()["abs"] = lambda v: 1
    if i == 150:
        del globals()["abs"]
print("abs", total, direct)

# 3. builtins.abs / builtins.max replaced through the builtins module, then restored
orig_abs, orig_max = builtins.abs, builtins.max
acc = 0
peak = []
for i in range(180):
    acc += magnitude(-(i % 13))
    peak.append(max(i % 5, 2))
    if i == 40:
        builtins.abs = lambda v: 1000
    if i == 90:
        builtins.max = min
    if i == 130:
        builtins.abs = orig_abs
        builtins.max = orig_max
print("builtins", acc, sum(peak), peak[38:44], peak[88:94], peak[128:134])

# 4. a module global shadows a replaced builtin: the global wins, then deleting it shows the
#    replaced builtin, then restoring builtins shows the original
def count(xs):
    return len(xs)

rows = []
orig_len = builtins.len
for i in range(160):
    rows.append(count([0] * (i % 4)))
    if i == 40:
        builtins.len = lambda xs: -1
    if i == 80:
        len = lambda xs: -2
    if i == 120:
        del len
    if i == 140:
        builtins.len = orig_len
print("layers", sum(rows), rows[38:44], rows[78:84], rows[118:124], rows[138:144])

# 5. builtin types shadowed (int by a lambda, float by str), then both deleted
def conv(x):
    return int(x), float(x)

ints = 0
floats = []
for i in range(120):
    a, b = conv(i)
    ints += a
    floats.append(b)
    if i == 30:
        int = lambda x: 0
    if i == 60:
        float = str
    if i == 90:
        del int, float
print("types", ints, floats[29:33], floats[59:63], floats[89:93])

# 6. a builtin deleted from builtins entirely: NameError caught, then put back
def uses_sorted(xs):
    return sorted(xs)[0]

orig_sorted = builtins.sorted
firsts = []
missing = 0
for i in range(120):
    try:
        firsts.append(uses_sorted([i % 9, 5, 3]))
    except NameError as e:
        missing += 1
        last_err = str(e)
    if i == 50:
        del builtins.sorted
    if i == 70:
        builtins.sorted = orig_sorted
print("deleted", sum(firsts), missing, last_err)
