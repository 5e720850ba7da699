# An uncaught exception after some output: exit status 1, traceback on stderr.

class Order:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(qty * price for qty, price in self.items)


def process(orders):
    results = []
    for i, order in enumerate(orders):
        total = order.total()
        print(f"order {i}: {total:.2f}")
        results.append(total)
    return results


orders = [
    Order([(2, 3.5), (1, 10.0)]),
    Order([(5, 1.25)]),
    Order([]),
]
print("processed", len(process(orders)), "orders")


def checkout(cart):
    if not cart:
        raise ValueError("cart is empty: nothing to check out")
    return sum(cart)


def main():
    print("checking out full cart:", checkout([1, 2, 3]))
    print("checking out empty cart...")
    checkout([])
    print("unreachable")


main()
