# copy and deepcopy of object graphs: shared references, cycles, custom __copy__/__deepcopy__,
# copy of containers with nested mutables
import copy

class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.parent = None
    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child
    def __repr__(self):
        return f"Node({self.name}, {len(self.children)})"

root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1"))
shared = [1, 2]
root.meta = {"shared1": shared, "shared2": shared}
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow.children is root.children, deep.children is root.children)
print(deep.children[0].parent is deep, deep.meta["shared1"] is deep.meta["shared2"], deep.meta["shared1"] is shared)
deep.children[0].name = "changed"
print(root.children[0].name, deep.children[0].name, deep.children[0].children[0].parent.name)

class Config:
    def __init__(self, values):
        self.values = values
        self.copies = 0
    def __copy__(self):
        c = Config(self.values)
        c.copies = self.copies + 1
        return c
    def __deepcopy__(self, memo):
        c = Config(copy.deepcopy(self.values, memo))
        c.copies = self.copies + 10
        return c
c = Config({"a": [1]})
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.copies, c2.values is c.values, c3.copies, c3.values == c.values, c3.values["a"] is c.values["a"])
cyc = [1, 2]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[2] is dc, dc[:2], repr(dc))
nested = {"t": (1, [2, 3]), "f": frozenset({1}), "s": "str"}
nd = copy.deepcopy(nested)
print(nd == nested, nd["t"] is nested["t"], nd["t"][1] is nested["t"][1], nd["f"] is nested["f"], nd["s"] is nested["s"])
print(copy.copy([1, [2]])[1] is copy.copy([1, [2]])[1], copy.deepcopy(3.5), copy.copy((1, 2)))
