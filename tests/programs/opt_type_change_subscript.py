# Subscripting and iteration where the container's type changes under a live trace: the same
# `seq[i]` site sees list -> tuple -> str -> dict -> range -> bytes -> a user __getitem__
# class; `for x in seq` where seq's type changes between runs of the same loop; slices and
# negative indices; store-subscript on list -> dict -> user __setitem__.

class Squares:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return [n * n for n in range(*k.indices(10))]
        if k >= 10:
            raise IndexError("Squares index out of range")
        return k * k
    def __len__(self):
        return 10

class Recorder:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append((k, v))
    def __getitem__(self, k):
        return len(self.log) + k

def pick(c, k):
    return c[k]

containers = [
    [10, 20, 30, 40, 50],
    (1, 2, 3, 4, 5),
    "abcde",
    {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", -1: "minus"},
    range(100, 105),
    b"ABCDE",
    Squares(),
]

# 1. the same site and the same inlined function see every container type in turn
out = []
for i in range(7 * 40):
    c = containers[i // 40]
    k = i % 5
    out.append(c[k])
    out.append(pick(c, -1) if not isinstance(c, Squares) else pick(c, 9))
print("get", [out[k] for k in range(0, 7 * 80, 41)])
print("get-sum", sum(v for v in out if isinstance(v, int)), "".join(v[0] for v in out if isinstance(v, str))[::23])

# 2. slicing sites across types
sl = []
for i in range(140):
    c = containers[(i // 20) % 7]
    sl.append(c[1:4] if not isinstance(c, dict) else sorted(c)[1:4])
print("slice", [sl[k] for k in (0, 20, 40, 60, 80, 100, 120)])

# 3. `for x in seq` where seq's type changes between runs of the loop
def total(seq):
    t = 0
    n = 0
    for x in seq:
        if isinstance(x, str):
            x = ord(x)
        t += x
        n += 1
    return t, n

def gen(n):
    for k in range(n):
        yield k * 0.5

seqs = [list(range(60)), tuple(range(60)), "hello world" * 6, range(60), {k: None for k in range(60)},
        {k * 7 for k in range(60)}, bytes(range(60)), gen(60), iter(list(range(60))), Squares(),
        frozenset(range(60)), list(map(float, range(60)))]
print("for", [total(s) for s in seqs])

# 4. the same loop in the module, with its iterable rebound between passes
runs = []
seq = [1, 2, 3] * 20
for p in range(5):
    acc = 0
    for x in seq:
        acc = acc * 3 + x if not isinstance(x, str) else acc + len(x)
        acc %= 1000003
    runs.append(acc)
    seq = (tuple(seq), "xyz" * 20, [1.5] * 60, range(60))[p % 4]
print("rebound", runs)

# 5. store subscript on list -> dict -> user __setitem__ at the same site
rec = Recorder()
targets = [[0] * 5, {}, rec, bytearray(5)]
for i in range(200):
    t = targets[i // 50]
    t[i % 5] = i % 256
print("set", targets[0], targets[1], rec.log[:3], len(rec.log), list(targets[3]), rec[1])

# 6. string indexing where the string changes between ASCII and non-BMP text
texts = ["hello", "héllo", "h😀llo", "hello"]
chars = []
for i in range(160):
    s = texts[i // 40]
    chars.append(s[i % 5] + s[-(i % 5) - 1])
print("str", "".join(chars[::9]), len("".join(chars)))

# 7. list index out of range mid-loop when the list shrinks (caught)
data = list(range(10))
errs = 0
got = 0
for i in range(150):
    try:
        got += data[i % 10]
    except IndexError as e:
        errs += 1
        msg = str(e)
    if i == 60:
        del data[5:]
    if i == 100:
        data = tuple(range(20))
print("shrink", got, errs, msg)
