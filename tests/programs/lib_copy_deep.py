# copy.copy vs copy.deepcopy.
import copy

orig = {"a": [1, 2], "b": {"c": [3]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"].append(4)
print(shallow, deep)
lst = [[0] * 2] * 2
d2 = copy.deepcopy(lst)
d2[0][0] = 5
print(d2, d2[0] is d2[1])
class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None
root = Node(1)
child = Node(2); child.parent = root; root.children.append(child)
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone is not root, clone.children[0].val)
class Tracked:
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        print("custom copy")
        return Tracked(self.x)
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Tracked(copy.deepcopy(self.x, memo))
t = Tracked([1])
print(copy.copy(t).x is t.x, copy.deepcopy(t).x is t.x)
tup = (1, [2])
print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup, copy.deepcopy((1, 2)) is not None)
