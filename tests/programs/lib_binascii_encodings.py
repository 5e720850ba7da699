# binascii and base64-style conversions, crc checks.
import binascii

msgs = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]
for m in msgs:
    enc = binascii.b2a_base64(m, newline=False)
    assert binascii.a2b_base64(enc) == m
    print(m, enc, binascii.hexlify(m))
print(binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
crc = 0
for chunk in (b"The quick ", b"brown fox ", b"jumps over the lazy dog"):
    crc = binascii.crc32(chunk, crc)
print(crc, hex(crc))
print(binascii.crc_hqx(b"123456789", 0xFFFF))
print(binascii.unhexlify(b"48656C6C6F"), binascii.a2b_hex("00ff"), binascii.b2a_hex(b"\x10\x20", b":", 1))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(bytes.fromhex("de ad be ef").hex(), bytearray(b"\x01\x02").hex())
