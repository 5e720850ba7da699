# __class__ is set by type.__new__ (super() works inside the metaclass's __new__, a custom
# mro() and __init_subclass__), __build_class__ checks the cell, type.mro(), super's arity
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if "make" in ns:
            print("made in __new__:", cls.make())
        return cls


class Base(metaclass=Meta):
    @classmethod
    def make(cls):
        return "base"


class Child(Base):
    @classmethod
    def make(cls):
        return "child+" + super().make()

    def who(self):
        return __class__.__name__


print(Child().who())

seen = None


class MroMeta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()


class A(metaclass=MroMeta):
    def f():
        global seen
        seen = __class__


print(seen is A, A.mro() == [A, object], type.mro(int))


class Hook:
    def __init_subclass__(cls):
        print("init_subclass sees", cls.probe())


class Sub(Hook):
    @classmethod
    def probe(cls):
        return __class__.__name__


class Dropper(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


try:
    class Missing(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError", e.args[0].split(".")[0])

try:
    class Overwrite:
        __classcell__ = 1
except TypeError as e:
    print("TypeError", e)

try:
    super(int, int, int)
except TypeError as e:
    print("TypeError", e)


class BadMro(type):
    def mro(self):
        return [1]


try:
    class C(metaclass=BadMro):
        pass
except TypeError as e:
    print("TypeError", e)
