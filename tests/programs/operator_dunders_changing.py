# Binary operators of user classes while the classes change under hot loops: __radd__ and __iadd__
# added, __add__ deleted, a subclass's reflected method first, dunders added to a class later.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __repr__(self):
        return "V(%r)" % (self.x,)
class W(V):
    def __radd__(self, o):
        return W(("radd", o.x if isinstance(o, V) else o))
class N:
    pass
out = []
for i in range(40):
    v = V(i)
    try:
        out.append(v + 1)
        out.append(v + W(2))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(1 + v)
    except TypeError as e:
        out.append(str(e))
    if i == 10:
        V.__radd__ = lambda self, o: V(("r", o))
    if i == 20:
        V.__iadd__ = lambda self, o: V(("i", o))
    if i == 30:
        del V.__add__
    w = v
    try:
        w += 5
    except TypeError as e:
        w = str(e)
    out.append(w)
    try:
        out.append(v * 2)
    except TypeError as e:
        out.append(str(e))
    n = N()
    if i == 25:
        N.__sub__ = lambda self, o: "sub"
        N.__rsub__ = lambda self, o: "rsub"
    try:
        out.append((n - 1, 1 - n, n - n))
    except TypeError as e:
        out.append(str(e))
for o in out:
    print(o)
