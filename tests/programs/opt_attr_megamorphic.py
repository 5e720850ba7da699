# One attribute-load site that sees many classes (more than the inline cache refills for), and
# classes whose attribute lookup is not the plain instance-dict path: a property, __slots__, a
# __getattr__ fallback, a builtin subclass, __getattribute__ added to a class mid-loop, and an
# attribute removed from one instance mid-loop. Every read must give what CPython gives.

classes = []
for k in range(12):
    classes.append(type(f"C{k}", (), {"shared": k * 100}))

objs = []
for k, cls in enumerate(classes):
    o = cls()
    o.v = k
    objs.append(o)


class Prop:
    def __init__(self):
        self.__dict__["v"] = "shadowed"

    @property
    def v(self):
        return "property"


class Slotted:
    __slots__ = ("v",)

    def __init__(self):
        self.v = "slot"


class Fallback:
    def __getattr__(self, name):
        return "fallback:" + name


class IntSub(int):
    pass


isub = IntSub(7)
isub.v = "on an int subclass"

class Late:
    def __init__(self):
        self.v = "late"


objs += [Prop(), Slotted(), Fallback(), isub, Late()]

total = 0
seen = []
for i in range(600):
    o = objs[i % len(objs)]
    v = o.v
    if isinstance(v, int):
        total += v
    elif i < len(objs) * 2:
        seen.append(v)
    if i == 300:
        def getattribute(self, name):
            if name == "v":
                return 1000
            return object.__getattribute__(self, name)
        Late.__getattribute__ = getattribute
    if i == 400:
        del objs[3].v            # class C3 has no 'v': AttributeError from now on
        objs[3] = classes[4]()   # a fresh instance without 'v' either
        objs[3].v = 33
print(total)
print(seen)

# a hot loop reading attributes through a site that then fails with AttributeError
class P:
    pass

ps = [P() for _ in range(5)]
for k, p in enumerate(ps):
    p.a = k
del ps[4].a
acc = 0
try:
    for i in range(100):
        acc += ps[i % 5 if i > 50 else i % 4].a
except AttributeError as e:
    print("AttributeError:", e, "after", acc)
