# print() options: sep, end, file=sys.stderr, flush; sys.stdout.write.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" -- continued", end="!\n")
print()
print("", end="")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, sep=" | ")
print("x", end=" ")
print("y", end=" ")
print("z")
print(*range(5), sep="-", end=".\n")
print("sep None", "end None", sep=None, end=None)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("part1 ")
sys.stdout.write("part2\n")
sys.stderr.write("stderr direct\n")
print("unicode: é 😀 𝄞", "tab\tsep", sep="|")
print(repr("repr shown"), str("str shown"))

class Loud:
    def __str__(self):
        return "LOUD STR"
    def __repr__(self):
        return "loud repr"

print(Loud(), [Loud()], (Loud(),), {"k": Loud()})
print("%s and %r" % (Loud(), Loud()))
lines = ["first", "second", "third"]
for i, line in enumerate(lines, 1):
    print(f"{i:>3}. {line}", end="\n" if i < len(lines) else " [end]\n")
table = [[1, 22, 333], [4444, 5, 66]]
for row in table:
    print(*(f"{v:>5}" for v in row))
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

c = Collector()
print("into", "collector", sep="_", file=c)
print(42, file=c, end="")
print(c.parts)
print(sys.stdout is sys.__stdout__ or True, hasattr(sys.stdout, "write"))
print("last line on stdout")
print("last line on stderr", file=sys.stderr)
