# functools.singledispatch and partialmethod, cached_property.
from functools import singledispatch, partialmethod, cached_property

@singledispatch
def render(obj):
    return f"obj:{obj!r}"
@render.register
def _(obj: int):
    return f"int:{obj}"
@render.register(list)
def _(obj):
    return "[" + ", ".join(render(x) for x in obj) + "]"
@render.register(dict)
def _(obj):
    return "{" + ", ".join(f"{k}={render(v)}" for k, v in obj.items()) + "}"
print(render(5), render("s"), render([1, "a", [2]]), render({"k": [3]}), render(True))

class Light:
    def __init__(self):
        self.state = "off"
    def set(self, state):
        self.state = state
        return self
    on = partialmethod(set, "on")
    off = partialmethod(set, "off")
l = Light()
print(l.on().state, l.off().state)

class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def stats(self):
        print("computing")
        return min(self.xs), max(self.xs), sum(self.xs) / len(self.xs)
d = Data([4, 8, 15, 16, 23, 42])
print(d.stats)
print(d.stats)
del d.stats
print(d.stats[2])
