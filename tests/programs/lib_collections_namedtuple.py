# namedtuple records.
from collections import namedtuple

Point = namedtuple("Point", "x y")
Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=[50000])
p = Point(3, 4)
print(p, p.x, p[1], p._fields, len(p))
x, y = p
print(x + y, p._asdict())
print(p._replace(y=10), Point._make([7, 8]))
emps = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 95000)]
for e in sorted(emps, key=lambda e: e.salary):
    print(f"{e.name:5} {e.dept} {e.salary}")
print(Employee._field_defaults)
print(p == (3, 4), isinstance(p, tuple), hash(p) == hash((3, 4)))
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Vec(1, 2) + Vec(2, 2), Vec(3, 4).norm)
R = namedtuple("R", "a def", rename=True)
print(R._fields)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
