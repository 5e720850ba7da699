# Attributes added to new instances inside hot loops (the trace's store cache appends a key by
# the dict shape's transition): orders that differ, a conditional attribute, a deleted one,
# a class whose __setattr__ is replaced under the loop, many attributes, vars() and __dict__.
class P:
    def __init__(self, x, y, extra):
        self.x = x
        if extra:
            self.e = extra
        self.y = y

class Q:
    def __init__(self, i):
        if i % 3 == 0:
            self.b = i
            self.a = -i
        else:
            self.a = i
            self.b = -i

class R:
    pass

out = []
for i in range(60):
    p = P(i, i * 2, i % 4 == 1)
    q = Q(i)
    r = R()
    for k in range(i % 5 + (50 if i == 40 else 0)):
        setattr(r, "k%d" % k, k)
    r.last = i
    if i == 30:
        del p.x
        p.x = "again"
    if i == 45:
        def loud(self, name, value):
            object.__setattr__(self, name, ("set", value))
        P.__setattr__ = loud
    if i % 7 == 0 or i == 45 or i == 46:
        out.append((vars(p), q.__dict__, len(vars(r)), list(vars(r))[-1]))
for o in out:
    print(o)
