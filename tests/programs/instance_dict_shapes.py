# Instance __dict__s are stored by shape (keys shared, values in an array) until a key a shape
# cannot hold: everything a dict does must look the same either way.
import copy
import pickle


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a, b = P(1, 2), P(3, 4)
b.z = 5
print(vars(a), vars(b), list(b.__dict__), len(b.__dict__))

# deletion, then the key again: it goes to the end, as in a dict
del b.x
print(vars(b), hasattr(b, "x"))
b.x = 10
print(vars(b), list(b.__dict__.items()))

# a non-string key through __dict__
a.__dict__[1] = "one"
print(vars(a), a.__dict__.get(1), 1 in a.__dict__, "x" in a.__dict__)

# many attributes, and names made at run time
c = P(0, 0)
for i in range(70):
    setattr(c, f"attr{i}", i)
print(len(vars(c)), c.attr0, c.attr69, list(vars(c))[:4], list(vars(c))[-2:])
objs = [P(i, i) for i in range(50)]
for i, o in enumerate(objs):
    setattr(o, f"only{i}", i)
print(sum(getattr(o, f"only{i}") for i, o in enumerate(objs)), list(vars(objs[49])))

# iteration while the dict changes
d = P(1, 2)
try:
    for k in d.__dict__:
        d.new = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in d.__dict__:
        del d.x
except RuntimeError as e:
    print("RuntimeError", e)
print(vars(d))

# views, update, clear, copy, pickle, equality with plain dicts
e = P(5, 6)
keys, values, items = e.__dict__.keys(), e.__dict__.values(), e.__dict__.items()
e.w = 7
print(list(keys), list(values), list(items), reversed(e.__dict__).__next__())
e.__dict__.update({"x": 50, "q": 9})
print(vars(e), e.__dict__ == {"x": 50, "y": 6, "w": 7, "q": 9}, dict(e.__dict__))
f = copy.copy(e)
g = copy.deepcopy(e)
h = pickle.loads(pickle.dumps(e))
print(vars(f), vars(g), vars(h))
e.__dict__.clear()
print(vars(e), hasattr(e, "x"))
e.x = 1
print(vars(e), e.__dict__.pop("x"), vars(e), e.__dict__.setdefault("m", 3), vars(e))
print(e.__dict__.popitem(), vars(e))

# same attributes in another order, and the attribute reads of a loop over both
class Q:
    pass


def mk(order):
    q = Q()
    for n in order:
        setattr(q, n, n.upper())
    return q


qs = [mk("abc"), mk("cba"), mk("ab"), mk("abcd")]
out = []
for _ in range(20):
    for q in qs:
        out.append(q.a + q.b)
        q.b = q.b
print(len(out), out[:4], [list(vars(q)) for q in qs])

# a __dict__ replaced by a plain dict
r = P(1, 2)
r.__dict__ = {"x": 7, "k": 8}
for _ in range(20):
    v = r.x + r.k
print(v, vars(r))
