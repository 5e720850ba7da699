# string formatting every way: %-formatting, str.format with fields/specs, f-strings with
# conversions and nested specs, string.Template, Formatter subclasses
import string
from datetime import datetime

row = {"name": "Widget", "qty": 7, "price": 3.14159, "ratio": 0.4567}
print("%-10s|%5d|%8.2f|%6.1f%%" % (row["name"], row["qty"], row["price"], row["ratio"] * 100))
print("%(name)s costs %(price).3e; %c%c %r %a %o %X %+i" % (row | {}, ) if False else "%(name)s costs %(price).3e" % row)
print("%c%c %r %a %o %X %+i %#x %05.1f %-6s|" % (72, "i", "q'", "é", 8, 255, 5, 255, 2.25, "ab"))
print("{0}-{1}-{0}".format("a", "b"), "{name:>10}|{qty:^5}|{price:<8.3f}|".format(**row))
print("{:,}".format(1234567.891), "{:_b}".format(255), "{:=+8.2f}".format(3.5), "{!r:>8}".format("x"))
print("{0[name]} {0[qty]:03d} {1.real} {1.imag}".format(row, 3 + 4j))
width, prec = 12, 4
print(f"{row['price']:{width}.{prec}f}|{row['name']!r:^{width}}|{row['qty']:#06x}|{row['ratio']:.1%}")
value = 42
print(f"{value=}, {value * 2 = }, {'nested ' + str(value)!s:>20}")
when = datetime(2026, 11, 24, 13, 5, 9)
print(f"{when:%Y-%m-%d %H:%M:%S}", "{:%A %d %B}".format(when), format(when, "%j %U"))
t = string.Template("$who likes ${what}s; $$ is literal")
print(t.substitute(who="Ann", what="apple"), t.safe_substitute(who="Bob"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {:x}", "abc", 3054))
print(list(string.Formatter().parse("a{0:>3}b{name!r}c")))
print(string.capwords("hello   big world"), string.ascii_letters[:5], string.punctuation[:6])
