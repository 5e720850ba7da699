# Multi-key sorting with operator getters.
from operator import itemgetter, attrgetter, methodcaller, neg

students = [
    {"name": "ann", "grade": "B", "age": 20},
    {"name": "bob", "grade": "A", "age": 22},
    {"name": "cy", "grade": "B", "age": 19},
    {"name": "di", "grade": "A", "age": 21},
]
print([s["name"] for s in sorted(students, key=itemgetter("grade", "age"))])
by_age = sorted(students, key=itemgetter("age"), reverse=True)
print([s["name"] for s in by_age])
class Emp:
    def __init__(self, name, dept, pay):
        self.name, self.dept, self.pay = name, dept, pay
    def __repr__(self):
        return self.name
emps = [Emp("x", "ops", 5), Emp("y", "eng", 9), Emp("z", "eng", 7), Emp("w", "ops", 9)]
s1 = sorted(emps, key=attrgetter("pay"), reverse=True)
s2 = sorted(s1, key=attrgetter("dept"))
print(s1, s2)
print(sorted(["Banana", "apple", "Cherry"], key=methodcaller("lower")))
print(max(emps, key=attrgetter("pay")), min(students, key=itemgetter("age"))["name"])
pairs = [(1, "b"), (2, "a"), (1, "a")]
print(sorted(pairs, key=itemgetter(1, 0)), list(map(itemgetter(0), pairs)), list(map(neg, [1, -2])))
g = itemgetter(slice(1, 3))
print(g("abcdef"), g([1, 2, 3, 4]))
