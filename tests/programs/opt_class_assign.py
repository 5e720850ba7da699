# __class__ assigned on an instance under a live trace: the same object changes type between
# iterations (method lookups, attribute defaults, operators, isinstance and type() tests all
# change), also inside an inlined function, and a list of objects whose classes rotate.

class Cat:
    sound = "meow"
    legs = 4
    def speak(self, n):
        return self.sound * n
    def __len__(self):
        return 1
    def __add__(self, other):
        return ("cat+", other)

class Dog:
    sound = "woof"
    legs = 4
    def speak(self, n):
        return self.sound.upper() + str(n)
    def __len__(self):
        return 2
    def __add__(self, other):
        return ("dog+", other)

class Bird(Cat):
    legs = 2
    def speak(self, n):
        return "tweet" + super().speak(1)

pet = Cat()
said = []
legs = 0
sizes = 0
adds = []
for i in range(200):
    said.append(pet.speak(i % 3))
    legs += pet.legs
    sizes += len(pet)
    adds.append((pet + i)[0])
    if i == 50:
        pet.__class__ = Dog
    elif i == 100:
        pet.__class__ = Bird
    elif i == 150:
        pet.__class__ = Cat
print(said[49:53], said[99:103], said[149:153])
print(legs, sizes, [adds[k] for k in (50, 51, 101, 151)])

# the class switches inside a called function; a type() test in the loop body
def describe(o):
    if type(o) is Dog:
        return "D" + o.speak(0)
    if isinstance(o, Cat):
        return "C" + o.speak(1)
    return "?"

def flip(o):
    o.__class__ = Cat if type(o) is Dog else Dog

x = Dog()
desc = []
for i in range(150):
    desc.append(describe(x))
    if i % 37 == 36:
        flip(x)
print(len(desc), desc[35:39], desc[72:76], "".join(d[0] for d in desc))

# objects of a list get their classes rotated between passes of a hot loop
class P:
    def val(self):
        return 1
class Q:
    def val(self):
        return 10
class R:
    def val(self):
        return 100

objs = [P() for _ in range(60)]
kinds = [P, Q, R]
totals = []
for rnd in range(6):
    t = 0
    for k, o in enumerate(objs):
        t += o.val()
        if k % 7 == 3:
            o.__class__ = kinds[(kinds.index(type(o)) + 1) % 3]
    totals.append(t)
print("rotate", totals)

# an instance attribute set before the switch is kept; a class attribute is not
class Left:
    side = "L"
    def where(self):
        return self.side + self.tag
class Right:
    side = "R"
    def where(self):
        return self.tag + self.side

o = Left()
o.tag = "t"
ws = []
for i in range(120):
    ws.append(o.where())
    if i == 40:
        o.__class__ = Right
    if i == 80:
        o.side = "own"
        o.__class__ = Left
print(ws[39:43], ws[79:83], ws[-1])
