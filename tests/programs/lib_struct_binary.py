# binary records with struct and binascii: packing, alignment, unpack_from, iter_unpack,
# checksums, hex dumps, base64
import binascii
import struct

fmt = "<HIf8s?"
recs = [(1, 100000, 1.5, b"alpha", True), (2, 7, -0.25, b"beta", False), (65535, 2**32 - 1, 3.0e10, b"toolongname", True)]
blob = b"".join(struct.pack(fmt, *r) for r in recs)
print(struct.calcsize(fmt), len(blob), blob[:19].hex(" "))
for r in struct.iter_unpack(fmt, blob):
    print(r[0], r[1], r[2], r[3].rstrip(b"\0"), r[4])
print(struct.unpack_from(">I", blob, 2), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.pack("@bi", 1, 2))
buf = bytearray(12)
struct.pack_into("<3i", buf, 0, -1, 0, 1)
print(buf, struct.unpack("<3i", buf), struct.pack(">q", -2), struct.pack("e", 1.5), struct.unpack("<d", struct.pack("<d", 0.1)))
try:
    struct.pack("<h", 70000)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("struct.error:", e)
print(binascii.crc32(blob), binascii.hexlify(b"\x00\xff", "-"), binascii.unhexlify("48656c6c6f"))
print(binascii.b2a_base64(b"hello world"), binascii.a2b_base64("aGVsbG8gd29ybGQ="))
import base64
print(base64.b64encode(blob[:10]), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16decode("4142"))
print(base64.b85encode(b"hello"), base64.a85decode(base64.a85encode(b"xyz")))
