# Runaway recursion caught as RecursionError; the program continues normally afterwards.
import sys

def runaway(n):
    return runaway(n + 1) + 1

try:
    runaway(0)
except RecursionError as e:
    print("recursion", type(e).__name__)
    print("is RuntimeError:", isinstance(e, RuntimeError))

def count_depth():
    depth = 0
    def dive():
        nonlocal depth
        depth += 1
        dive()
    try:
        dive()
    except RecursionError:
        pass
    return depth

d = count_depth()
print("reached a depth near the limit:", 0.5 * sys.getrecursionlimit() < d <= sys.getrecursionlimit())

class Node:
    def __init__(self):
        self.next = self

    def length(self):
        return 1 + self.next.length()

try:
    Node().length()
except RecursionError as e:
    print("cyclic structure:", type(e).__name__)

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

for attempt in range(3):
    try:
        mutual_a(0)
    except RecursionError:
        print("mutual recursion caught, attempt", attempt)

def safe_depth(n):
    return 0 if n == 0 else 1 + safe_depth(n - 1)

print("still works after errors:", safe_depth(500))
sys.setrecursionlimit(200)
try:
    safe_depth(500)
except RecursionError:
    print("lower limit triggers sooner")
sys.setrecursionlimit(1000)
print("restored:", safe_depth(800))
