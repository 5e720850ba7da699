"""pidigits: the first n digits of pi from Gibbons' unbounded spigot
algorithm, using arbitrary-precision integers only. Printed ten digits per
line with a running count."""
import sys


def pi_digits(n):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < n:
        # extract candidate digit floor((3q + r) / t) and check it is stable
        d3 = (q * 3 + r) // t
        d4 = (q * 4 + r) // t
        if d3 == d4:
            digits.append(d3)
            q, r = q * 10, (r - d3 * t) * 10
        else:
            l = 2 * k + 1
            q, r, t = q * k, (q * 2 + r) * l, t * l
            k += 1
    return digits


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    digits = pi_digits(n)
    line = []
    for i, d in enumerate(digits):
        line.append(str(d))
        if (i + 1) % 10 == 0:
            print("%s\t:%d" % ("".join(line), i + 1))
            line = []
    if line:
        print("%s%s\t:%d" % ("".join(line), " " * (10 - len(line)), n))
    total = 0
    for d in digits:
        total += d
    print("digit sum:", total)


main()
