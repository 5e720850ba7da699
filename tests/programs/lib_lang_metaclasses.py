# Metaclasses: registries, __prepare__, __call__ overrides.

class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", name.lower())
        mcls.classes[cls.tag] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Base(metaclass=Registry):
    pass

class Alpha(Base, tag="a"):
    pass

class Beta(Base):
    pass

print(sorted(Registry.classes), Alpha.tag, Beta.tag, type(Alpha).__name__)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"_order": []}
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcls, name, bases, dict(ns))

class Record(metaclass=Ordered):
    zeta = 1
    alpha = 2
    def method(self):
        pass
print(Record.fields)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **kw):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **kw)
        return cls._inst[cls]

class Config(metaclass=Singleton):
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, b.v)

class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 42
    @property
    def upper(cls):
        return cls.__name__.upper()
class Thing(metaclass=Meta):
    pass
print(repr(Thing), len(Thing), Thing.upper)
Dyn = type("Dyn", (Thing,), {"x": 5, "get": lambda self: self.x * 2})
print(Dyn, Dyn().get(), isinstance(Dyn, Meta), Dyn.__mro__[1].__name__)
