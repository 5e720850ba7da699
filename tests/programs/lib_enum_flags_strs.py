# enum: StrEnum, IntFlag, member methods and class methods.
from enum import Enum, IntFlag, StrEnum, auto

class Method(StrEnum):
    GET = auto()
    POST = auto()
print(Method.GET, Method.POST == "post", Method("get"), list(Method), f"{Method.POST}")

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.X
print(int(m), m & 4, Mode(6), Mode.W in Mode(7), m == 5)

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)
for p in Planet:
    print(p.name, round(p.gravity, 2))
print(Planet.heaviest(), Planet.EARTH.value)

class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower()[:2]:
                return m
        return None
print(Shape("SQUARE"), Shape("circle"))
print(Shape.SQUARE.__class__.__name__, type(Shape).__name__)
