# csv reading and writing: quoted fields with embedded newlines and delimiters, escapes,
# doublequote, strict mode errors, QUOTE_* styles on both sides, dialect objects and errors.
import csv
import io

SALES = '''region,product,units,price,notes
North,"Widget, large",12,3.50,"said ""great"""
South,Gadget,7,12.00,"two
lines"
East,"Gizmo",0,0.99,
West,Thing,3,1e3,  padded
'''

reader = csv.reader(io.StringIO(SALES, newline=""))
header = next(reader)
print("header", header, "line", reader.line_num)
total = 0.0
for row in reader:
    print(reader.line_num, row)
    total += int(row[2]) * float(row[3])
print("total", round(total, 2))
print("dialect", reader.dialect.delimiter, repr(reader.dialect.quotechar), reader.dialect.doublequote,
      reader.dialect.quoting, repr(reader.dialect.lineterminator), reader.dialect.escapechar)

# Semicolons, single quotes, spaces after delimiters, an escape character
text = "name; 'age'; city\n'Smith; J'; 42; 'New\\;York'\nDoe; 7; \\'Quoted\\'\n"
for row in csv.reader(text.splitlines(), delimiter=";", quotechar="'", skipinitialspace=True, escapechar="\\"):
    print(row)

# QUOTE_NONNUMERIC reader turns unquoted fields into floats
for row in csv.reader(['1,"2",3.25,-4e2', '"a",5,,"b"'], quoting=csv.QUOTE_NONNUMERIC):
    print([(type(v).__name__, v) for v in row])
try:
    list(csv.reader(["1,abc"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError", e)

# QUOTE_NONE reading keeps quote characters
print(list(csv.reader(['a,"b",c"d'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a|,b,c'], quoting=csv.QUOTE_NONE, escapechar="|")))

# Non-strict and strict parsing of malformed input
bad = ['a,"b"c,d', '"unterminated']
print(list(csv.reader(bad)))
for lines in (['a,"b"c,d'], ['"open', 'still open'], ['a,b\rc,d']):
    try:
        print(list(csv.reader(lines, strict=True)))
    except csv.Error as e:
        print("csv.Error", e)
print(list(csv.reader(['x\n', '\n', 'y\r\n', ''])))
print(list(csv.reader(['a,"b\r\nc"\r\n'])))

# Writing with every quoting style; writerow returns what write() returned
rows = [["id", "text", "amount", "flag", "nothing"],
        [1, 'He said "hi"', 2.5, True, None],
        [2, "comma, here", -3, False, ""],
        [3, "new\nline", 1e20, "x", "tab\tend"]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    counts = [w.writerow(r) for r in rows]
    print(quoting, counts)
    print(out.getvalue(), end="")
    back = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    print("round trip rows", len(back), back[3])

out = io.StringIO()
w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerows([["a\tb", "c\\d", 'e"f'], ["plain", 1, 2]])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, doublequote=False, escapechar="\\")
w.writerow(['say "x"', "back\\slash", "a,b"])
print(repr(out.getvalue()))
w = csv.writer(io.StringIO())
print(w.writerow([]), w.writerow([""]), w.writerow([None]))


class Collect:
    def __init__(self):
        self.lines = []

    def write(self, s):
        self.lines.append(s)
        return len(self.lines)


c = Collect()
cw = csv.writer(c, lineterminator="|")
print(cw.writerow(["x", 1]), cw.writerow(("y", 2)), cw.writerows([[3], [4, 5]]), c.lines)

for thunk in [
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
    lambda: csv.writer(io.StringIO(), doublequote=False).writerow(['"']),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.writer(object()),
    lambda: csv.reader(),
    lambda: next(csv.reader([b"bytes"])),
    lambda: csv.reader([], delimiter=""),
    lambda: csv.reader([], delimiter=",,"),
    lambda: csv.reader([], delimiter=0),
    lambda: csv.reader([], quotechar=5),
    lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL),
    lambda: csv.reader([], escapechar="ab"),
    lambda: csv.reader([], lineterminator=7),
    lambda: csv.reader([], lineterminator=None),
    lambda: csv.reader([], quoting=9),
    lambda: csv.reader([], quoting="1"),
    lambda: csv.reader([], bogus=1),
    lambda: csv.reader([], "no-such-dialect"),
]:
    try:
        print("ok", thunk())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

old = csv.field_size_limit(10)
print("limit", old, csv.field_size_limit())
try:
    list(csv.reader(["short,this field is too long"]))
except csv.Error as e:
    print("csv.Error", e)
csv.field_size_limit(old)
print(csv.__version__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception), csv.Error.__module__)
