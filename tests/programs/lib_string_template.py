# string constants, Template and Formatter.
import string

print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, len(string.punctuation), len(string.printable))
t = string.Template("Hello $name, you owe $$${amount}.")
print(t.substitute(name="Ann", amount=12))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("KeyError:", e)
print(string.capwords("hello   wide world"))
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{b}c{d!r:>3}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {:>5}", "abc", "de"))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(table))
print("".join(c for c in "a1!b2?" if c in string.ascii_letters))
