# f-string and %-formatting corners.

x, name, pi = 42, "Ada", 3.14159265
print(f"{x:5d}|{x:<5}|{x:^5}|{x:>05}|{x:+d}|{-x: d}")
print(f"{x:x} {x:X} {x:o} {x:b} {x:#x} {x:#o} {x:#b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3e} {pi:g} {1e-7:g} {pi:%}")
print(f"{1234567.891:,.2f} {1234567:_} {0.5:.0%}")
print(f"{name!r} {name!s} {name:*^9} {name:.2}")
print(f"{x=} {pi=:.1f} {name = }")
print(f"{{literal}} {'nested ' + name} {[1, 2][1]} {x if x > 3 else 0}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"{3.0} {1e16} {1e-5} {0.1 + 0.2} {float('inf')} {-0.0}")
print("%d %5d %-5d| %05d %+d" % (7, 7, 7, 7, 7))
print("%s %r %a" % ("s", "r", "é"))
print("%.2f %10.4f %e %g %G" % (pi, pi, 12345.678, 0.00001234, 1e20))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%%literal %s" % "ok", "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, pi))
print("{0} {1} {0}".format("a", "b"), "{name}-{n:03}".format(name="z", n=7))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"), "{0[1]} {1.real}".format([5, 6], 3j))
print(format(12345, ","), format(0.000123, ".2e"), format("txt", ">6"))
print(f"{True:d} {True} {None!r} {b'x'!r}")
print("%s" % (1,), "%s" % [1, 2], "%d%%" % 50)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
print(f"{'multi':>{width}}", f"{12:{'0'}{4}}")
