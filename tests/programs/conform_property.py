# property as CPython 3.11's descrobject.c: __set_name__, error messages naming the property and
# the owner's qualname, docstrings from the getter (also in subclasses), classmethod(property)
class Outer:
    class C:
        @property
        def ro(self):
            "read only"
            return 1

        wo = property(None, lambda self, v: None)
        anon = property()


c = Outer.C()
for action in (lambda: setattr(c, "ro", 2), lambda: delattr(c, "ro"), lambda: c.wo, lambda: c.anon):
    try:
        action()
    except AttributeError as e:
        print(e)
p = property()
for action in (lambda: p.__get__(c), lambda: p.__set__(c, 1), lambda: p.__delete__(c)):
    try:
        action()
    except AttributeError as e:
        print(e)
try:
    p.__set_name__(1)
except TypeError as e:
    print(e)
print(Outer.C.ro.__doc__, Outer.C.__dict__["anon"].__doc__)


class PropertySub(property):
    """a subclass"""


class PropertySubSlots(property):
    """slots"""
    __slots__ = ()


class Foo:
    @PropertySub
    def spam(self):
        """spam doc"""
        return 1

    @spam.setter
    def spam(self, v):
        pass

    @PropertySub
    def eggs(self):
        """eggs doc"""
        return 2

    @eggs.getter
    def eggs(self):
        """new eggs doc"""
        return 3


print(Foo.spam.__doc__, Foo.eggs.__doc__, Foo().eggs)
try:
    class Bad:
        @PropertySubSlots
        def spam(self):
            """doc"""
except AttributeError as e:
    print("AttributeError", e)


class A:
    """First"""

    @classmethod
    @property
    def __doc__(cls):
        return "doc of %s" % cls.__name__

    @classmethod
    @property
    def name(cls):
        return cls.__name__


print(A.__doc__, A.name, A().name)


class Abstract:
    import abc

    @property
    @abc.abstractmethod
    def x(self):
        pass


print(Abstract.__dict__["x"].__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)

try: (1).real = 2
except AttributeError as e: print(e)
try: (1).foo = 2
except AttributeError as e: print(e)
try: [].append = 2
except AttributeError as e: print(e)

