# Dijkstra's shortest paths with a hand-written binary heap, plus BFS and path reconstruction.

class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[small]:
                    small = l
                if r < len(a) and a[r] < a[small]:
                    small = r
                if small == i:
                    break
                a[i], a[small] = a[small], a[i]
                i = small
        return top


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, source))
    done = set()
    while heap:
        d, node = heap.pop()
        if node in done:
            continue
        done.add(node)
        for nbr, w in graph.get(node, []):
            nd = d + w
            if nbr not in dist or nd < dist[nbr]:
                dist[nbr] = nd
                prev[nbr] = node
                heap.push((nd, nbr))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
         ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))

dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    if node in dist:
        print(node, dist[node], "->".join(path_to(prev, node)))
    else:
        print(node, "unreachable")

h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

# grid shortest path with weights
grid = ["1163751742", "1381373672", "2136511328", "3694931569", "7463417111",
        "1319128137", "1359912421", "3125421639", "1293138521", "2311944581"]
R, C = len(grid), len(grid[0])
g2 = {}
for r in range(R):
    for c in range(C):
        g2[(r, c)] = [((r + dr, c + dc), int(grid[r + dr][c + dc]))
                      for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0))
                      if 0 <= r + dr < R and 0 <= c + dc < C]
d2, p2 = dijkstra(g2, (0, 0))
print("grid risk:", d2[(R - 1, C - 1)], "path length:", len(path_to(p2, (R - 1, C - 1))))

def bfs(graph, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nbr, _ in sorted(graph.get(node, [])):
            if nbr not in seen:
                seen.add(nbr)
                queue.append(nbr)
    return order

print("bfs:", bfs(graph, "A"), bfs(graph, "G"))
