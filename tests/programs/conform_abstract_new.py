import abc
class C(abc.ABC):
    @abc.abstractmethod
    def g(self): pass
    @abc.abstractmethod
    def f(self): pass
try: C()
except TypeError as e: print(e)
class E: pass
E.__abstractmethods__ = frozenset({'x'})
try: E()
except TypeError as e: print(e)
try: object.__new__(E)
except TypeError as e: print(e)
E.__abstractmethods__ = ['a', 1]
try: E()
except TypeError as e: print(e)
E.__abstractmethods__ = ()
print(type(E()).__name__)
class F(C):
    def f(self): return 1
    def g(self): return 2
print(F().f())
import _py_abc
class D(metaclass=_py_abc.ABCMeta):
    @abc.abstractmethod
    def f(self): pass
print(sorted(D.__abstractmethods__))
try:
    D()
except TypeError as e:
    print(e)
