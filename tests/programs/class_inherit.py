# Inheritance, overriding, super(), isinstance/issubclass.

class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    def describe(self):
        return "SQUARE: " + super().describe()


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        Shape.__init__(self, "triangle")
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5


shapes = [Rectangle(3, 4), Square(5), Triangle(3, 4, 5)]
for s in shapes:
    print(s.describe())
print(shapes, sorted(shapes, key=lambda s: s.area()))
print(isinstance(shapes[1], Rectangle), isinstance(shapes[1], Shape), isinstance(shapes[0], Square))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Triangle, (Rectangle, Shape)))
print(Square.__bases__, Square.__mro__)
print(Square.sides, Triangle.sides, Shape.sides)
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def intro(self):
        return f"{self.name} says {self.speak()}"


class Cat(Animal):
    def speak(self):
        return "meow"


class Lion(Cat):
    def speak(self):
        return super().speak().upper() + " (roar)"


for a in (Animal("generic"), Cat("tom"), Lion("leo")):
    print(a.intro(), type(a).__name__, type(a).__bases__[0].__name__)

# overriding class attributes and calling parent explicitly
class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting + " from " + type(self).__name__

class Child(Base):
    greeting = "hi"
    def greet(self):
        return Base.greet(self) + "!"

print(Base().greet(), Child().greet())

# super() in a class with an attribute chain
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)

class TimestampLogger(Logger):
    def __init__(self):
        super().__init__()
        self.t = 0
    def log(self, msg):
        self.t += 1
        super().log(f"[{self.t}] {msg}")

lg = TimestampLogger()
lg.log("start")
lg.log("stop")
print(lg.lines, isinstance(lg, Logger), type(lg) is Logger)
print(issubclass(bool, int), issubclass(int, object), isinstance(True, (str, int)))
