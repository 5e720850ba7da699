# classmethod/staticmethod constructors, class attributes, super chains.

class Temperature:
    scale_names = {"C": "Celsius", "F": "Fahrenheit"}
    instances = 0
    def __init__(self, celsius):
        self._c = celsius
        Temperature.instances += 1
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c >= -273.15
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    def __repr__(self):
        return f"{type(self).__name__}({self._c:.1f})"

class Precise(Temperature):
    def __repr__(self):
        return f"Precise({self._c:.3f})"
print(Temperature.from_f(212), Precise.from_f(100), Temperature(37).f)
print(Temperature.valid(-300), Temperature.instances, Temperature.scale_names["F"])

class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])

class Counter:
    count = 0
    def bump(self):
        self.count += 1
        return self.count
x, y = Counter(), Counter()
x.bump(); x.bump(); y.bump()
print(x.count, y.count, Counter.count)
class Shape:
    def __init__(self, **kw):
        self.extra = kw
class Colored(Shape):
    def __init__(self, color, **kw):
        super().__init__(**kw)
        self.color = color
print(vars(Colored("red", size=3)))
print(Temperature.from_f.__self__ is Temperature, callable(Temperature.valid))
print(type(Temperature.__dict__["valid"]).__name__, type(Temperature.__dict__["from_f"]).__name__)
