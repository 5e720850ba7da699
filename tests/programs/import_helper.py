# Importing a helper module placed beside the program.
import mod_shapes
import mod_shapes as shapes_again
from mod_shapes import Circle, Rect, describe

print("imported:", mod_shapes.__name__, mod_shapes is shapes_again)
print("unit:", mod_shapes.UNIT)
c = Circle(2)
r = Rect(3, 4)
print(describe(c))
print(describe(r))
print(isinstance(c, mod_shapes.Circle), type(r).__name__, type(r).__module__)
print("created so far:", mod_shapes.created())
shapes = [Circle(1), Rect(2, 5), Circle(0.5)]
print(sorted(shapes, key=lambda s: s.area()))
print("created now:", mod_shapes.created(), mod_shapes._created)
mod_shapes.UNIT = "mm"
print(describe(Rect(1, 1)))
print(hasattr(mod_shapes, "math"), mod_shapes.math.pi == 3.141592653589793)
print(sorted(n for n in dir(mod_shapes) if not n.startswith("__")))
import mod_shapes  # second import is a no-op: no second "loading" line
print("still one module:", mod_shapes is shapes_again)
import sys
print("in sys.modules:", "mod_shapes" in sys.modules, sys.modules["mod_shapes"] is mod_shapes)
