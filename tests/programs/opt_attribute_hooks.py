# Attribute-access hooks installed under a live trace: __getattribute__ added to a class (it
# takes over every instance lookup, methods and dict hits included) and removed; __setattr__
# and __delattr__ added (stores and deletes go through them); a metaclass property added that
# wins over the class's own attribute; a metaclass __getattr__ for missing class attributes;
# __getattr__ on a module (PEP 562) installed mid-loop.
import sys

class Obj:
    def __init__(self):
        self.a = 1
    def get(self):
        return self.a

o = Obj()

# 1. __getattribute__ added, then removed (instance dict hits and method lookups both change)
res = []
for i in range(150):
    res.append((o.a, o.get()))
    if i == 50:
        def ga(self, name):
            v = object.__getattribute__(self, name)
            return v * 10 if isinstance(v, int) else v
        Obj.__getattribute__ = ga
    if i == 100:
        del Obj.__getattribute__
print("getattribute", [res[k] for k in (50, 51, 100, 101)], sum(a + b for a, b in res))

# 2. __setattr__ / __delattr__ added: stores in the loop go through them
class Rec:
    pass
r = Rec()
log = []
for i in range(120):
    r.x = i
    if hasattr(r, "y"):
        del r.y
    r.y = -i
    log.append((r.__dict__.get("x"), r.__dict__.get("y")))
    if i == 40:
        def sa(self, name, value):
            object.__setattr__(self, name, value * 2 if name == "x" else value)
        Rec.__setattr__ = sa
    if i == 80:
        def da(self, name):
            object.__delattr__(self, name)
            object.__setattr__(self, "deleted", getattr(self, "deleted", 0) + 1)
        Rec.__delattr__ = da
        del Rec.__setattr__
print("setattr", [log[k] for k in (40, 41, 80, 81)], r.__dict__)

# 3. a metaclass property added mid-loop: it wins over the class's own attribute
class Meta(type):
    pass

class Conf(metaclass=Meta):
    level = 1

vals = []
for i in range(120):
    vals.append(Conf.level)
    if i == 40:
        Meta.level = property(lambda cls: 99)
    if i == 80:
        del Meta.level
        Conf.level = 5
print("metaprop", sum(vals), vals[39:43], vals[79:83])

# 4. a metaclass __getattr__ answers for missing class attributes; added then removed
class Meta2(type):
    pass

class Lazy(metaclass=Meta2):
    pass

got = []
for i in range(120):
    try:
        got.append(Lazy.missing)
    except AttributeError as e:
        got.append(str(e))
    if i == 40:
        Meta2.__getattr__ = lambda cls, name: name.upper()
    if i == 80:
        del Meta2.__getattr__
print("metagetattr", got[40:42], got[80:82], got.count("MISSING"))

# 5. a module __getattr__ (PEP 562) installed mid-loop on the main module
me = sys.modules[__name__]
found = []
for i in range(100):
    try:
        found.append(getattr(me, "dyn_value"))
    except AttributeError as e:
        found.append(str(e))
    if i == 30:
        def __getattr__(name):
            return f"<{name}>"
    if i == 60:
        del __getattr__
print("modgetattr", found[30:32], found[60:62], found.count("<dyn_value>"))

# 6. a class whose __getattribute__ counts lookups, replaced by one that redirects a method
class Counted:
    def __init__(self):
        self.n = 0
    def step(self):
        return 1

c = Counted()
calls = 0
for i in range(150):
    calls += c.step()
    if i == 50:
        Counted.__getattribute__ = lambda self, name: (lambda: 5) if name == "step" else object.__getattribute__(self, name)
    if i == 100:
        Counted.__getattribute__ = object.__getattribute__
print("redirect", calls)
