# Attribute loads and stores at one site of a trace that meet instances of many classes: a
# base-class method inlined into a loop over objects of its subclasses (each with its own
# attributes, so its own dict layout), a store that adds an attribute, a subclass whose
# attribute is a property (a data descriptor), one with __slots__, one with __getattr__, and a
# class changed while the loop runs.


class Base:
    def __init__(self, k):
        self.k = k
        self.hits = 0

    def bump(self, d):
        self.hits = self.hits + d
        return self.k * 10 + self.hits


class A(Base):
    def __init__(self, k):
        self.a = "a"
        super().__init__(k)


class B(Base):
    def __init__(self, k):
        super().__init__(k)
        self.b1 = 1
        self.b2 = 2


class C(Base):
    pass


class D(Base):
    def __init__(self, k):
        self.d = [k]
        super().__init__(k + 100)


class E(Base):
    def __init__(self, k):
        super().__init__(k)
        self.e = None


class Prop(Base):
    @property
    def hits(self):
        return self._h * 2

    @hits.setter
    def hits(self, v):
        self._h = v // 2 if v > 1 else v


class Slotted:
    __slots__ = ("k", "hits")

    def __init__(self, k):
        self.k = k
        self.hits = 0

    bump = Base.bump


class Fallback(Base):
    def __getattr__(self, name):
        return 7


def run(objs, n):
    total = 0
    for i in range(n):
        o = objs[i % len(objs)]
        total += o.bump(i % 3)
        if i == n // 2:
            # a change to the base class while the trace runs: every cache's version goes stale
            Base.extra = 1
    return total


objs = [A(1), B(2), C(3), D(4), E(5)]
print(run(objs, 3000), [o.hits for o in objs])
more = objs + [Prop(6), Slotted(7), Fallback(8)]
print(run(more, 4000), [o.hits for o in more])
print(sorted(vars(objs[0]).items()), sorted(vars(more[5]).items()))


def adders(objs, n):
    # a store that adds a new attribute to instances of several classes, at one site
    for i in range(n):
        o = objs[i % len(objs)]
        o.__dict__.pop("late", None)
        o.late = i
        o.later = o.late + 1
    return [(type(o).__name__, o.late, o.later, list(vars(o))[-2:]) for o in objs]


print(adders([A(1), B(2), C(3), D(4), E(5), Fallback(9)], 2500))


def missing(objs, n):
    # loads that find the attribute on some classes' instances and not on others'
    found = 0
    for i in range(n):
        o = objs[i % len(objs)]
        try:
            found += o.b1
        except AttributeError:
            found -= 1
    return found


print(missing([A(1), B(2), C(3), Fallback(4), B(5)], 3000))
