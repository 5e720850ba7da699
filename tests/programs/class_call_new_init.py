# Calling a class: __init__ replaced by its own __new__ (looked up after __new__ returns), an int
# subclass, a __new__ returning another type's object, builtin types called in a loop.
class A:
    def __new__(cls, *a):
        if a and a[0] == "swap":
            A.__init__ = lambda self, *a: print("new init", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
A(1)
A("swap")
A(2)
class B(int):
    pass
print(B(5), type(B(5)).__name__)
class C:
    def __new__(cls):
        return 7
print(C())
for i in range(3):
    print(len(range(i)), list(range(i)))
