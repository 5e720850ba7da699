# int.to_bytes / int.from_bytes / getrandbits on big values (linear-time paths) match CPython
import random
random.seed(12345)
x = random.getrandbits(8 * 200000)
print(x % 1000000007, x.bit_length())
b = x.to_bytes(200000, "little")
print(len(b), b[:8].hex(), b[-8:].hex())
print(int.from_bytes(b, "little") == x, int.from_bytes(b, "big") % 1000000007)
print((-5).to_bytes(3, "big", signed=True).hex(), int.from_bytes(b"\xff\xfb", "big", signed=True))
print((0).to_bytes(0, "big"), int.from_bytes(b"", "little"), (255).to_bytes(1, "little"))
for f in (lambda: (256).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (-1).to_bytes(1, "big"), lambda: int.from_bytes(b"\x01", "middle"), lambda: (1).to_bytes(1, "middle")):
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(len(random.randbytes(100000)), random.randbytes(4).hex())
