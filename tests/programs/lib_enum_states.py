# enum: Enum, IntEnum, Flag, auto, unique.
from enum import Enum, IntEnum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print([c.name for c in Color], len(Color), Color.RED.value)
print(Color.RED == 1, isinstance(Color.RED, Color), list(Color.__members__))

class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Priority.MID + 1, Priority.HIGH > Priority.LOW, sorted([Priority.HIGH, Priority.LOW]))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, (rw & Perm.W), Perm.R.value, Perm.X.value)

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    def next(self):
        order = list(State)
        return order[(order.index(self) + 1) % len(order)]
s = State.IDLE
for _ in range(4):
    print(s.name, s.value)
    s = s.next()
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
print({Color.RED: "r"}[Color.RED], f"{Priority.HIGH}", Color.BLUE.name.lower())
