# struct packing and binascii conversions.
import struct, binascii

rec = struct.pack("<HIf", 7, 123456, 1.5)
print(rec, len(rec), struct.calcsize("<HIf"), struct.calcsize("HIf"))
print(struct.unpack("<HIf", rec))
print(struct.pack(">i", -2), struct.pack("<q", 1), struct.pack("3s", b"abcdef"), struct.pack("?", True))
hdr = struct.Struct(">4sHH")
packed = hdr.pack(b"HPY1", 2, 10)
print(packed, hdr.size, hdr.unpack(packed))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")))
print(struct.unpack_from(">H", b"\x00\x00\x01\x02", 2), struct.pack("<d", 0.1).hex())
try:
    struct.pack("b", 300)
except struct.error as e:
    print("struct.error:", e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("deadbeef"))
print(binascii.b2a_base64(b"hello world"), binascii.a2b_base64(b"aGVsbG8="))
print(binascii.crc32(b"hello"), hex(binascii.crc32(b"")), binascii.hexlify(b"ab", "-"))
