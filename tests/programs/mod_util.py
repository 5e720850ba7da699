# Helper module imported by import_multi.py (not a program of its own).
import mod_shapes

VERSION = (1, 2, 3)
calls = []


def slugify(text):
    calls.append("slugify")
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def total_area(shapes):
    calls.append("total_area")
    return sum(s.area() for s in shapes)


def make_square(side):
    return mod_shapes.Rect(side, side)


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


def raise_from_module():
    raise ValueError("raised inside mod_util")
