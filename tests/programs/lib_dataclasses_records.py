# dataclasses as records in a small order system: nested dataclasses, asdict of nested values,
# sorting by fields, field metadata, __post_init__ validation, replace on frozen records
from dataclasses import dataclass, field, asdict, replace, fields
from typing import List, Optional

@dataclass(frozen=True, order=True)
class Money:
    cents: int
    currency: str = "EUR"
    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.cents + other.cents, self.currency)
    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"

@dataclass
class Line:
    sku: str
    qty: int
    unit: Money
    note: Optional[str] = field(default=None, metadata={"doc": "free text"})
    def __post_init__(self):
        if self.qty <= 0:
            raise ValueError(f"bad quantity {self.qty} for {self.sku}")
    @property
    def total(self):
        return Money(self.unit.cents * self.qty, self.unit.currency)

@dataclass
class Order:
    id: int
    lines: List[Line] = field(default_factory=list)
    def add(self, *args, **kw):
        self.lines.append(Line(*args, **kw))
        return self
    def total(self):
        t = Money(0)
        for l in self.lines:
            t = t + l.total
        return t

o = Order(7).add("pen", 3, Money(150)).add("ink", 1, Money(999), note="blue").add("pad", 2, Money(420))
print(o.total(), [str(l.total) for l in o.lines])
print(asdict(o))
print(sorted(o.lines, key=lambda l: l.total)[0].sku, max(l.unit for l in o.lines))
print(fields(Line)[3].metadata["doc"], [f.name for f in fields(Order)])
try:
    o.add("bad", 0, Money(1))
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1, "USD") + Money(2)
except ValueError as e:
    print("ValueError:", e)
cheaper = replace(o.lines[1].unit, cents=899)
print(cheaper, o.lines[1].unit, cheaper < o.lines[1].unit, Money(5) == Money(5, "EUR"))
print(repr(o.lines[0]))
