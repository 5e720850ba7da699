# Binary operators on two instances of one class inlined into traces (ENTER of the class's
# method with both operands): the result, NotImplemented turned into CPython's TypeError,
# in-place operators with and without an in-place method, subclasses and mixed operands (not
# inlined: the reflected method may run), the method replaced under a live trace, exits and
# exceptions inside the method, and odd signatures.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        if o.x == 13:
            return NotImplemented
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, -k * self.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class W(V):
    def __radd__(self, o):
        return "W.__radd__"


def sums(n):
    acc = V(0, 0)
    dots = 0
    for i in range(n):
        v = V(i, 1)
        acc = acc + v
        acc += v
        dots += v * v
        if i % 9 == 0:
            acc = acc - V(1, 1)
    return acc, dots


print(sums(60))


def not_implemented(n):
    out = []
    for i in range(n):
        try:
            out.append(repr(V(i, i) - V(i, 0)))
        except TypeError as e:
            out.append(str(e))
    return out[11:15]


print(not_implemented(20))


class I:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return I(self.v + o.v)

    def __iadd__(self, o):
        if o.v < 0:
            return NotImplemented
        self.v += o.v * 10
        return self


def inplace(n):
    a = I(0)
    b = V(0, 0)
    for i in range(n):
        a += I(i if i != 17 else -1)
        b += V(i, i)
        b -= V(1, 0)
    return a.v, b


print(inplace(30))


def mixed(n):
    out = []
    for i in range(n):
        v = V(i, i)
        out.append((v * 2, 3 * v, V(1, 1) + W(i, 0), W(i, 0) + V(1, 1)))
    return out[-1]


print(mixed(30))


def replaced(n):
    out = []
    for i in range(n):
        out.append(repr(V(i, 0) + V(0, i)))
        if i == 20:
            V.__add__ = lambda self, o: "replaced %d" % (self.x + o.y)
        if i == 25:
            del V.__add__
            try:
                V(1, 1) + V(2, 2)
            except TypeError as e:
                out.append(str(e))
            V.__add__ = lambda self, o, extra=5: V(self.x + extra, o.y)
    return out[19:23] + out[25:30]


print(replaced(35))


class E:
    def __init__(self, n):
        self.n = n

    def __truediv__(self, o):
        # a branch that changes part-way (an exit inside the inlined method), then an exception
        if self.n > 30:
            return E(self.n / o.n)
        return E(self.n // o.n)

    def __floordiv__(self, o):
        return E(self.n // (o.n - 21))


def exits(n):
    out = []
    for i in range(1, n):
        out.append((E(i) / E(2)).n)
        try:
            out.append((E(i) // E(i)).n)
        except ZeroDivisionError as e:
            out.append(("zero", i, e.__traceback__.tb_next.tb_frame.f_code.co_name))
    return out[38:46], out[-4:]


print(exits(40))


class S:
    def __init__(self, s):
        self.s = s

    def __matmul__(self, *others):
        return S(self.s + "".join(o.s for o in others))

    def __mod__(self, o, sep="|"):
        return self.s + sep + o.s


def signatures(n):
    r = S("")
    out = ""
    for i in range(n):
        r = r @ S(str(i % 10))
        out = S("a") % S(str(i))
    return r.s[-10:], out


print(signatures(25))


class A:
    def __add__(self, o):
        return NotImplemented if o is self else A()


def inplace_not_implemented(n):
    out = []
    for i in range(n):
        b = A()
        try:
            b += b if i % 13 == 12 else A()
            out.append("ok")
        except TypeError as e:
            out.append(str(e))
    return out[10:14]


print(inplace_not_implemented(40))
