# Calling plain classes (object's __new__, a Python __init__) from hot loops: defaults, *args, keyword
# arguments, a subclass, __init__ returning non-None, an abstract class, missing arguments.
class A:
    def __init__(self, x, y=2, *rest, k=None, **kw):
        self.v = (x, y, rest, k, sorted(kw.items()))
class B(A):
    pass
class R:
    def __init__(self):
        return 5
import abc
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    def __init__(self):
        pass
def make(n):
    out = []
    for i in range(n):
        out.append(A(i).v)
        out.append(B(i, 3, 4, 5, k=1, z=2).v)
        try:
            R()
        except TypeError as e:
            out.append(str(e))
        try:
            Abs()
        except TypeError as e:
            out.append(str(e))
        try:
            A()
        except TypeError as e:
            out.append(str(e))
    return out
r = make(40)
print(len(r), r[:5], r[-5:])
