# TypeError messages of calls with * and ** (function names as CPython prints them)
def f(**k): pass
import math, functools
class C:
    def m(self): pass
for call in [lambda: f(**{1:2}), lambda: f(*1), lambda: f(**1), lambda: f(a=1, **{'a':2}), lambda: math.sqrt(**{'x':1, 'y': 2}), lambda: print(sep='', **{'sep': 1}), lambda: f(**{'a':1}, **{'a':2}), lambda: len(**1), lambda: print(**{1:2}), lambda: max(*1), lambda: C().m(*5), lambda: functools.partial(len)(*5), lambda: f(1, *2, 3)]:
    try: call()
    except TypeError as e: print(e)
