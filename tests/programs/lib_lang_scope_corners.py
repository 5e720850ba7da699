# global/nonlocal corners and class scopes.

x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x, read()
print(shadow())

def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = counter_factory()
inc(); inc()
print(inc())
reset()
print(inc())

def outer():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner()
    middle()
    return v
print(outer())

def set_global():
    global new_name
    new_name = "created"
set_global()
print(new_name)

class K:
    y = 5
    z = [y * i for i in range(3)] if False else None
    w = y + 1
    def m(self):
        return x
print(K.w, K().m())

def bad():
    try:
        print(x)
        x = 2
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bad()

def deep():
    a = 1
    class Inner:
        b = a + 1
        def get(self):
            return a
    return Inner.b, Inner().get()
print(deep())

fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])
def gen_scope():
    n = 3
    return list(n * k for k in range(n))
print(gen_scope())
total = 0
for total in range(3):
    pass
print(total)
def mixed():
    global total
    total += 100
    return total
print(mixed(), total)
