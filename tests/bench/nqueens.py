"""nqueens: count all placements of n non-attacking queens on an n x n board
by backtracking over columns with sets of occupied diagonals, and list the
first solution found (as a check)."""
import sys


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = [0] * n
    solutions = []
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            if not solutions:
                solutions.append(tuple(placement))
            return
        for c in range(n):
            a = row + c
            b = row - c + n
            if cols[c] or diag1[a] or diag2[b]:
                continue
            cols[c] = diag1[a] = diag2[b] = True
            placement[row] = c
            place(row + 1)
            cols[c] = diag1[a] = diag2[b] = False

    place(0)
    return count, solutions[0] if solutions else None


def permutations_count(n):
    # a second, generator-based formulation: permutations of columns whose
    # diagonals are all distinct
    def perms(items):
        if len(items) <= 1:
            yield list(items)
            return
        for i in range(len(items)):
            rest = items[:i] + items[i + 1:]
            for p in perms(rest):
                yield [items[i]] + p

    total = 0
    for p in perms(list(range(n))):
        if len(set(p[i] + i for i in range(n))) == n and \
                len(set(p[i] - i for i in range(n))) == n:
            total += 1
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    count, first = solve(n)
    print("%d-queens: %d solutions, first %s" % (n, count, list(first) if first else None))
    m = n - 4 if n > 4 else n
    print("%d-queens by permutations: %d" % (m, permutations_count(m)))


main()
