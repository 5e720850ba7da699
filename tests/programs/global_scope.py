# global statement, module-level state, name resolution order, builtins shadowing.

counter = 0
config = {"debug": False}

def bump():
    global counter
    counter += 1
    return counter

def toggle():
    config["debug"] = not config["debug"]   # mutation needs no global

for _ in range(3):
    bump()
toggle()
print(counter, config)

def make_global():
    global created_later
    created_later = "I exist now"

make_global()
print(created_later)

x = "global x"
def read_only():
    return x

def shadow():
    x = "local x"
    return x

print(read_only(), shadow(), x)

def uses_len():
    return len([1, 2, 3])

def len(obj):  # shadows the builtin at module level
    return "shadowed"

print(uses_len())
del len
print(uses_len())

def unbound():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

unbound()
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)

class Scope:
    x = "class x"
    def method(self):
        return x        # class scope is not enclosing
    y = [x for _ in range(1)]  # the comprehension skips the class scope: global x

print(Scope().method(), Scope.x, Scope.y)

def nested_global():
    def inner():
        global counter
        counter = 100
    inner()
    return counter

print(nested_global(), counter)
names = sorted(n for n in dir() if not n.startswith("_"))
print(names)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
total = 0
for i in range(5):
    total += i
print(i, total)
if True:
    block_var = "visible"
print(block_var)
try:
    del never_defined
except NameError as e:
    print("NameError:", e)
