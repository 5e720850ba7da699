# range objects: len, indexing, slicing, reversed, membership, negative steps.

r = range(10)
print(r, len(r), r[0], r[-1], r[3], list(r[2:8:2]), r[2:8:2], r[::-1], r[::-3])
print(list(range(5, 0, -1)), list(range(0, -10, -3)), list(range(3, 3)), list(range(5, 1)))
print(len(range(0, 100, 7)), len(range(10, 0, -3)), len(range(0)), len(range(-5, 5)))
print(list(reversed(range(1, 10, 2))), list(reversed(range(0))), list(reversed(range(10, 0, -4))))
print(5 in r, 10 in r, -1 in r, 3 in range(0, 10, 2), 4 in range(0, 10, 2), 4.0 in r)
print(range(0, 10, 2).index(6), range(1, 100).count(50), range(0, 10, 3)[-1])
print(range(3) == range(0, 3), range(0, 3, 2) == range(0, 4, 2), range(0) == range(5, 5))
print(r.start, r.stop, r.step, range(1, 10, 3).step, range(-3, 3)[1:].start)
print(sum(range(101)), sum(range(1, 101, 2)), max(range(-5, 3)), min(range(7, 2, -1)))
big = range(0, 10 ** 17, 3)
print(len(big), big[10 ** 15], 10 ** 16 + 1 in big, 999 in big)
print(list(range(10)[::-1][2:5]), list(range(20)[-3:]), list(range(20)[15:100]))
print(list(range(-1, -20, -4)), range(-1, -20, -4)[-1], list(range(0, 5)[::-2]))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)

# typical loops
for i in range(3):
    for j in range(i, 3):
        print(i, j, end="; ")
print()
total = 0
for k in range(100, 0, -7):
    total += k
print(total)
evens = list(range(0, 21, 2))
odds = [x for x in range(21) if x % 2]
print(evens, odds, len(evens) + len(odds))
print([i * j for i, j in zip(range(1, 5), range(4, 0, -1))])
countdown = []
n = 5
for i in range(n, 0, -1):
    countdown.append(str(i))
print("-".join(countdown) + "-liftoff")
print(type(range(3)).__name__, list(map(str, range(3))), tuple(range(2, 5)), repr(range(1, 2, 1)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
