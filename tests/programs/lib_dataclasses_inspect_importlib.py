# dataclasses (defaults, factories, order, frozen, slots, kw_only, InitVar, inheritance, make_dataclass, errors), inspect.signature, importlib.import_module/find_spec
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0
    def norm1(self):
        return abs(self.x) + abs(self.y)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False, repr=False)

@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: InitVar[str] = "s"
    def __post_init__(self, secret):
        Inventory.count += 1
        self.token = secret.upper() + str(len(self.items))

@dataclass(slots=True)
class Slotted:
    a: int
    b: float = 1.5

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3

@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 10

p = Point(3, -4)
print(p, p.norm1(), p == Point(3, -4), p != Point(0, 0), asdict(p), astuple(p))
print(replace(p, y=7), [f.name for f in fields(Point)], Point.__match_args__ if hasattr(Point, "__match_args__") else None)
vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9, label="beta"), Version(1, 2, 1)])
print(vs, Version(1) < Version(1, 0, 1), hash(Version(1, 2)) == hash(Version(1, 2, label="x")))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
inv = Inventory("ann", ["a", "b"], secret="key")
inv2 = Inventory("bob")
print(inv, inv.token, inv2.items is not inv.items, Inventory.count, asdict(inv))
s = Slotted(4)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
print(Options(level=3), Mixed(1, c=9), Derived(), Derived(5, 6))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3))
P3 = dataclasses.make_dataclass("P3", [("x", int), ("y", int, field(default=5))], namespace={"total": lambda self: self.x + self.y})
print(P3(1), P3(1).total(), P3.__name__)
print(Point.__init__.__doc__ is None, repr(fields(Version)[3]).startswith("Field(name='label'"))
import inspect
print(inspect.signature(Point), inspect.signature(Options), inspect.isclass(Point), inspect.isfunction(Point.norm1))
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    return ""
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters["b"].annotation, sig.return_annotation, sig.parameters["c"].kind)
print(sig.bind(1, c=3).arguments, [n for n, _ in inspect.getmembers(Point) if not n.startswith("_")])
import importlib, importlib.util
m = importlib.import_module("json.decoder")
print(m.__name__, importlib.util.find_spec("json") is not None, importlib.util.find_spec("no_such_mod_xyz"))
print(importlib.import_module(".encoder", "json").__name__)
