# del on names, items, slices, attributes, globals.

counter = 5
def drop_global():
    global counter
    del counter
drop_global()
print("counter" in globals())

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)

class Obj:
    cls_attr = 1
o = Obj()
o.x = 1
o.y = 2
del o.x
print(vars(o))
del Obj.cls_attr
print(hasattr(o, "cls_attr"))
try:
    del o.nope
except AttributeError:
    print("AttributeError on del")

x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

def local_del():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())

a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "b" in dir())

class Item:
    def __init__(self):
        self.data = {}
    def __delitem__(self, key):
        print("delitem", key)
    def __delattr__(self, name):
        print("delattr", name)
it = Item()
del it[1:2], it["k"]
del it.anything

def closure_del():
    v = "val"
    def inner():
        return v
    r = inner()
    del v
    try:
        inner()
    except NameError as e:
        return r, "NameError: " + str(e)
print(closure_del())
for i in range(3):
    pass
del i
print("i" in globals())
