# Conversions: int/float/str/bool/list/tuple/dict/set constructors, ord/chr, hex/bin/oct.

print(int("42"), int("-17"), int("  7\n"), int("1010", 2), int("ff", 16), int("FF", 16), int("777", 8), int("zz", 36))
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("1_000"), int(3.99), int(-3.99), int(True))
for bad in ["", "3.5", "abc", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)

print(float("1.5"), float("-2"), float("1e3"), float(" .5 "), float("inf"), float("-Infinity"), float("nan"), float(7), float(True))
print(str(42), str(-0.5), str(True), str(None), str([1, "2"]), str({"a": (1,)}), str(""), str(1e100))
print(bool(0), bool(1), bool(""), bool("False"), bool([]), bool([[]]), bool(0.0), bool(None), bool(range(0)))
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1}), list(), list(x for x in [1]))
print(tuple([1, 2]), tuple("hi"), tuple(), tuple({"a": 1, "b": 2}.values()))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2), dict(), dict([(1, 2)]))
print(sorted(set([3, 1, 3, 2])), set(), sorted(set("hello")), sorted(set((1, 1, 2))))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)

print(ord("a"), ord("Z"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(122), chr(48), chr(8364), chr(0x1F40D), repr(chr(0)), repr(chr(127)))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "hello"])
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)

for n in [0, 1, 10, 255, -42, 2 ** 40]:
    print(n, hex(n), bin(n), oct(n), int(hex(n), 16) == n, int(bin(n), 0) == n)

def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)

secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3), caesar("xyz", 30))

# hash consistency (values only where they are deterministic)
print(hash(0), hash(1), hash(-1), hash(12345), hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1)))
print(hash("spam") == hash("sp" + "am"), hash((1, 2)) == hash((1, 2)), hash(1.5) == hash(1.5), hash(3) == hash(3.0))
print(type(hash("x")).__name__, hash(True) == hash(1), hash(False) == 0)
print(int("  -0012  "), float("-0"), str(float("-0")), int(float("1e5")), round(float("2.675"), 2))
print(list(map(int, "1 2 3".split())), [float(s) for s in ("1", "2.50")], "".join(map(str, [1, 2, 3])))
print(bin(5)[2:].zfill(8), hex(255)[2:].upper(), oct(64), int("".join(reversed(bin(6)[2:])), 2))
print(format(10, "b"), format(10, "o"), format(10, "x"), str(0x10), str(0o10), str(0b10))
