# sys.exit(0) from deep inside nested calls: status 0, later code skipped, finally blocks run.
import sys

def search(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                report(r, c)

def report(r, c):
    print(f"found target at row {r}, column {c}")
    try:
        print("stopping the search early")
        sys.exit(0)
    finally:
        print("cleanup in report()")

grid = [[(r * 7 + c * 3) % 10 for c in range(6)] for r in range(5)]
for row in grid:
    print(" ".join(map(str, row)))
try:
    search(grid, 9)
except SystemExit as e:
    print("SystemExit passing through main, code =", e.code)
    raise
print("never printed")
