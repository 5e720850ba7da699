# Positional calls that leave parameters to their defaults (CALL fills them from the stack and
# f.__defaults__ without binding through an argument array), and the errors around them.
def f(a, b=2, c=3):
    return (a, b, c)

class K:
    def __init__(self, x=1, y=[]):
        self.x, self.y = x, y
    def m(self, p, q="q"):
        return (self.x, p, q)

def g(*, k=1):
    return k

def h(a, /, b=5):
    return a, b

k = K()
out = []
for i in range(5):
    out.append((f(i), f(i, i), f(i, i, i), K().x, K(i).x, K(i, i).y, k.m(i), k.m(i, i), g(), h(i), h(i, i)))
print(out)
for bad in (lambda: f(), lambda: f(1, 2, 3, 4), lambda: k.m(), lambda: h()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
