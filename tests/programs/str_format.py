# f-strings and format specs.

x = 3.14159265
n = 1234567
b = 37
name = "Ada"
print(f"[{x:>10.3f}]", f"[{x:<10.2f}]", f"[{x:^10.1f}]", f"[{x:10}]", f"[{x:.0f}]")
print(f"{n:,}", f"{n:_}", f"{-n:,}", f"{n:,.2f}", f"{1234.5:,}", f"{0:,}")
print(f"{b:08b}", f"{b:b}", f"{b:o}", f"{b:x}", f"{b:X}", f"{b:#06x}", f"{b:#b}", f"{255:#o}")
print(f"{b:5d}|{b:<5d}|{b:^5d}|{b:05d}|{-b:05d}|{b:+d}|{-b:+d}|{b: d}")
print(f"{name!r}", f"{name:>6}", f"{name:*<6}", f"{name:.2}", f"{name!s:^7}|")
print(f"{0.5:%}", f"{0.256:.1%}", f"{1e-7:e}", f"{12345.678:.3e}", f"{12345.678:E}")
print(f"{1.5:g}", f"{1e20:g}", f"{0.0001:g}", f"{123456789.0:g}", f"{0.1 + 0.2:.17g}")
print(f"{x=}", f"{n + 1 = }", f"{name.upper()=}")
width, prec = 12, 4
print(f"[{x:{width}.{prec}f}]", f"[{name:>{width}}]")
print(f"{{literal}} {n}", f"{'nested'!r:>10}")
print(f"{3 + 4}", f"{[1, 2][0]}", f"{ {'k': 5}['k'] }", f"{'yes' if n > 5 else 'no'}")
print(f"{-0.0:.1f}", f"{float('inf'):>6}", f"{float('nan'):f}", f"{2.5:.0f}", f"{3.5:.0f}")
print(format(42), format(42, "x"), format(3.5, ".2f"), format("s", ">3"), format(True), format(None))
print(f"{True}", f"{True:d}", f"{None}", f"{[1, 'a']}", f"{(1, 2)!s}")
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{0:.2f} {0:.4f} {1:>5}".format(2 / 3, "ab"))
print("{a}-{b}".format(a=1, b=[2]), "{0[1]}".format(["x", "y"]), "{p[k]}".format(p={"k": "v"}))
print("{:,d}".format(10 ** 12), "{:e}".format(0.0), "{!r}".format("q"))

rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 150, 10.0)]
print(f"{'item':<10}{'qty':>5}{'price':>9}{'total':>10}")
for item, qty, price in rows:
    print(f"{item:<10}{qty:>5}{price:>9.2f}{qty * price:>10.2f}")
print(f"{'':-<34}")
print(f"{'sum':<10}{sum(q for _, q, _ in rows):>5}{'':>9}{sum(q * p for _, q, p in rows):>10.2f}")

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"
    def __str__(self):
        return "Temp"
    def __repr__(self):
        return "Temp(%r)" % self.c

t = Temp(21.5)
print(f"{t} {t:F} {t!s} {t!r}", format(t, "F"), "{:F}".format(t))
