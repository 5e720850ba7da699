# Calls of plain classes inlined into traces (ENTER of __init__ with a new instance, LEAVE giving
# the caller the instance): identity, subclasses sharing __init__, defaults and keywords, exits
# inside __init__, __init__ returning non-None or raising part-way through a hot loop, the class
# changed under a live trace (a __new__ added, __init__ replaced), nested constructions, and
# frames and tracebacks seen from inside an inlined __init__.
import sys


class Vec:
    def __init__(self, x, y, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)


class Vec2(Vec):
    pass


def sums(n):
    acc = Vec(0, 0)
    seen = []
    for i in range(n):
        v = Vec(i, i * 2) if i % 3 else Vec2(i, -i, z=0.5)
        acc = acc + v
        if i % 7 == 0:
            seen.append((type(v).__name__, v.x, v.y, v.z))
    return acc.x, acc.y, acc.z, seen


print(sums(60))


class Branchy:
    def __init__(self, i):
        # a branch that goes one way while the trace is recorded, then the other: an exit
        # inside the inlined __init__ (the base interpreter finishes it, the caller gets the instance)
        if i < 30:
            self.kind = "small"
        else:
            self.kind = "big"
            self.extra = i * i
        self.i = i


def branchy(n):
    out = []
    for i in range(n):
        b = Branchy(i)
        out.append((b.kind, b.i, getattr(b, "extra", None)))
    return out[::9]


print(branchy(50))


class Sometimes:
    def __init__(self, i):
        self.i = i
        if i == 33:
            return i


def sometimes(n):
    out = []
    for i in range(n):
        try:
            out.append(Sometimes(i).i)
        except TypeError as e:
            out.append(str(e))
    return out[30:36]


print(sometimes(40))


class Fails:
    def __init__(self, i):
        self.i = 10 // (i - 25)


def fails(n):
    out = []
    for i in range(n):
        try:
            out.append(Fails(i).i)
        except ZeroDivisionError as e:
            out.append(("caught", str(e), e.__traceback__.tb_next.tb_frame.f_code.co_name))
    return out[23:28]


print(fails(40))


class Changing:
    def __init__(self, i):
        self.i = i


def new_init(self, i):
    self.i = -i


def changing(n):
    out = []
    for i in range(n):
        c = Changing(i)
        out.append((type(c).__name__, c.i if type(c) is Changing else c.x))
        if i == 20:
            Changing.__init__ = new_init
        if i == 30:
            # __new__ gives another class's instance: __init__ is not run
            Changing.__new__ = lambda cls, i: Vec(i, i)
    return out[18:23] + out[29:33]


print(changing(40))


class Outer:
    def __init__(self, i):
        self.inner = Inner(i, self)
        self.name = "outer%d" % i


class Inner:
    def __init__(self, i, parent):
        self.parent = parent
        self.depth = len(frames())


def frames():
    f = sys._getframe(1)
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def nested(n):
    out = []
    for i in range(n):
        o = Outer(i)
        out.append((o.inner.parent is o, o.inner.depth, o.name))
    return out[::11], frames_seen()


def frames_seen():
    seen = []

    class Spy:
        def __init__(self):
            seen.append(frames()[:3])

    for _ in range(15):
        Spy()
    return seen[0], seen[-1]


print(nested(30))


class Counter:
    made = 0

    def __init__(self, *args, **kw):
        Counter.made += 1
        self.args = args
        self.kw = kw


def varargs(n):
    out = []
    for i in range(n):
        c = Counter(i, i + 1, k=i)
        out.append((c.args, sorted(c.kw.items())))
    return out[-2:], Counter.made


print(varargs(25))


def wrong_args(n):
    out = []
    for i in range(n):
        try:
            v = Vec(i) if i == 17 else Vec(i, i)
            out.append(v.x)
        except TypeError as e:
            out.append(str(e))
    return out[15:19]


print(wrong_args(30))


class Deep:
    def __init__(self, i):
        self.v = helper(i)


def helper(i):
    if i == 26:
        raise ValueError("deep %d" % i)
    return i + 1


def deep(n):
    try:
        for i in range(n):
            Deep(i)
    except ValueError:
        import traceback

        tb = traceback.extract_tb(sys.exc_info()[2])
        return [(f.name, f.line) for f in tb]


print(deep(40))
