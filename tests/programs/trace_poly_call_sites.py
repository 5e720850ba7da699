# Call sites whose callee changes from one iteration to the next, in hot loops: methods of four
# classes at one LOAD_METHOD/CALL, plain functions through a variable, keyword calls, class
# calls (__init__ of different classes), bound methods kept in a list, and a callee that raises.
# A trace inlines the callee it recorded; another callee fails its guard before the call has
# done anything, and the side traces recorded from there inline the others.


class A:
    def f(self, i, k=1):
        return i + k


class B:
    def f(self, i, k=2):
        return i - k


class C:
    def f(self, i, k=3):
        return i * k


class D:
    def f(self, i, k=4):
        return (i, k)


def poly_methods(objs, n):
    total = 0
    shapes = []
    for r in range(n):
        for o in objs:
            v = o.f(r)
            if isinstance(v, tuple):
                shapes.append(v[1])
            else:
                total += v
    return total, sum(shapes), len(shapes)


def poly_keywords(objs, n):
    total = 0
    for r in range(n):
        for o in objs:
            v = o.f(r, k=r % 5)
            total += v[0] + v[1] if isinstance(v, tuple) else v
    return total


def inc(x):
    return x + 1


def dbl(x):
    return x * 2


def neg(x):
    return -x


def poly_functions(n):
    fns = [inc, dbl, neg, inc, abs]
    acc = 0
    for i in range(n):
        acc += fns[i % len(fns)](i)
    return acc


class P:
    def __init__(self, v):
        self.v = v


class Q:
    def __init__(self, v):
        self.v = v * 10


class R(P):
    pass


def poly_classes(n):
    kinds = [P, Q, R, P]
    acc = 0
    names = set()
    for i in range(n):
        obj = kinds[i % 4](i)
        acc += obj.v
        names.add(type(obj).__name__)
    return acc, sorted(names)


def poly_bound(n):
    a, b, c = A(), B(), C()
    meths = [a.f, b.f, c.f, (lambda i: i // 2)]
    acc = 0
    for i in range(n):
        acc += meths[i % 4](i)
    return acc


class Boom:
    def f(self, i, k=0):
        if i % 7 == 6:
            raise ValueError("boom at %d" % i)
        return i


def poly_raising(n):
    objs = [A(), Boom(), C()]
    caught = []
    total = 0
    for i in range(n):
        try:
            total += objs[i % 3].f(i)
        except ValueError as e:
            caught.append(str(e))
    return total, len(caught), caught[:3]


def switch_midway(n):
    # the same site sees only A for a long while, then only C, then a mix
    objs = [A()] * n + [C()] * n + [B(), D(), A(), C()] * (n // 4)
    out = []
    acc = 0
    for o in objs:
        v = o.f(3)
        if isinstance(v, tuple):
            out.append(v)
        else:
            acc += v
    return acc, len(out)


print(poly_methods([A(), B(), C(), D()], 300))
print(poly_methods([A(), A(), B(), A()], 300))
print(poly_keywords([A(), B(), C(), D()], 200))
print(poly_functions(3000))
print(poly_classes(2000))
print(poly_bound(2000))
print(poly_raising(700))
print(switch_midway(400))
