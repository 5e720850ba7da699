# attribute machinery in hot loops: properties (getter/setter), custom descriptors, __getattr__
# fallbacks, __slots__, class attributes shadowed by instance attributes
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.private[1:]} must be >= 0, got {value}")
        setattr(obj, self.private, value)

class Account:
    balance = Positive()
    fee = 1
    def __init__(self, balance):
        self.balance = balance
        self._history = 0
    @property
    def history(self):
        return self._history
    @history.setter
    def history(self, v):
        self._history = v
    def __getattr__(self, name):
        if name.startswith("x_"):
            return len(name)
        raise AttributeError(name)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

acct = Account(100)
errors = 0
extra = 0
for i in range(3000):
    try:
        acct.balance = acct.balance + (5 if i % 4 else -30)
    except ValueError:
        errors += 1
    acct.history += 1
    extra += acct.x_abc + acct.fee
    if i == 1500:
        acct.fee = 3
print(acct.balance, acct.history, errors, extra)
pts = [Point(i, -i) for i in range(100)]
s = 0
for _ in range(30):
    for p in pts:
        p.x, p.y = p.y, p.x + 1
        s += p.x - p.y
print(s, pts[7].x, pts[7].y)
try:
    pts[0].z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    acct.missing
except AttributeError as e:
    print("AttributeError:", e)
print(type(Account.balance).__name__, Account.history.fget.__name__)
