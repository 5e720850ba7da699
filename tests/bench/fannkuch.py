"""fannkuch-redux: for every permutation of 0..n-1, repeatedly reverse the
prefix whose length is given by the first element until 0 comes first; report
the maximum number of flips and a signed checksum over all permutations."""
import sys


def fannkuch(n):
    perm_count = [i + 1 for i in range(n)]
    perm = list(range(n))
    max_flips = 0
    checksum = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                # reverse p[0..first]
                i = 0
                j = first
                while i < j:
                    p[i], p[j] = p[j], p[i]
                    i += 1
                    j -= 1
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * sign
        # next permutation (counting-based rotation order)
        sign = -sign
        r = 1
        while True:
            if r == n:
                return checksum, max_flips
            p0 = perm[0]
            for k in range(r):
                perm[k] = perm[k + 1]
            perm[r] = p0
            perm_count[r] -= 1
            if perm_count[r] > 0:
                break
            perm_count[r] = r + 1
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    checksum, flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, flips))


main()
