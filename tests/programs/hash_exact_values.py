# hash() as CPython prints it (tuples, frozensets and ranges by their exact 64-bit hash; a
# Python __hash__'s int kept when it fits 64 bits, else hashed), and sets of floats and of
# large ints iterating in CPython's table order (the VM's own hash keeps the exact hash's low
# bits). Sets are built from lists: a constant set literal comes from a marshalled frozenset,
# whose items marshal sorts, so its layout differs when a script is run from source.
from fractions import Fraction
from decimal import Decimal

print(hash((1, 2)), hash(((0, 0), (1, 1))), hash((2**60 + 7,)), hash(()), hash((1.5, -2, "")) == hash((1.5, -2, "")))
print(hash(frozenset([1, 2, 3])), hash(range(10)), hash((frozenset([4]), range(3))), hash((-1, -2, 2**64)))


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for v in (5, -1, 2**62, -2**63, 2**63, 2**64 + 3, -2**70, True):
    print(hash(H(v)))


class T:
    def __hash__(self):
        return hash((1, 2))


class P(tuple):
    pass


print(hash(T()), hash(P((1, 2))) == hash((1, 2)))
for items in ([1.5, 2.5], [2.5, 1.5], [0.5, 1.5, 2.5, 3.5], [3.5, 2.5, 1.5, 0.5], [-1.5, -0.5, 0.25],
              [0.1, 0.2, 0.3, 0.7, 1e100, -1e-100], [2**60 + 1, 2**60 + 2], [2**60 + 2, 2**60 + 1],
              [-(2**60) - 1, 3, 2**70, -2**70, 7.0, 2.0**60], [x / 8 for x in range(-20, 20, 3)]):
    s = set(items)
    print(s, frozenset(items), sorted(s) == sorted(set(reversed(items))))
print(hash(1.5) == hash(Fraction(3, 2)) == hash(Decimal("1.5")), Fraction(3, 2) in set([1.5]), 1.5 in set([Fraction(3, 2)]))
d = {1.5: "a", 2**60 + 1: "b", 2.0**60: "c"}
print(d[2**60 + 1], d[1.5], d[2**60], list(d))


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
# negative hashes: CPython probes with the two's complement (size_t)hash
print(set(range(-20, 0)), set([-8, -16, -24, 0, 8]), set([x * 8 for x in range(-10, 10)]))
print(set([-(2**40) * k for k in range(12)]), set([-x / 4 for x in range(16)]))
# floats whose hash falls anywhere in 61 bits, against equal Fractions (their hash is computed in
# Python) in sets both ways
fs = [k / 1024 + 2.0**e for k in range(1, 40, 3) for e in (-60, -30, -5, 0, 20, 40)]
print(sum(hash(x) >= 2**52 for x in fs), sum(hash(x) < 0 for x in fs))
print(all(Fraction(x) in set([x]) and x in set([Fraction(x)]) and hash(x) == hash(Fraction(x)) for x in fs + [-x for x in fs]))
print(len(set(fs + [Fraction(x) for x in fs])), len(fs))
