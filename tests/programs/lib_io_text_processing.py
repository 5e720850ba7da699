# Line-oriented text processing with io.StringIO as a file.
import io

CSV = """name,dept,salary
ann,eng,120
bob,ops,80
cy,eng,95
di,hr,70
"""
def read_rows(f):
    header = f.readline().strip().split(",")
    for line in f:
        if line.strip():
            yield dict(zip(header, line.strip().split(",")))
rows = list(read_rows(io.StringIO(CSV)))
print(rows[0], len(rows))
out = io.StringIO()
totals = {}
for r in rows:
    totals[r["dept"]] = totals.get(r["dept"], 0) + int(r["salary"])
for dept in sorted(totals):
    out.write(f"{dept:<4}{totals[dept]:>5}\n")
print(out.getvalue(), end="")
print(out.tell(), len(out.getvalue()))
f = io.StringIO("alpha\nbeta\ngamma")
print(f.readlines())
f.seek(6)
print(repr(f.read(4)), f.tell())
w = io.StringIO(newline="")
print("x", "y", sep="|", end="!\n", file=w)
print(repr(w.getvalue()))
b = io.BytesIO()
b.write("naïve\n".encode("utf-8"))
print(b.getvalue(), b.getvalue().decode("utf-8").strip(), b.seek(0), b.readline())
