# memoryview.cast to typed formats: items, slices, assignment checks, equality, re charsets that need cast("I")
import struct
b = bytearray(struct.pack("<6I", 1, 2, 3, 4000000000, 5, 6))
m = memoryview(b).cast("I")
print(m.format, m.itemsize, m.nbytes, len(m), m.shape, m.strides, m.tolist())
print(m[3], m[-1], m[1:4].tolist(), m[::2].tolist(), list(m[::-1]))
m[0] = 4294967295
print(b[:4], m.tolist()[:2])
for bad in (-1, 2**32, 1.5, "x"):
    try:
        m[1] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
h = memoryview(bytes(range(16))).cast("h")
print(h.tolist(), h.format)
d = memoryview(struct.pack("<3d", 1.5, -2.25, 1e300)).cast("d")
print(d.tolist(), d[1], d == memoryview(struct.pack("<3d", 1.5, -2.25, 1e300)).cast("d"))
q = memoryview(struct.pack("<2q", -2**63, 2**62)).cast("q")
print(q.tolist())
try:
    h.cast("i")
except TypeError as e:
    print("TypeError", e)
try:
    memoryview(b"abc").cast("i")
except TypeError as e:
    print("TypeError", e)
try:
    hash(memoryview(b"abcd").cast("i"))
except ValueError as e:
    print("ValueError", e)
print(memoryview(b"abcd").cast("i").cast("B").tolist())
print(memoryview(b"ab").cast("c").tolist(), memoryview(b"\x00\x01").cast("?").tolist())
print(m == [4294967295, 2, 3, 4000000000, 5, 6], m.tobytes() == bytes(b), m.hex())
import re
print(re.compile(r"[\u0100-\u0200\u1000-\u2000a-z]+").findall("abc\u0150\u1500 xyz"))
