# Helper module imported by import_helper.py (not a program of its own).
import math

print("mod_shapes: loading")

UNIT = "cm"
_created = 0


def _bump():
    global _created
    _created += 1


class Circle:
    def __init__(self, r):
        self.r = r
        _bump()

    def area(self):
        return math.pi * self.r ** 2

    def __repr__(self):
        return f"Circle(r={self.r})"


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        _bump()

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}x{self.h})"


def created():
    return _created


def describe(shape):
    return f"{shape!r} area={shape.area():.2f}{UNIT}^2"


if __name__ == "__main__":
    print("mod_shapes run directly")
