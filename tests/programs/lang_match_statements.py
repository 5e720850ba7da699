# match statements: class patterns (__match_args__, keywords, self-matching builtins), sequence and mapping patterns, guards, or/as patterns, ABC-registered sequences, errors
from dataclasses import dataclass
from collections import deque, OrderedDict, namedtuple
from collections.abc import Sequence, Mapping

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: float

class Sq:
    __match_args__ = ("side",)
    def __init__(self, s):
        self.side = s

def area(shape):
    match shape:
        case Circle(Point(x, y), r) if r > 0:
            return f"circle at ({x},{y}) area {3.14159 * r * r:.2f}"
        case Sq(side=0) | Sq(0):
            return "degenerate square"
        case Sq(s):
            return f"square {s * s}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=xx, y=yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case _:
            return "unknown"

for s in [Circle(Point(1, 2), 2.0), Circle(Point(0, 0), -1), Sq(0), Sq(3), Point(0, 0), Point(4, 4), Point(1, 2), 42]:
    print(area(s))

def describe(obj):
    match obj:
        case []:
            return "empty list"
        case [x]:
            return f"one: {x}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case (a, b, *_, z):
            return f"seq {a},{b}..{z}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={extra}"
        case {"type": t}:
            return f"typed {t}"
        case {}:
            return "some mapping"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case bool(b):
            return f"bool {b}"
        case None:
            return "none"
        case _:
            return f"other {type(obj).__name__}"

items = [[], [5], [1, 2, 3], (7, 8, 9, 10), "abcdef", "ab", {"type": "user", "name": "ann", "age": 3},
         {"type": "x"}, {}, -3, 2.5, True, None, deque([1, 2, 3]), range(4), OrderedDict(a=1),
         b"bytes", bytearray(b"xy"), {1, 2}, (1,), [1]]
for it in items:
    print(repr(it)[:30], "->", describe(it))

class MySeq(Sequence):
    def __getitem__(self, i):
        return [10, 20, 30][i]
    def __len__(self):
        return 3
class Reg:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i
    def __len__(self): return 2
Sequence.register(Reg)
match MySeq():
    case [a, b, c]:
        print("MySeq unpacked", a, b, c)
match Reg():
    case [a, b]:
        print("registered seq", a, b)

P2 = namedtuple("P2", "a b")
match P2(1, 2):
    case P2(a, b=bb):
        print("namedtuple", a, bb)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
for cmd in ["go north", "look", "drop sword now", "quit"]:
    match cmd.split():
        case ["go", direction]:
            print("going", direction)
        case ["look"]:
            print("looking")
        case ["drop", *objs]:
            print("dropping", objs)
        case _:
            print("unknown", cmd)
class BadArgs:
    __match_args__ = ["x"]
for subj, pat in [(Point(1, 2), "Point(1, 2, 3)"), (5, "int(1, 2)"), (BadArgs(), "BadArgs(1)"), (1, "len()")]:
    try:
        exec(f"match subj:\n    case {pat}: pass", {"subj": subj, "Point": Point, "BadArgs": BadArgs})
    except TypeError as e:
        print("TypeError:", e)
class K:
    A = 1
    B = 1
try:
    match {1: 2}:
        case {K.A: _, K.B: _}:
            pass
except ValueError as e:
    print("ValueError:", e)
