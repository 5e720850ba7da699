# Descriptors with __set__ or __delete__ but no __get__: reading the attribute gives the instance
# dict's value (CPython's generic getattr), as networkx's Graph._node relies on.
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["x"] = ("set", value)
class DelOnly:
    def __delete__(self, obj):
        print("delete called")
class C:
    x = SetOnly()
    y = DelOnly()
c = C()
print(C.x.__class__.__name__, c.x.__class__.__name__)
c.x = 5
print(c.x, vars(c))
c.__dict__["y"] = 3
print(c.y)
del c.y
print(c.y)
class Meta(type):
    z = SetOnly()
class D(metaclass=Meta):
    pass
print(type(D.z).__name__)
