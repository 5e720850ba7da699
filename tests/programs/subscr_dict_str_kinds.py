# Subscripts on exact dicts and strs (their own thin ops, guarded) and on everything that must not
# take those paths: dict subclasses with __missing__ or their own __getitem__/__setitem__, str
# subclasses, user keys whose __hash__/__eq__ run Python code, missing and unhashable keys,
# bool and negative indexes, non-BMP characters. Each loop is hot and changes kinds midway.


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


class Upper(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, str(key).upper())

    def __setitem__(self, key, value):
        dict.__setitem__(self, str(key).upper(), value * 10)


class Shout(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i) + "!"


class Key:
    calls = 0

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        Key.calls += 1
        return self.n % 3

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and other.n == self.n


class Seq:
    def __getitem__(self, i):
        return i * 2


def read_all(containers, key):
    out = []
    for c in containers:
        try:
            out.append(c[key])
        except (KeyError, IndexError, TypeError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    return out


plain = {"a": 1, "b": 2, 1: "one", (1, 2): "pair", 2.5: "float"}
containers = [plain] * 12 + [Missing(a=5), Upper(A=7), "abc", Shout("abc"), [10, 20], (30, 40), Seq()]
for key in ["a", "b", "zz", 1, (1, 2), 2.5, True, -1, 0]:
    print(key, read_all(containers, key))

print(read_all([plain] * 12 + [{}], [1]))

# a str loop that meets a non-BMP string and negative indexes
texts = ["hello"] * 15 + ["h\U0001F600llo", "héllo", Shout("hey")]
acc = []
for t in texts:
    acc.append(t[1] + t[-1] + t[True])
print("".join(acc))
try:
    for t in ["abc"] * 12 + ["ab"]:
        t[2]
except IndexError as e:
    print("IndexError", e)

# stores: exact dict, then a subclass whose __setitem__ changes the value
counts = {}
targets = [counts] * 15 + [Upper()]
for i, d in enumerate(targets):
    d["k%d" % (i % 3)] = i
print(sorted(counts.items()), sorted(targets[-1].items()))
try:
    for i in range(15):
        counts[[i]] = 1
except TypeError as e:
    print("TypeError", e)

# keys with Python-level __hash__/__eq__: every lookup runs them, as CPython's dict does
table = {Key(n): n * n for n in range(6)}
Key.calls = 0
total = 0
for i in range(30):
    total += table[Key(i % 6)]
print(total, Key.calls > 0)
missing = 0
for i in range(20):
    try:
        table[Key(100 + i)]
    except KeyError:
        missing += 1
print("missing", missing)
