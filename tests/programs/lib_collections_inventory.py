# Inventory tracking with Counter, defaultdict and namedtuple together.
from collections import Counter, defaultdict, namedtuple

Sale = namedtuple("Sale", "day item qty price")
sales = [
    Sale("mon", "tea", 3, 2.5), Sale("mon", "cake", 1, 4.0), Sale("tue", "tea", 5, 2.5),
    Sale("tue", "coffee", 2, 3.0), Sale("wed", "cake", 4, 4.0), Sale("wed", "tea", 1, 2.5),
]
units = Counter()
revenue = defaultdict(float)
by_day = defaultdict(lambda: defaultdict(int))
for s in sales:
    units[s.item] += s.qty
    revenue[s.item] += s.qty * s.price
    by_day[s.day][s.item] += s.qty
print(units.most_common())
print({k: round(v, 2) for k, v in sorted(revenue.items())})
for day in ("mon", "tue", "wed"):
    print(day, dict(sorted(by_day[day].items())))
stock = Counter(tea=20, cake=4, coffee=10)
remaining = stock - units
print(sorted(remaining.items()), sorted((units - stock).items()))
best_day = max(by_day, key=lambda d: sum(by_day[d].values()))
print("best day:", best_day)
print(Sale._make(["thu", "tea", 2, 2.5])._replace(qty=9))
