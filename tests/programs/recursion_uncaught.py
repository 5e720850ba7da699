# Uncaught runaway recursion: RecursionError traceback on stderr, exit status 1.

def walk(tree, depth=0):
    # bug: the tree below becomes cyclic, so this never terminates
    total = tree["value"]
    for child in tree["children"]:
        total += walk(child, depth + 1)
    return total


def count_nodes(tree, seen):
    if id(tree) in seen:
        return 0
    seen.add(id(tree))
    return 1 + sum(count_nodes(c, seen) for c in tree["children"])


leaf = {"value": 1, "children": []}
mid = {"value": 5, "children": [leaf]}
root = {"value": 10, "children": [mid, {"value": 2, "children": []}]}
print("acyclic sum:", walk(root))
leaf["children"].append(root)
print("nodes (cycle-safe count):", count_nodes(root, set()))
print("now walking a cyclic tree...")
print(walk(root))
