# bytes and bytearray operations.

b = b"Hello, World"
print(b[0], b[:5], b[-5:], len(b))
print(b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.startswith(b"He"))
print(b.hex(), bytes.fromhex("48656c6c6f"))
print(list(b"abc"), bytes([65, 66, 67]), bytes(3))
print(b"abc" + b"def", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz")
print("héllo".encode("utf-8"), b"h\xc3\xa9llo".decode("utf-8"))
print(b"  pad  ".strip(), b"a,b,,c".split(b","), b"-".join([b"a", b"b"]))
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b"??")
print(ba, len(ba))
del ba[-2:]
ba.insert(0, 62)
print(ba, ba.pop(), ba)
ba[1:3] = b"XYZ"
print(ba, bytes(ba))
print(ba.decode(), ba.reverse(), ba)
print(b"%s=%d" % (b"x", 5), b"abc".center(9, b"*"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(4, "big"), (-2).to_bytes(2, "little", signed=True))
print(repr(b"\x00\x7f\x80\n'\""), b"a\tb".expandtabs(4))
print(b"abc" < b"abd", b"" == bytes(), sorted([b"b", b"a", b"ab"]))
print(bytearray(3), bytearray([1, 2]) == b"\x01\x02", hash(b"ab") == hash(b"ab"))
print(b"Title case".title(), b"12".isdigit(), b"ab".isalpha(), b"a1".isalnum())
for i, ch in enumerate(b"hi"):
    print(i, ch, chr(ch))
