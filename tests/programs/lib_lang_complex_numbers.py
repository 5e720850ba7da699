# Complex number arithmetic and formatting.

z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w)
print(abs(z), z.real, z.imag, z.conjugate())
print(z ** 2, z == complex(3, 4), -z, +z)
print(complex("1+2j"), complex(2), complex(0, 1) ** 2)
print(1j * 1j, (1 + 1j) ** 0, 2 * z, z / 2)
print(repr(complex(0, 0)), repr(-0j), repr(complex(1.5, -0.0)))
print(f"{z}", str(1j), repr(1e20j), complex(1, 1e-5))
print(hash(complex(5, 0)) == hash(5), complex(5, 0) == 5)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    z < w
except TypeError as e:
    print("TypeError:", e)
pts = [1 + 1j, -2 + 0.5j, 3j, 2]
print(sorted(pts, key=abs))
print(sum(pts), [p.real for p in pts])
def mandel(c, limit=20):
    z = 0
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
for y in range(5):
    print("".join("#" if mandel(complex(x / 10 - 1.5, y / 5 - 0.4)) == 20 else "." for x in range(20)))
print(format(z, ".2f"), format(w, "+.1f"))
