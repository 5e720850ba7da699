# enum in practice: IntEnum comparisons, Flag combinations, auto values, unique, member lookup,
# iteration and pickling-free round trips
from enum import Enum, Flag, IntEnum, IntFlag, auto, unique

@unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()}#{self.value}"

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4

print(list(Color), Color(2), Color["BLUE"], Color.RED.describe(), Color.RED is Color(1))
print(Perm.R | Perm.X, Perm.RW, Perm.W in Perm.RW, bool(Perm.R & Perm.X), list(Perm), ~Perm.R)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MID]), Priority.MID + 1, Priority.HIGH > 7, max(Priority))
print(Mode.A | Mode.C, Mode(7), int(Mode.B | 8), Mode.A ^ Mode.B)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print([(p.name, round(p.gravity, 2)) for p in Planet])
print({c: c.value for c in Color}, Color.GREEN.name, type(Color.GREEN).__name__, len(Color))
