# Function parameters: defaults, keyword-only, positional-only, *args, **kwargs.

def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset

print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=1, scale=2))
try:
    kwonly(5, 3)
except TypeError as e:
    print("TypeError:", e)

def posonly(a, b, /, c, d=4):
    return (a, b, c, d)

print(posonly(1, 2, 3), posonly(1, 2, c=30), posonly(1, 2, 3, d=40))
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

def varargs(first, *rest, **options):
    return f"first={first} rest={rest} options={options}"

print(varargs(1))
print(varargs(1, 2, 3, x=4, y=5))
print(varargs(*[9, 8], **{"z": 0}))

def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return [a, b, c, args, d, e, kw]

print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4, f=6))
try:
    full(1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nme="x")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)

# mutable default pitfall
def accumulate(x, bucket=[]):
    bucket.append(x)
    return bucket

print(accumulate(1), accumulate(2), accumulate(3, []))

# default evaluated once, at definition time
counter = 10
def show(value=counter):
    return value
counter = 20
print(show(), show(7))

# functions are objects
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)

print(apply(max, 3, 9, 2), apply(sorted, [3, 1, 2], reverse=True), apply(greet, "Eve", punct="."))
print(greet.__name__, full.__defaults__, kwonly.__kwdefaults__, greet.__code__.co_argcount)

def no_return():
    pass

def early(n):
    if n < 0:
        return "negative"
    if n == 0:
        return
    return n * 2

print(no_return(), early(-1), early(0), early(21))

def multi():
    return 1, "two", [3]

a, b, c = multi()
print(a, b, c, multi())
def doc_example():
    """Returns its own docstring."""
    return doc_example.__doc__
print(doc_example())
