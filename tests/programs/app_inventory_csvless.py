# an inventory report: records parsed from text, grouped with collections, totals with decimal,
# a formatted table with the format mini-language
from collections import Counter, defaultdict, namedtuple
from decimal import Decimal, ROUND_HALF_UP

Item = namedtuple("Item", "sku name category qty price")
RAW = """\
A-100|Widget|tools|12|2.50
A-101|Gadget|tools|3|19.99
B-200|Apple|food|140|0.35
B-201|Bread|food|20|2.20
C-300|Novel|books|7|12.00
C-301|Atlas|books|2|45.50
A-102|Spanner|tools|0|8.75
B-202|Cheese|food|15|6.40"""

items = []
for line in RAW.splitlines():
    sku, name, cat, qty, price = line.split("|")
    items.append(Item(sku, name, cat, int(qty), Decimal(price)))

by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)

print(f"{'category':<10}{'items':>6}{'units':>8}{'value':>12}")
grand = Decimal(0)
for cat in sorted(by_cat):
    its = by_cat[cat]
    value = sum((i.qty * i.price for i in its), Decimal(0))
    grand += value
    print(f"{cat:<10}{len(its):>6}{sum(i.qty for i in its):>8}{value:>12,.2f}")
print(f"{'total':<10}{len(items):>6}{sum(i.qty for i in items):>8}{grand:>12,.2f}")
tax = (grand * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("tax:", tax, "with tax:", grand + tax)
out_of_stock = [i.name for i in items if i.qty == 0]
print("out of stock:", out_of_stock)
cheap = Counter(i.category for i in items if i.price < 5)
print(cheap.most_common(), sum(cheap.values()))
top = max(items, key=lambda i: i.qty * i.price)
print(top._replace(qty=top.qty - 1), top._asdict()["sku"])
