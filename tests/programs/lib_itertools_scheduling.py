# Round-robin schedules and brute-force search with itertools.
from itertools import combinations, permutations, product, cycle, islice, accumulate, groupby

teams = ["A", "B", "C", "D"]
print(list(combinations(teams, 2)))
cities = {"X": (0, 0), "Y": (3, 4), "Z": (6, 0), "W": (3, -4)}
def dist(a, b):
    (x1, y1), (x2, y2) = cities[a], cities[b]
    return ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5
def tour_len(order):
    route = ("X",) + order + ("X",)
    return sum(dist(a, b) for a, b in zip(route, route[1:]))
best = min(permutations(["Y", "Z", "W"]), key=tour_len)
print(best, round(tour_len(best), 3))
sols = [(a, b, c) for a, b, c in product(range(1, 20), repeat=3) if a < b and a * a + b * b == c * c]
print(sols)
shifts = list(islice(cycle(["early", "late", "night"]), 8))
print(shifts)
print(list(accumulate([5, -2, 3, -8, 4], initial=0)))
scores = [("ann", 90), ("bob", 85), ("cy", 90), ("di", 70)]
ranked = sorted(scores, key=lambda s: -s[1])
for score, grp in groupby(ranked, key=lambda s: s[1]):
    print(score, [n for n, _ in grp])
