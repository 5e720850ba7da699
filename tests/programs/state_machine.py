# A vending-machine state machine driven by an event list; dispatch through method names.

class VendingMachine:
    PRICES = {"cola": 125, "chips": 75, "candy": 60}

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.stock = {"cola": 2, "chips": 1, "candy": 0}
        self.log = []
        self.sales = 0

    def handle(self, event, arg=None):
        method = getattr(self, f"on_{self.state}_{event}", None)
        if method is None:
            self.log.append(f"ignored {event} in {self.state}")
            return
        before = self.state
        method(arg)
        if before != self.state:
            self.log.append(f"{before} -> {self.state}")

    def on_idle_coin(self, amount):
        self.credit += amount
        self.state = "paying"

    def on_paying_coin(self, amount):
        self.credit += amount

    def on_paying_select(self, item):
        price = self.PRICES.get(item)
        if price is None:
            self.log.append(f"unknown item {item!r}")
        elif self.stock[item] == 0:
            self.log.append(f"{item} sold out")
        elif self.credit < price:
            self.log.append(f"need {price - self.credit} more for {item}")
        else:
            self.stock[item] -= 1
            self.credit -= price
            self.sales += price
            self.log.append(f"vend {item}")
            self.state = "vending"

    def on_vending_take(self, _):
        self.state = "paying" if self.credit else "idle"

    def on_paying_refund(self, _):
        self.log.append(f"refund {self.credit}")
        self.credit = 0
        self.state = "idle"


vm = VendingMachine()
events = [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 25), ("select", "cola"),
          ("coin", 5), ("take", None), ("select", "candy"), ("select", "gum"), ("coin", 100),
          ("select", "chips"), ("take", None), ("select", "chips"), ("refund", None), ("refund", None),
          ("coin", 200), ("select", "cola"), ("take", None), ("select", "cola"), ("refund", None)]
for ev, arg in events:
    vm.handle(ev, arg)
for line in vm.log:
    print(line)
print("state:", vm.state, "credit:", vm.credit, "sales:", vm.sales, "stock:", vm.stock)

TRANSITIONS = {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
}
state = "locked"
trace = [state]
for ev in "coin push push coin coin push".split():
    state = TRANSITIONS[(state, ev)]
    trace.append(state)
print(" > ".join(trace))
try:
    TRANSITIONS[("broken", "kick")]
except KeyError as e:
    print("KeyError:", e)
