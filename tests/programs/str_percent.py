# printf-style % formatting.

print("%d items" % 5)
print("%s is %d years old" % ("Bob", 42))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%g" % (3.14159, 2.71828, 1.5, 12345.678, 0.00001))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%s %r %a" % ("text", "text", "é"))
print("%c%c%c" % (72, 105, 33), "%c" % "z")
print("100%% sure", "%s%%" % 50)
print("%(name)s has %(count)d apples" % {"name": "Ann", "count": 7})
print("%*d|%-*d|" % (6, 1, 6, 2), "%.*f" % (3, 1 / 3))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%d" % True, "%i" % -7)
print("%10s|%-10s|" % ("right", "left"), "%.3s" % "abcdef")
print("%d" % 3.99, "%s" % 3.99, "%r" % 3.99, "%.0f" % 0.5, "%.0f" % 1.5)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)

# a small report using % formatting
data = [("north", 1200.5, 0.12), ("south", 880.0, -0.035), ("east", 15000.25, 0.3), ("west", 0.0, 0.0)]
print("%-8s %10s %8s" % ("region", "sales", "growth"))
for region, sales, growth in data:
    print("%-8s %10.2f %+7.1f%%" % (region, sales, growth * 100))
total = sum(s for _, s, _ in data)
print("%-8s %10.2f" % ("total", total))

def table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print(" | ".join("%-*s" % (w, c) for w, c in zip(widths, r)))

table([("id", "name", "score"), (1, "alice", 93.5), (22, "bob", 7), (333, "carol", 100)])
print("%s" % "%d", "%%d" % (), "%5.1f%%" % 99.44)
print("%o" % -8, "%x" % -255, "%08.3f" % -3.14159, "% d" % 5)
