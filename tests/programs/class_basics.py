# Classes: instance vs class attributes, bound methods, __repr__/__str__.

class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def describe(self):
        return f"{self.name} ({self.age}) knows {', '.join(self.tricks) or 'nothing'}"

    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"

    def __str__(self):
        return f"{self.name} the dog"


rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
rex.add_trick("sit").add_trick("roll")
print(rex.describe(), "|", fido.describe())
print(rex, repr(rex), [rex, fido], str(fido), f"{fido}", f"{fido!r}")
print(Dog.count, rex.count, rex.species, Dog.species)

rex.species = "wolf?"           # instance attribute shadows class attribute
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
Dog.species = "dog"
print(rex.species, fido.species)

# bound and unbound methods
m = rex.describe
print(m(), Dog.describe(fido), m.__self__ is rex, m.__func__ is Dog.describe)
print(m == rex.describe, type(m).__name__, type(Dog.describe).__name__)
methods = [d.describe for d in (rex, fido)]
print([f() for f in methods])

# attributes added dynamically
fido.owner = "Sam"
print(fido.owner, hasattr(rex, "owner"), getattr(rex, "owner", "nobody"))
setattr(rex, "owner", "Lee")
print(rex.owner, sorted(vars(rex)), rex.__dict__["age"])
delattr(rex, "owner")
print(hasattr(rex, "owner"))
try:
    rex.missing
except AttributeError as e:
    print("AttributeError:", e)

# class without __repr__ still has defaults
class Plain:
    pass

p = Plain()
print(type(p).__name__, type(p) is Plain, isinstance(p, object), Plain.__name__, repr(p).startswith("<__main__.Plain object at"))
print(p == p, p != Plain(), bool(p))

# mutable class attribute shared by instances
class Registry:
    items = []

    def add(self, x):
        self.items.append(x)

r1, r2 = Registry(), Registry()
r1.add(1)
r2.add(2)
print(Registry.items, r1.items is r2.items)

class Counter:
    def __init__(self):
        self.n = 0
    def tick(self):
        self.n += 1
        return self.n

c = Counter()
tick = c.tick
for _ in range(4):
    tick()
print(c.n, Counter.tick(c), c.n)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, "describe" in Dog.__dict__, Dog.__doc__)
