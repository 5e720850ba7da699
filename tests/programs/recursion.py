# Recursive functions: factorial, hanoi, permutations, ackermann, flood fill.
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(i) for i in range(10)], fact(60))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

perms = permutations([1, 2, 3, 4])
print(len(perms), perms[:4], perms[-1])
print(["".join(p) for p in permutations(list("abc"))])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]

print(sorted(power_set([1, 2, 3]), key=lambda x: (len(x), x)))

def flood(grid, r, c, ch):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]) or grid[r][c] != ".":
        return 0
    grid[r][c] = ch
    return 1 + flood(grid, r + 1, c, ch) + flood(grid, r - 1, c, ch) + flood(grid, r, c + 1, ch) + flood(grid, r, c - 1, ch)

rows = ["..#.....", ".##..#..", "#...##..", "..#....#"]
grid = [list(row) for row in rows]
print(flood(grid, 0, 0, "a"), flood(grid, 0, 3, "b"), flood(grid, 3, 0, "c"))
for row in grid:
    print("".join(row))

def depth(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max([depth(x) for x in nested], default=0)

print(depth([1, [2, [3, [4]]], []]), depth([]), depth(5))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(301))
print(sys.getrecursionlimit() >= 1000)

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

print(deep(900))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
def binary_search(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binary_search(xs, target, mid + 1, hi)
    return binary_search(xs, target, lo, mid - 1)
xs = list(range(0, 100, 3))
print([binary_search(xs, t, 0, len(xs) - 1) for t in (0, 3, 50, 51, 99, 100)])
