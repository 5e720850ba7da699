# io.StringIO and BytesIO as in-memory files.
import io

buf = io.StringIO()
buf.write("line one\n")
print("line two", file=buf)
buf.writelines(["three\n", "four\n"])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), end="")
print(buf.read(4), "|", buf.readlines())
src = io.StringIO("a,1\nb,2\nc,3\n")
rows = [line.strip().split(",") for line in src]
print(rows, sum(int(v) for _, v in rows))
s = io.StringIO("hello")
s.seek(0, 2); s.write(" world"); print(s.getvalue())
s.seek(0); s.truncate(3); print(repr(s.getvalue()))
b = io.BytesIO(b"\x00\x01binary")
print(b.read(2), b.read(), b.getvalue()[:3])
b.write(b"!")
print(b.getvalue(), b.closed)
b.close()
print(b.closed)
try:
    b.read()
except ValueError as e:
    print("ValueError:", e)
with io.StringIO() as f:
    f.write("ctx")
    print(f.getvalue())
