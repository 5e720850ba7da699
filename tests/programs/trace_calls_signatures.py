# call forms in hot loops: keyword arguments, defaults, *args/**kwargs, keyword-only, bound
# methods stored in variables, staticmethod/classmethod, functools.partial
import functools

def f(a, b=2, *rest, c=3, **kw):
    return a + b + sum(rest) + c + sum(kw.values())

class K:
    factor = 3
    def m(self, x, y=1):
        return x * y + self.factor
    @staticmethod
    def s(x):
        return -x
    @classmethod
    def c(cls, x):
        return x * cls.factor

k = K()
bound = k.m
p = functools.partial(f, 1, c=10)
total = 0
for i in range(2000):
    total += f(i) + f(i, 1) + f(i, 1, 2, 3) + f(i, c=0) + f(a=i, b=0, z=5)
    total += bound(i) + bound(i, y=2) + K.s(i) + K.c(i) + k.c(1) + p(i) + p(b=i)
    total += f(*(i, 2, 3), **{"c": 1, "q": 2})
print(total)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, c=2, c2=3, **{"c": 4})
except TypeError as e:
    print("TypeError:", e)
def kwonly(*, x, y=5):
    return x - y
print(kwonly(x=1), kwonly(y=0, x=3))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
def posonly(a, /, b):
    return a * b
print(posonly(2, b=4))
try:
    posonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
