# Data and non-data descriptors, __set_name__, properties.

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print(f"set_name {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        print("computed", self.fn.__name__)
        return value

class Item:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
    @Lazy
    def label(self):
        "a lazily computed label"
        return f"{self.name} x{self.qty}"
    @property
    def double(self):
        return self.qty * 2
    @double.setter
    def double(self, v):
        self.qty = v // 2

it = Item("bolt", 4)
print(it.name, it.qty, it.double)
print(it.label)
print(it.label)
it.double = 20
print(it.qty)
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
del it.qty
print(hasattr(it, "_qty"))
print(type(Item.__dict__["name"]).__name__, Item.label.__doc__)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        return lambda *a: self.f(obj, cls, *a)

class C:
    @Method
    def show(self, cls, x):
        return (type(self).__name__, cls.__name__, x)
print(C().show(1), C.show(2))
try:
    Item.__dict__["qty"].__get__(it)
except AttributeError as e:
    print("AttributeError")
