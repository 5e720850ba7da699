# comprehensions and generator expressions inside hot loops
total = 0
for i in range(300):
    sq = [x * x for x in range(i % 17)]
    ev = {x for x in sq if x % 2 == 0}
    mp = {x: len(str(x)) for x in ev}
    total += sum(sq) + len(ev) + sum(mp.values()) + sum(x for x in range(i % 5))
print(total)
matrix = [[(r * c) % 7 for c in range(8)] for r in range(8)]
transposed = [[row[c] for row in matrix] for c in range(8)]
flat = [v for row in transposed for v in row if v]
print(transposed[3], len(flat), sum(flat))
pyth = [(a, b, c) for c in range(1, 40) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
primes = [n for n in range(2, 300) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(len(primes), primes[-5:])
groups = {k: [w for w in "alpha beta gamma delta epsilon zeta eta theta".split() if len(w) == k] for k in range(3, 8)}
print(groups)
x = 10
res = [x for x in range(3)]
print(x, res, [[y for y in range(n)] for n in range(4)])
gen = (i * j for i in range(1, 4) for j in range(1, 4))
print(list(gen), any(v > 8 for v in range(10)), all(v < 10 for v in range(10)))
