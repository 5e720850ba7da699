"""chaos: the chaos game on an iterated function system whose maps are
built from cubic B-splines. Each step picks a map at random (seeded), moves
the point to spline(x) + y * normal(x), and plots it into a grid. Prints a
coarse picture of the attractor and a checksum of the grid."""
import sys
import math
import random


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def lerp(self, other, t):
        return Vec(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)


class Spline:
    """Clamped uniform cubic B-spline through control points, evaluated with
    de Boor's algorithm for t in [0, 1]."""

    def __init__(self, points):
        self.points = points
        self.degree = 3
        n = len(points)
        inner = n - self.degree
        knots = [0.0] * self.degree
        for i in range(inner + 1):
            knots.append(i / inner)
        knots.extend([1.0] * self.degree)
        self.knots = knots
        self.segments = inner

    def span(self, t):
        k = self.degree + int(t * self.segments)
        if k > len(self.points) - 1:
            k = len(self.points) - 1
        return k

    def __call__(self, t):
        p = self.degree
        k = self.span(t)
        knots = self.knots
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                lo = knots[j + k - p]
                hi = knots[j + 1 + k - r]
                alpha = (t - lo) / (hi - lo) if hi != lo else 0.0
                d[j] = d[j - 1].lerp(d[j], alpha)
        return d[p]

    def normal(self, t):
        h = 1e-4
        a = self(t - h if t > h else 0.0)
        b = self(t + h if t < 1.0 - h else 1.0)
        tangent = b - a
        length = tangent.length()
        if length == 0.0:
            return Vec(0.0, 0.0)
        return Vec(-tangent.y / length, tangent.x / length)

    def approx_length(self, steps=32):
        total = 0.0
        prev = self(0.0)
        for i in range(1, steps + 1):
            cur = self(i / steps)
            total += (cur - prev).length()
            prev = cur
        return total


def make_splines():
    return [
        Spline([Vec(0.05, 0.10), Vec(0.20, 0.45), Vec(0.35, 0.80), Vec(0.45, 0.95),
                Vec(0.50, 0.90)]),
        Spline([Vec(0.50, 0.90), Vec(0.60, 0.70), Vec(0.70, 0.50), Vec(0.85, 0.30),
                Vec(0.95, 0.10)]),
        Spline([Vec(0.15, 0.45), Vec(0.35, 0.40), Vec(0.50, 0.42), Vec(0.65, 0.45),
                Vec(0.80, 0.40)]),
    ]


class ChaosGame:
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        lengths = [s.approx_length() for s in splines]
        total = sum(lengths)
        acc = 0.0
        self.cumulative = []
        for length in lengths:
            acc += length / total
            self.cumulative.append(acc)
        self.cumulative[-1] = 1.0

    def choose(self):
        r = random.random()
        for i, c in enumerate(self.cumulative):
            if r <= c:
                return i
        return len(self.cumulative) - 1

    def transform(self, point):
        spline = self.splines[self.choose()]
        t = point.x
        if t < 0.0:
            t = 0.0
        elif t > 1.0:
            t = 1.0
        base = spline(t)
        offset = (point.y - 0.5) * self.thickness
        q = base + spline.normal(t) * offset
        return q

    def run(self, iterations, width, height):
        grid = [[0] * width for _ in range(height)]
        point = Vec(0.5, 0.5)
        for _ in range(iterations):
            point = self.transform(point)
            col = int(point.x * (width - 1))
            row = int(point.y * (height - 1))
            if 0 <= col < width and 0 <= row < height:
                grid[row][col] += 1
        return grid


def render(grid, cols, rows):
    height = len(grid)
    width = len(grid[0])
    lines = []
    for r in range(rows - 1, -1, -1):
        line = []
        for c in range(cols):
            total = 0
            for y in range(r * height // rows, (r + 1) * height // rows):
                row = grid[y]
                for x in range(c * width // cols, (c + 1) * width // cols):
                    total += row[x]
            line.append(" " if total == 0 else ("." if total < 10 else "#"))
        lines.append("".join(line).rstrip())
    return lines


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
    random.seed(1234)
    game = ChaosGame(make_splines(), 0.25)
    grid = game.run(iterations, 256, 256)
    checksum = 0
    filled = 0
    for y, row in enumerate(grid):
        for x, v in enumerate(row):
            if v:
                filled += 1
                checksum = (checksum * 31 + v * (x + 1) * (y + 7)) % 1000000007
    for line in render(grid, 48, 20):
        print(line)
    print("filled cells:", filled)
    print("checksum:", checksum)


main()
