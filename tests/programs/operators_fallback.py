# Operator fallbacks: NotImplemented, __radd__ with sum(), __hash__ = None, += without __iadd__.

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __gt__(self, other):
        return self.cents > other.cents

    __hash__ = None


wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), Money(100) == Money(100), Money(1) < Money(2), Money(3) > Money(2))
try:
    hash(Money(1))
except TypeError as e:
    print("TypeError:", e)

class Immutable:
    """Without __iadd__, += falls back to __add__ and rebinds."""
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Immutable(self.v + o)

i = Immutable(1)
j = i
i += 5
print(i.v, j.v, i is j)
nums = [1, 2]
alias = nums
nums += [3]
print(alias, nums is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
print(1 < 2 < 3 > 2, "a" < "b" <= "b", 1 == 1.0 == True)
