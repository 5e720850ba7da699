# N-queens: count solutions with backtracking, print the first board for a few sizes.

def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)

    place(0)
    return solutions


def show(board):
    n = len(board)
    for c in board:
        print(" ".join("Q" if i == c else "." for i in range(n)))


for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions")
    if sols and n in (4, 6):
        show(sols[0])

eight = solve(8)
print("first:", eight[0], "last:", eight[-1])

def canonical(board):
    n = len(board)
    variants = []
    b = board
    for _ in range(4):
        # rotate 90 degrees: new[c] = n - 1 - row where board[row] = c
        rotated = [0] * n
        for r, c in enumerate(b):
            rotated[c] = n - 1 - r
        b = rotated
        variants.append(tuple(b))
        variants.append(tuple(reversed(b)))
    return min(variants)

unique = {canonical(s) for s in eight}
print("unique up to symmetry:", len(unique))

def count_bits(n, row=0, cols=0, d1=0, d2=0):
    if row == n:
        return 1
    total = 0
    free = ~(cols | d1 | d2) & ((1 << n) - 1)
    while free:
        bit = free & -free
        free -= bit
        total += count_bits(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1)
    return total

print("bitmask counts:", [count_bits(n) for n in range(1, 10)])
