# assigning __name__/__doc__ on classes goes through type's descriptors (typing.re must not replace sys.modules["re"])
class A: pass
A.__name__ = 'B'
print(A.__name__, A, A.__qualname__)
class M(type): pass
class C(metaclass=M): pass
C.__name__ = 'mod.C'
print(C.__name__, C.__qualname__)
import sys, typing, re
print(sys.modules["re"] is re, type(re).__name__, sorted(k for k in sys.modules if k.startswith("typing.")))
class D:
    "original doc"
D.__doc__ = "new doc"
print(D.__doc__, D.__dict__["__doc__"])
class Meta(type):
    @property
    def label(cls):
        return "label of " + cls.__name__
    @label.setter
    def label(cls, v):
        cls._label = v
class E(metaclass=Meta):
    pass
E.label = "set via metaclass property"
print(E.label, E._label)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
