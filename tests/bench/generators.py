"""generators: pipelines of generators - a chain of filter/map stages built
from generator functions and generator expressions, yield from over a
recursive tree walk, a sliding-window stage and a coroutine-style
accumulator driven with send()."""
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def take_every(source, k):
    i = 0
    for x in source:
        if i % k == 0:
            yield x
        i += 1


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) > size:
            del window[0]
        if len(window) == size:
            yield tuple(window)


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build_tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build_tree(lo, mid), build_tree(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def accumulator():
    total = 0
    count = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
        count += 1
    return count


def run_pipeline(n):
    checksum = 0
    for w in windows(take_every(squares(evens(numbers(n))), 3), 4):
        checksum = (checksum + w[0] * 3 + w[3]) % 1000000007
    gen_total = sum(x * 7 % 13 for x in numbers(n) if x % 3 != 1)
    return checksum, gen_total


def run_tree(n):
    tree = build_tree(0, n)
    acc = accumulator()
    next(acc)
    last = 0
    for v in inorder(tree):
        if v % 5 == 0:
            last = acc.send(v)
    try:
        acc.send(None)
    except StopIteration as stop:
        count = stop.value
    return last, count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    rounds = 4
    results = []
    for _ in range(rounds):
        results.append(run_pipeline(n))
        results.append(run_tree(n // 4))
    for r in results[:2]:
        print(r)
    print("rounds:", len(results) // 2, "all equal:", results[0::2] == [results[0]] * rounds)


main()
