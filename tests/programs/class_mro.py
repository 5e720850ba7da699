# Multiple inheritance: diamond MRO, cooperative super(), mixins.

class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B>" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C>" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def who(self):
        return "D>" + super().who()

    def chain(self):
        return ["D"] + super().chain()


print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print(B().who(), C().chain())

class E(C, B):
    pass

print([k.__name__ for k in E.__mro__], E().who())

# cooperative __init__ with keyword arguments
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            self.log.append(f"leftover {sorted(kw)}")

class Named(Base):
    def __init__(self, name=None, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")

class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")

class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")

p = Person(name="Ann", age=30)
print(p.name, p.age, p.log)
q = Person(name="Bo", age=1, extra=True)
print(q.log)

# mixins
class JsonMixin:
    def to_json(self):
        parts = [f'"{k}": {v!r}' for k, v in self.__dict__.items()]
        return "{" + ", ".join(parts) + "}"

class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    def __hash__(self):
        return hash(tuple(self.__dict__.items()))

class Item(JsonMixin, CompareMixin):
    def __init__(self, sku, qty):
        self.sku = sku
        self.qty = qty

i1, i2, i3 = Item("x1", 2), Item("x1", 2), Item("y9", 1)
print(i1.to_json(), i1 == i2, i1 == i3, len({i1, i2, i3}))
print([k.__name__ for k in Item.__mro__])

# inconsistent MRO is rejected
class X: pass
class Y(X): pass
try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

# method resolution finds the first definition along the MRO
class P1:
    tag = "P1"
class P2:
    tag = "P2"
    extra = "only P2"
class Q(P1, P2):
    pass
print(Q.tag, Q.extra, Q().tag, super(Q, Q()).tag, super(P1, Q()).tag)
print(issubclass(D, A), isinstance(D(), C), D.__bases__ == (B, C))
