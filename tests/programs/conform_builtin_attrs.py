# type.__module__ of static types, getset descriptors' __name__/__qualname__/__objclass__, pickling Ellipsis
import pickle
print(int.__module__, type.__module__, object.__module__)
print(type.__dict__['__dict__'].__name__, type.__dict__['__dict__'].__qualname__, type.__dict__['__dict__'].__objclass__)
print(pickle.loads(pickle.dumps(...)), (...).__reduce__())
import collections.abc
print(collections.abc.Callable.__module__)
