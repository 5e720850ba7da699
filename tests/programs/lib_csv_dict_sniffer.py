# csv.DictReader / DictWriter round trips, registered dialects (names, classes, keywords),
# Dialect validation through csv.Dialect subclasses, and the Sniffer.
import csv
import io

people = [
    {"name": "Ada Lovelace", "born": 1815, "field": "math, computing", "quote": 'The "Analytical" Engine'},
    {"name": "Grace Hopper", "born": 1906, "field": "compilers", "quote": "It's easier to ask\nforgiveness"},
    {"name": "Alan Turing", "born": 1912, "field": "logic", "quote": ""},
]
buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["name", "born", "field", "quote"])
writer.writeheader()
writer.writerows(people)
text = buf.getvalue()
print(text, end="")

reader = csv.DictReader(io.StringIO(text, newline=""))
print("fields", reader.fieldnames)
for row in reader:
    print(reader.line_num, dict(row))

# short and long rows, restkey/restval, blank lines skipped
data = "a,b,c\n1,2\n\n3,4,5,6,7\n"
for row in csv.DictReader(io.StringIO(data), restkey="extra", restval="?"):
    print(row)
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "zzz": 2})
except ValueError as e:
    print("ValueError", e)
w = csv.DictWriter(io.StringIO(), ["a", "b"], restval="-", extrasaction="ignore")
print(w.writerow({"a": 1, "zzz": 2}))


# registered dialects
class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("pipes", Pipes)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
csv.register_dialect("tabby", "excel-tab", skipinitialspace=True)
print(sorted(csv.list_dialects()))
for name in ["pipes", "semi", "tabby", "excel", "unix"]:
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), d.quoting, repr(d.lineterminator), d.skipinitialspace, d.strict)
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a|b", "it's", 3])
csv.writer(out, "semi").writerow(["x", 1])
csv.writer(out, Pipes, delimiter=",").writerow(["k,v"])
print(repr(out.getvalue()))
print(list(csv.reader(["'a|b'|c"], "pipes")))
csv.unregister_dialect("semi")
print(sorted(csv.list_dialects()))
try:
    csv.unregister_dialect("semi")
except csv.Error as e:
    print("csv.Error", e)
try:
    csv.get_dialect("semi")
except csv.Error as e:
    print("csv.Error", e)
try:
    csv.register_dialect(42)
except TypeError as e:
    print("TypeError", e)

d = csv.get_dialect("excel")
print(csv.get_dialect("excel") is d, isinstance(d, csv._Dialect) if hasattr(csv, "_Dialect") else None)
for obj, attr in [(d, "delimiter"), (d, "strict"), (csv.reader([]), "line_num")]:
    try:
        setattr(obj, attr, ";")
    except AttributeError as e:
        print("AttributeError", e)


class Broken(csv.Dialect):
    delimiter = "::"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


try:
    Broken()
except csv.Error as e:
    print("csv.Error", e)


class NoQuote(csv.excel):
    quotechar = None
    quoting = csv.QUOTE_MINIMAL


try:
    NoQuote()
except csv.Error as e:
    print("csv.Error", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("csv.Error", e)

# Sniffer
sniffer = csv.Sniffer()
samples = [
    "id;name;score\n1;'Ann';3.5\n2;'Bob';4.0\n3;'Cy';2.25\n",
    'a,b,c\n"x, y",2,3\n"z",5,6\n',
    "col1\tcol2\tcol3\n1\t2\t3\n4\t5\t6\n",
    "name:age\nann:3\nbob:4\n",
]
for s in samples:
    dialect = sniffer.sniff(s)
    print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.doublequote, dialect.skipinitialspace,
          "header" if sniffer.has_header(s) else "no header")
    print(list(csv.reader(io.StringIO(s), dialect)))
try:
    sniffer.sniff("")
except csv.Error as e:
    print("csv.Error", e)
print(sniffer.sniff("a b c\nd e f\n", delimiters=" ").delimiter == " ")
