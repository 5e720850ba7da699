# Code exec'd with a dict SUBCLASS as its globals: CPython 3.11's LOAD_GLOBAL takes its slow
# path for globals that are not exactly a dict and looks names up with PyObject_GetItem, so
# the subclass's __getitem__ and __missing__ run (and a missing name falls back to the
# builtins only when they raise KeyError). The dict changes under a live trace, so a cache of
# global lookups must not be used for such globals either.
class Defaulting(dict):
    misses = 0
    def __missing__(self, key):
        Defaulting.misses += 1
        if key == "len":
            raise KeyError(key)
        return len(key)

class Upper(dict):
    def __getitem__(self, key):
        v = dict.__getitem__(self, key)
        return v.upper() if isinstance(v, str) else v

dg = Defaulting()
exec("def g(x):\n    return x + unknown_name\n", dg)
gf = dg["g"]
vals = []
for i in range(100):
    vals.append(gf(i))
    if i == 50:
        dg["unknown_name"] = 1000
print("missing", sum(vals), vals[49:53], Defaulting.misses)

# a name missing from the subclass (KeyError from __missing__) is found in the builtins
before = Defaulting.misses
exec("def h(s):\n    return len(s)\n", dg)
print("builtins", dg["h"]("abcd"), Defaulting.misses - before)

ug = Upper(word="hot")
exec("def w(i):\n    return word * (i % 3)\n", ug)
wf = ug["w"]
words = []
for i in range(90):
    words.append(wf(i))
    if i == 45:
        ug["word"] = "trace"
print("getitem", words[:4], words[45:49], sum(len(x) for x in words))
