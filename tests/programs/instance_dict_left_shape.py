# An instance dict that left its shape (a deletion) must never pass a cached shape test: the
# base interpreter's attribute forms cache the empty shape of an instance without attributes.
class A:
    def m(self):
        return "class"


a = A()
b = A()
b.x = 1
del b.x
b.m = lambda: "instance"
print([o.m() for o in [a, a, a, a, b, a, b]])


class P:
    pass


def fill(o):
    o.y = 5
    return o


plain = [P() for _ in range(6)]
left = P()
left.z = 0
del left.z
print([fill(o).y for o in plain + [left]], left.__dict__)


def read(o):
    return o.y


print([read(o) for o in plain + [left]])
