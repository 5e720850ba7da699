# Classes changed under a live trace: a class attribute rebound, a method replaced on the
# class and on a base class, a method added to a subclass (shadowing the base's) and deleted
# again, __bases__ reassigned, a staticmethod/classmethod swapped, a method turned into a
# non-callable attribute (TypeError caught).

class Base:
    rate = 2
    def price(self, n):
        return n * self.rate
    def label(self):
        return "base"

class Mid(Base):
    pass

class Leaf(Mid):
    def total(self, n):
        return self.price(n) + len(self.label())

obj = Leaf()

def show(name, xs):
    print(name, sum(xs), xs[:2], xs[-2:])

# 1. class attribute rebound on the leaf class, then on the base, then deleted from the leaf
out = []
for i in range(200):
    out.append(obj.price(i % 10))
    if i == 40:
        Base.rate = 3
    if i == 80:
        Leaf.rate = 7
    if i == 120:
        Base.rate = 100       # still shadowed by Leaf.rate
    if i == 160:
        del Leaf.rate         # Base.rate (100) shows again
show("rate", out)
print(out[38:44], out[118:124], out[158:164])

# 2. a method replaced on the base class, then a subclass adds its own (shadowing), then deleted
def base_price2(self, n):
    return -n

def leaf_price(self, n):
    return n * 1000

out = []
Base.rate = 1
for i in range(200):
    out.append(obj.total(i % 5))
    if i == 50:
        Base.price = base_price2
    if i == 100:
        Leaf.price = leaf_price
    if i == 130:
        Mid.price = lambda self, n: 7      # shadowed by Leaf.price: no change
    if i == 150:
        del Leaf.price                      # Mid.price now wins
    if i == 175:
        del Mid.price                       # back to Base.price (base_price2)
show("method", out)
print(out[48:54], out[98:104], out[148:154], out[173:179])

# 3. a method looked up through the instance and called via getattr / bound method stored
calls = []
for i in range(120):
    m = obj.label
    calls.append(m())
    if i == 30:
        Mid.label = lambda self: "mid!"
    if i == 60:
        Leaf.label = lambda self: "leaf!!"
    if i == 90:
        del Leaf.label, Mid.label
print("label", [calls[k] for k in (30, 31, 60, 61, 90, 91)], sum(len(c) for c in calls))

# 4. __bases__ reassigned: the inherited method comes from another base
class Other:
    rate = 5
    def price(self, n):
        return n + 0.5
    def label(self):
        return "other"

class Free(Base):
    pass

f = Free()
vals = []
for i in range(140):
    vals.append(f.price(i % 4))
    if i == 50:
        Free.__bases__ = (Other,)
    if i == 100:
        Free.__bases__ = (Base,)
print("bases", sum(vals), vals[48:54], vals[98:104], Free.__mro__[1].__name__)

# 5. staticmethod replaced by classmethod and by a plain attribute
class Tool:
    @staticmethod
    def make(x):
        return x + 1

vals = []
for i in range(150):
    try:
        vals.append(Tool.make(i))
        vals.append(Tool().make(i))
    except TypeError as e:
        vals.append(str(e))
    if i == 40:
        Tool.make = classmethod(lambda cls, x: (cls.__name__, x))
    if i == 80:
        Tool.make = 42
    if i == 110:
        Tool.make = staticmethod(lambda x: x * x)
nums = [v for v in vals if isinstance(v, int)]
print("tool", sum(nums), vals[80:84], vals[160:164], vals[220:224])

# 6. a class attribute read inside an inlined function of another class
class Config:
    debug = False
    level = 1

def weight(n):
    return n * Config.level if not Config.debug else -n

acc = 0
for i in range(160):
    acc += weight(i)
    if i == 40:
        Config.level = 2.5
    if i == 80:
        Config.debug = True
    if i == 120:
        Config.debug = 0
        Config.level = 10**20
print("config", acc)

# 7. setattr / delattr on a class through built-in functions in the loop
class Box:
    size = 1
b = Box()
sz = []
for i in range(100):
    sz.append(b.size)
    if i % 25 == 24:
        setattr(Box, "size", getattr(Box, "size") * 3)
print("setattr", sum(sz), sz[23:27], sz[-2:])
