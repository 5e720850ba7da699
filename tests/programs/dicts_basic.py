# Dictionaries: insertion order, methods, iteration, comprehension.

d = {"one": 1, "two": 2, "three": 3}
d["four"] = 4
d["one"] = 100
print(d, len(d), d["two"], "two" in d, "five" in d, list(d), list(d.values()))
print(d.get("five"), d.get("five", 0), d.get("one", 0))
print(d.setdefault("five", 5), d.setdefault("one", -1), d)
print(d.pop("two"), d.pop("missing", "dflt"), d)
del d["three"]
print(d, list(d.keys()), list(d.items()))
d.update({"six": 6, "one": 1})
d.update(seven=7)
d.update([("eight", 8)])
print(d)
print(d.popitem(), d)
d["two"] = 2
print(list(d))
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)

# counting words
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))

# grouping with setdefault
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
for length, ws in sorted(groups.items()):
    print(length, ", ".join(ws))

# dict views
keys = d.keys()
d["late"] = 0
print(len(keys), "late" in keys, list(keys)[-1])
for k, v in d.items():
    if v > 5:
        print("big", k, v)

# construction
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict.fromkeys("xy", 0))
print({k: v for k, v in zip(range(5), "abcde") if k % 2 == 0})
copy = dict(d)
copy["extra"] = 1
print(len(d), len(copy), d == copy, {"a": 1, "b": 2} == {"b": 2, "a": 1})
nested = {"cfg": {"depth": 1, "tags": ["a", "b"]}, "n": None}
nested["cfg"]["tags"].append("c")
print(nested, nested["cfg"]["tags"][-1])
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", 3: [4]}[(1, 2)], {None: 0}[None])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
e = {}
print(e, bool(e), e.get(0), list(e.items()), {**{}}, dict())
d2 = {"b": 1, "a": 2}
d2.clear()
print(d2, {"x": 1} | {"y": 2}, repr({"q": "'"}))
