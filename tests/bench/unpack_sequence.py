"""unpack_sequence: tight loops of sequence unpacking - 10-element tuple and
list unpacking, swaps, starred unpacking and nested unpacking in for loops."""
import sys


def unpack_tuples(loops):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(loops):
    lst = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        a, b, c, d, e, f, g, h, i, j = lst
        total += b + i
    return total


def swaps(loops):
    x, y, z = 1, 2, 3
    for _ in range(loops):
        x, y = y, x
        y, z = z, y
        x, y, z = z, x, y
        x, y, z = y, z, x
    return x * 100 + y * 10 + z


def starred(loops):
    seq = (1, 2, 3, 4, 5, 6)
    total = 0
    for _ in range(loops):
        first, *middle, last = seq
        head, *tail = seq
        total += first + last + len(middle) + head + len(tail)
    return total


def nested(loops):
    pairs = [((i, i + 1), (i * 2, i * 3)) for i in range(10)]
    total = 0
    for _ in range(loops // 10):
        for (a, b), (c, d) in pairs:
            total += a - b + c - d
    return total


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    print("tuples:", unpack_tuples(loops))
    print("lists:", unpack_lists(loops))
    print("swaps:", swaps(loops))
    print("starred:", starred(loops))
    print("nested:", nested(loops))


main()
