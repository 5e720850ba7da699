# Binary record files with struct and io.BytesIO.
import struct, io

RECORD = struct.Struct("<I10sdB")
people = [(1, "alice", 1.72, 34), (2, "bob", 1.85, 41), (3, "charlotte", 1.60, 29)]
buf = io.BytesIO()
buf.write(struct.pack("<4sH", b"PPL0", len(people)))
for pid, name, height, age in people:
    buf.write(RECORD.pack(pid, name.encode(), height, age))
blob = buf.getvalue()
print(len(blob), RECORD.size, blob[:6])
src = io.BytesIO(blob)
magic, n = struct.unpack("<4sH", src.read(6))
print(magic, n)
for _ in range(n):
    pid, raw, height, age = RECORD.unpack(src.read(RECORD.size))
    print(pid, raw.rstrip(b"\0").decode(), height, age)
print(struct.pack(">HHI", 1, 2, 3).hex(" "), struct.pack("@b", -1), struct.pack("<e", 1.5))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack(">Q", b"\xff" * 8)[0])
print(struct.pack("<2h3x?", 1, -1, False), struct.calcsize("<2h3x?"), struct.calcsize("@ci"))
def checksum(data):
    total = 0
    for (word,) in struct.iter_unpack("<H", data + b"\0" * (len(data) % 2)):
        total = (total + word) & 0xFFFF
    return total
print(checksum(blob), checksum(b"abc"))
