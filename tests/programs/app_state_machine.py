# a vending machine as a state machine with enum states, a transition table and a log
from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    HAS_COINS = auto()
    DISPENSING = auto()
    OUT_OF_ORDER = auto()

class Machine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self, stock):
        self.state = State.IDLE
        self.credit = 0
        self.stock = dict(stock)
        self.log = []
    def insert(self, cents):
        if self.state is State.OUT_OF_ORDER:
            raise RuntimeError("machine out of order")
        if cents not in (5, 10, 25, 100):
            self.log.append(f"rejected {cents}")
            return
        self.credit += cents
        self.state = State.HAS_COINS
    def select(self, item):
        if self.state is not State.HAS_COINS:
            self.log.append(f"select {item} ignored in {self.state.name}")
            return None
        price = self.PRICES[item]
        if self.stock.get(item, 0) == 0:
            self.log.append(f"{item} sold out")
            return None
        if self.credit < price:
            self.log.append(f"need {price - self.credit} more for {item}")
            return None
        self.state = State.DISPENSING
        self.stock[item] -= 1
        change = self.credit - price
        self.credit = 0
        self.state = State.IDLE if any(self.stock.values()) else State.OUT_OF_ORDER
        return item, change

m = Machine({"cola": 1, "chips": 2, "candy": 0})
script = [("insert", 100), ("select", "cola"), ("insert", 25), ("insert", 25), ("select", "cola"),
          ("select", "chips"), ("insert", 3), ("insert", 100), ("select", "candy"), ("select", "chips"),
          ("insert", 100), ("insert", 10), ("select", "chips")]
for op, arg in script:
    try:
        r = getattr(m, op)(arg)
        if r:
            print("vend", r)
    except RuntimeError as e:
        print("error:", e)
print(m.state, m.credit, m.stock)
print(m.log)
print([s.name for s in State], State(2), State["IDLE"].value, State.IDLE in State)
