# Sets of ints: operations, membership, mutation.

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b) == a | b, a.intersection([3, 9]), a.difference(range(3)), a.symmetric_difference({1, 7}))
print(3 in a, 7 in a, 7 not in a, len(a), {1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {4}, a.isdisjoint({9}))
s = set()
for n in [3, 1, 4, 1, 5, 2, 6, 5, 3, 5]:
    s.add(n)
print(s, len(s))
s.discard(100)
s.discard(1)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
s |= {7}
s &= {3, 4, 5, 7}
s -= {4}
s ^= {5, 0}
print(s, sorted(s))
print(set(), set([1, 1, 2]), set(range(5)), bool(set()), {0} == {False}, set("aab") == {"a", "b"})
print(sorted({x * x % 10 for x in range(20)}))
print(sorted({-5, 10, 3, -1, 100, 42}), max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3}))
t = {5, 6}
u = t.copy()
u.add(7)
print(t, u, t == u, t != u)
print(u.pop() in {5, 6, 7}, len(u))
fs = frozenset([1, 2, 3])
print(fs, fs | {4}, type(fs | {4}).__name__, fs & {2, 3, 4}, frozenset() == set())
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)

# primes via set difference
limit = 60
composites = {m for i in range(2, 8) for m in range(i * i, limit, i)}
primes = set(range(2, limit)) - composites
print(sorted(primes))

# duplicates finder
data = [4, 8, 15, 16, 23, 42, 8, 15, 4, 99]
seen, dups = set(), set()
for x in data:
    if x in seen:
        dups.add(x)
    seen.add(x)
print(sorted(dups), len(seen))
print(sorted(set(data)), [x for x in data if data.count(x) == 1])
visited = set()
def visit(n):
    if n in visited or n > 40:
        return
    visited.add(n)
    visit(n * 2)
    visit(n + 3)
visit(1)
print(sorted(visited))
c = {1, 2}
c.update([3], (4, 5))
c.clear()
print(c, {1, 2, 3} - {2} | {7}, {2, 1} == {1, 2})
