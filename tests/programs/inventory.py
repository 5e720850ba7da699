# Inventory management: dicts of records, sorting, grouping, reports, validation.

stock = {}

def add_item(sku, name, category, qty, price):
    if sku in stock:
        raise KeyError(f"duplicate sku {sku}")
    if qty < 0 or price < 0:
        raise ValueError(f"bad quantity/price for {sku}")
    stock[sku] = {"name": name, "category": category, "qty": qty, "price": price}

def adjust(sku, delta):
    item = stock[sku]
    if item["qty"] + delta < 0:
        raise ValueError(f"not enough {item['name']}: have {item['qty']}, need {-delta}")
    item["qty"] += delta
    return item["qty"]

catalog = [
    ("A100", "widget", "hardware", 40, 2.50),
    ("A200", "gadget", "hardware", 3, 19.99),
    ("B100", "manual", "books", 12, 7.25),
    ("B200", "novel", "books", 0, 12.00),
    ("C100", "cable", "electronics", 150, 1.10),
    ("C200", "charger", "electronics", 8, 24.50),
]
for row in catalog:
    add_item(*row)

for sku, delta in [("A100", -15), ("A200", -5), ("B200", 6), ("C100", -150), ("Z999", 1)]:
    try:
        print(sku, "->", adjust(sku, delta))
    except ValueError as e:
        print(sku, "ValueError:", e)
    except KeyError as e:
        print(sku, "KeyError:", e)
try:
    add_item("A100", "dup", "x", 1, 1)
except KeyError as e:
    print("KeyError:", e.args[0])

by_cat = {}
for sku, item in stock.items():
    by_cat.setdefault(item["category"], []).append(sku)
print(by_cat)

print(f"{'sku':<6}{'name':<10}{'qty':>5}{'price':>8}{'value':>10}")
total = 0
for sku, item in sorted(stock.items(), key=lambda kv: -kv[1]["qty"] * kv[1]["price"]):
    value = item["qty"] * item["price"]
    total += value
    print(f"{sku:<6}{item['name']:<10}{item['qty']:>5}{item['price']:>8.2f}{value:>10.2f}")
print(f"{'total':<29}{total:>10.2f}")

for cat, skus in sorted(by_cat.items()):
    qty = sum(stock[s]["qty"] for s in skus)
    value = sum(stock[s]["qty"] * stock[s]["price"] for s in skus)
    print(f"{cat:>12}: {len(skus)} skus, {qty:4} units, {value:9.2f}")

low = [stock[s]["name"] for s in stock if stock[s]["qty"] < 5]
print("reorder:", low)
cheapest = min(stock.values(), key=lambda i: i["price"])
priciest = max(stock.items(), key=lambda kv: kv[1]["price"])
print("cheapest:", cheapest["name"], "priciest:", priciest[0])
snapshot = {sku: dict(item) for sku, item in stock.items()}
stock["A100"]["qty"] = 0
print(snapshot["A100"]["qty"], stock["A100"]["qty"], snapshot == stock)
removed = stock.pop("B100")
print(removed["name"], len(stock), "B100" in stock, list(stock)[:3])
