# ord() of a one-byte bytes or bytearray, as urllib3 and others iterate bytes with it.
print(ord(b"a"), ord(bytearray(b"\xff")))
for x in [b"", b"ab", bytearray()]:
    try: ord(x)
    except TypeError as e: print(e)
