# //, % and divmod of small and big ints of every sign combination (floor semantics: the
# quotient rounds toward minus infinity, the remainder takes the divisor's sign).
import itertools

vals = [0, 1, -1, 2, -2, 3, -7, 7, 10**20, -10**20, 10**20 + 3, -(10**20 + 3), 2**53, -(2**53),
        2**53 + 1, 12345678901234567890123, -98765432109876543210987]
for a, b in itertools.product(vals, vals):
    row = []
    for f in (lambda a, b: a // b, lambda a, b: a % b, divmod):
        try:
            row.append(f(a, b))
        except ZeroDivisionError as e:
            row.append(str(e))
    print(a, b, row)
