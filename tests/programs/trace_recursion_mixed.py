# recursion reached from hot loops (calls not inlined), mutual recursion and memoised recursion
import functools

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

@functools.lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

total = 0
for i in range(200):
    total += ackermann(2, i % 10)
    total += is_even(i % 37)
print(total)
print([partitions(n, n) for n in range(0, 60, 6)])

def depth(tree):
    if not isinstance(tree, tuple):
        return 0
    return 1 + max(depth(t) for t in tree)

def build(n):
    return n if n == 0 else (build(n - 1), n)

print([depth(build(n)) for n in range(0, 50, 7)])

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(12, "A", "B", "C", [])), hanoi(3, "A", "B", "C", []))
