# Properties with setters/deleters, staticmethod, classmethod, validation.

class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius   # goes through the setter

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @staticmethod
    def c_to_k(c):
        return c + 273.15

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    def __repr__(self):
        return f"{type(self).__name__}({self._c:.2f})"


t = Temperature(25)
print(t.celsius, t.fahrenheit, t)
t.fahrenheit = 212
print(t.celsius, t)
print(Temperature.c_to_k(0), t.c_to_k(100), Temperature.from_fahrenheit(32))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)

class Kelvin(Temperature):
    pass

print(Kelvin.from_fahrenheit(-40), type(Kelvin.from_fahrenheit(0)).__name__)

class Circle:
    pi = 3.14159

    def __init__(self, r):
        self._r = r
        self.changes = 0

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, r):
        self.changes += 1
        self._r = r

    @radius.deleter
    def radius(self):
        print("  deleting radius")
        del self._r

    @property
    def area(self):
        return round(self.pi * self._r ** 2, 3)


c = Circle(2)
print(c.radius, c.area)
c.radius = 3
c.radius += 1
print(c.radius, c.area, c.changes)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
print(hasattr(c, "_r"))
print(type(Circle.radius).__name__, Circle.radius.fget.__name__, Circle.area.fset)

class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"

    @classmethod
    def reset(cls):
        cls.instances = 0

    @staticmethod
    def describe():
        return "counts instances"


objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.how_many(), objs[0].how_many(), Counter.describe(), objs[1].describe())
Counter.reset()
print(Counter.how_many(), Counter().id)
sm = Counter.__dict__["describe"]
cm = Counter.__dict__["how_many"]
print(type(sm).__name__, type(cm).__name__)
