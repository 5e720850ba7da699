# __init_subclass__, __class_getitem__, class decorators.

class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)

class Csv(Plugin, name="csv"):
    pass
class JsonLike(Plugin):
    pass
class Sub(Csv):
    pass
print(Plugin.plugins, Sub.plugin_name)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[Box])

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({args})"
    cls.__repr__ = __repr__
    return cls

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco

REG = {}

@register(REG)
@add_repr
class Person:
    fields = ("name", "age")
    def __init__(self, name, age):
        self.name = name
        self.age = age

print(Person("Ann", 31), list(REG))

def singleton(cls):
    return cls()

@singleton
class settings:
    debug = True
    level = 3
print(settings.debug, type(settings).__name__)

print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
