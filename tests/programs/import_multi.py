# A helper module that itself imports another helper; errors raised inside modules.
import sys
import mod_util
from mod_util import slugify, Stack, VERSION as V
from mod_shapes import Circle

print("version", V, mod_util.VERSION is V)
for title in ["Hello, World!", "  Python 3.11 -- VM  ", "a_b c"]:
    print(repr(title), "->", slugify(title))
sq = mod_util.make_square(3)
print(sq, mod_util.total_area([sq, Circle(1)]) > 12, mod_util.calls)
s = Stack()
for i in range(3):
    s.push(i * i)
print(len(s), s.pop(), s.pop(), len(s))
s.pop()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    mod_util.raise_from_module()
except ValueError as e:
    print("ValueError:", e)
print(mod_util.mod_shapes is sys.modules["mod_shapes"], mod_util.mod_shapes.created())
try:
    from mod_util import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    mod_util.nothing_here
except AttributeError as e:
    print("AttributeError:", e)
print(type(mod_util).__name__, mod_util.__name__, callable(mod_util.slugify))
