# The base interpreter's specialised forms that run a Python function as a frame of its own
# (spec/fat-ops.yaml, families CALL and BINARY_OP): calls with exactly the arguments a function
# takes, a method found by LOAD_METHOD, a class whose __init__ takes them, and a user class's
# operator method. Each site runs often enough to be specialised, then meets what its guard
# must refuse.
import traceback


def add(a, b):
    return a + b


def last_lines(n=2):
    # the traceback's last lines, without the file's path
    lines = traceback.format_exc().strip().splitlines()
    return [l.split(", ", 1)[-1] if l.lstrip().startswith("File ") else l for l in lines][-n:]


# plain calls; then the function's code replaced under the specialised site
t = 0
for i in range(100):
    t = add(t, i)
    if i == 60:
        add.__code__ = (lambda a, b: a - b).__code__
print(t)

# closures of one `def` share their code, so one site serves them all
def adder(k):
    def f(x):
        return x + k
    return f

fs = [adder(k) for k in range(5)]
print([sum(f(i) for i in range(30)) for f in fs])

# defaults, keywords and *args at a site that saw exact calls
def g(a, b=10, *rest):
    return a + b + len(rest)

r = []
for i in range(80):
    if i < 60:
        r.append(g(i, 1))
    elif i < 70:
        r.append(g(i))
    else:
        r.append(g(i, 2, 3, 4))
print(sum(r), r[-1])
for i in range(50):
    x = g(b=i, a=1)
print(x)


# methods found by LOAD_METHOD, then an instance attribute shadowing one, and a subclass's
class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, k):
        self.n += k
        return self.n


class Loud(Counter):
    def bump(self, k):
        return -super().bump(k)


objs = [Counter(0), Counter(5)]
out = []
for i in range(120):
    c = objs[i % 2]
    out.append(c.bump(1))
    if i == 80:
        objs[1] = Loud(100)
    if i == 100:
        objs[0].bump = lambda k: "shadowed"
print(out[-6:])

# a class's __init__, then replaced; one that returns a value; a wrong argument count
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


ps = []
for i in range(90):
    ps.append(P(i, -i))
    if i == 60:
        P.__init__ = lambda self, x, y: setattr(self, "x", x * 100)
print(ps[59].x, ps[59].y, ps[-1].x, hasattr(ps[-1], "y"))


class Bad:
    def __init__(self, v):
        return v


try:
    for i in range(60):
        Bad(None if i < 50 else i)
except TypeError as e:
    print("TypeError:", e)

try:
    for i in range(60):
        P(1, 2) if i < 50 else P(1)
except TypeError as e:
    print("TypeError:", e)


# errors raised inside a specialised call keep the caller's line in the traceback
def fails(v):
    return 1 // v


def calls_fails(v):
    return fails(v)


try:
    for i in range(60, -1, -1):
        calls_fails(i)
except ZeroDivisionError:
    print(last_lines(5))

# recursion through specialised calls reaches the recursion limit as a RecursionError
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


# operator methods of a user class: with its own class, ints and floats on the right
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __mul__(self, k):
        if k == 99:
            return NotImplemented
        return V(self.x * k)

    def __sub__(self, o):
        raise KeyError("sub")

    def __repr__(self):
        return f"V({self.x})"


a = V(1)
for i in range(200):
    a = a + V(1)
    a = a + 2
    a = a * 1
    a += 1.5
print(a)

# NotImplemented from the method is the operator's TypeError, naming both operands' types
for k in (2, 99, 2.0):
    try:
        for i in range(100):
            b = V(1) * k
        print(b)
    except TypeError as e:
        print("TypeError:", e)
try:
    for i in range(100):
        c = V(1) + (V(2) if i < 90 else "s")
except TypeError as e:
    print("TypeError:", e)


def product():
    return V(1) * 99


try:
    for i in range(60):
        product()
except TypeError:
    # the caret line marks the operator (traceback's anchors, which match ast nodes by
    # __match_args__)
    print(last_lines(3))

try:
    for i in range(60):
        V(1) - V(2)
except KeyError:
    print(last_lines(3))


# a subclass on the right with the reflected method goes first; then the method replaced
class W(V):
    def __radd__(self, o):
        return "radd"


for i in range(60):
    r = V(1) + (V(2) if i < 50 else W(2))
print(r)
for i in range(60):
    r = V(1) + V(2)
    if i == 40:
        V.__add__ = lambda self, o: "patched"
print(r)


# in-place operators: __iadd__ when the class has one, else __add__
class Acc:
    def __init__(self):
        self.items = []

    def __add__(self, o):
        n = Acc()
        n.items = self.items + [o]
        return n


class IAcc(Acc):
    def __iadd__(self, o):
        self.items.append(-o)
        return self


for cls in (Acc, IAcc):
    acc = cls()
    for i in range(70):
        acc += i
    print(cls.__name__, len(acc.items), acc.items[-3:])
