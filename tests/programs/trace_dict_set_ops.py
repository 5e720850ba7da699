# dict and set operations in hot loops: counting, grouping, set algebra, comprehension views
import itertools
counts = {}
groups = {}
for i in range(5000):
    key = (i * 7919) % 97
    counts[key] = counts.get(key, 0) + 1
    groups.setdefault(key % 10, []).append(i)
print(len(counts), max(counts.values()), min(counts.values()), sum(len(v) for v in groups.values()))
a = set()
b = set()
for i in range(3000):
    if i % 3 == 0:
        a.add(i % 200)
    if i % 5 == 0:
        b.add(i % 200)
print(len(a & b), len(a | b), len(a - b), len(a ^ b), sorted(a & b)[:10])
d = {i: i * i for i in range(100)}
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(len(d), list(d.items())[:5], sum(d.values()))
inv = {v: k for k, v in d.items()}
print(inv[49], 36 in inv, sorted(d.keys() & {1, 2, 3, 4, 5}))
merged = {**{"a": 1, "b": 2}, **{"b": 3, "c": 4}}
merged |= {"d": 5}
print(merged, merged.pop("a"), merged.popitem(), merged)
frozen = frozenset(x % 7 for x in range(100))
print(sorted(frozen), frozen.issubset(range(7)), hash(frozen) == hash(frozenset(range(7))))
pairs = {(x, y) for x, y in itertools.product(range(4), repeat=2) if x != y}
print(len(pairs), sorted(pairs)[:6])
