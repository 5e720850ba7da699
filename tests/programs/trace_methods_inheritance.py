# method calls in hot loops through a class hierarchy (inlined calls, cached methods), with
# classes changed while the loop runs (trace invalidation) and instances shadowing methods
class Shape:
    sides = 0
    def area(self):
        return 0
    def describe(self):
        return f"{type(self).__name__}:{self.area()}"

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Tri(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h // 2

shapes = [Rect(2, 3), Square(4), Tri(6, 5), Rect(1, 9)]
total = 0
log = []
for i in range(4000):
    s = shapes[i % 4]
    total += s.area() + s.sides
    if i == 1000:
        Rect.area = lambda self: self.w + self.h
    if i == 2000:
        Shape.sides = 100
        Tri.sides = 7
    if i == 3000:
        shapes[1].area = lambda: -1
    if i % 997 == 0:
        log.append(s.describe())
print(total)
print(log)
print([s.describe() for s in shapes])
