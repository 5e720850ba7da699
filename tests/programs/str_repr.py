# repr() of strings: quote selection and escapes.

samples = [
    "plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
    "\r\x0b\x0c", "\x00\x01\x1f", "\x7f", "é", "\u00a0", "\u2028", "😀", "x",
    "", "'", '"', "\\", "\a\b",
]
for s in samples:
    print(repr(s), len(s))

print(str("quote'd"), repr(["a'b", 'c"d', "e"]), repr(("x",)), repr({"k'": "v\n"}))
print([repr(c) for c in "a'\"\\\n"])
print(repr(repr("x")), repr(str(5)), repr("abc")[1:-1])

def show(obj):
    return f"{obj!r} -> {obj!s}"

print(show("line\n"), show(42), show([1, "two"]), show(None))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

print(repr(Point(1, "y")), [Point(0, 0), Point("a", 'b"c')])
print(str(Point(2, 3)), f"{Point(4, 5)}")

class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Named:" + self.name

    def __repr__(self):
        return "Named(%r)" % self.name

n = Named("q'z")
print(n, str(n), repr(n), [n], (n,), {n.name: n})
print("%s / %r" % (n, n), "{} / {!r}".format(n, n))

# escape sequences in literals
print("\x41\102\u0043\U00000044", "\N{BULLET}", r"raw\n\t", len(r"\n"))
print("multi" "part" "concat", """triple
quoted""", '''single
triple''')
print(repr("""a
b"""), repr("tab:\t, bell:\a"))
