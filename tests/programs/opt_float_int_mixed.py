# Arithmetic and comparisons of a float with an int (either order): the base interpreter and
# traces take the float operator on the int made a double; edge values (signed zeros, inf,
# nan, a big int, division by zero) must come out as CPython has them.
import math
vals = [3, -7, 0, 2**53 + 1, 1.5, -0.0, 0.0, float('inf'), float('nan'), 2.5e300]
ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
    ("**", lambda a, b: a ** b), ("<", lambda a, b: a < b), ("==", lambda a, b: a == b),
    (">=", lambda a, b: a >= b), ("!=", lambda a, b: a != b),
    ("<<", lambda a, b: a << b), ("&", lambda a, b: a & b), ("@", lambda a, b: a @ b),
]
for _ in range(3):
    out = []
    for a in vals:
        for b in vals:
            for name, f in ops:
                if name in ("**", "<<") and type(a) is int and type(b) is int: continue
                try:
                    r = f(a, b)
                    out.append(f"{a!r} {name} {b!r} = {r!r}")
                except Exception as e:
                    out.append(f"{a!r} {name} {b!r} -> {type(e).__name__}: {e}")
print("\n".join(out))
s = 0.0
for i in range(2000):
    s += 1.0 / (i + 1)
    s -= i * 0.5
    s = s % 1000 if i % 7 else s // 3
    x = i / 2.0
    x **= 2
    if x > 10 and i < 3.5:
        print("never")
print(s, x)
# in-place operators, including ones float lacks
for a, b in ((2.5, 3), (4, 0.5), (1.5, 0)):
    for name in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", "|=", "@="):
        x = a
        try:
            exec(f"x {name} b")
            r = x
            for _ in range(3):
                y = a
                if name == "+=": y += b
                elif name == "-=": y -= b
                elif name == "*=": y *= b
                elif name == "/=": y /= b
                elif name == "//=": y //= b
                elif name == "%=": y %= b
                elif name == "**=": y **= b
                elif name == "<<=": y <<= b
                elif name == "|=": y |= b
                else: y @= b
            print(a, name, b, "=", repr(y))
        except Exception as e:
            print(a, name, b, "->", type(e).__name__, e)
