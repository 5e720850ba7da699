# route planning on a weighted graph: Dijkstra with heapq, BFS levels with deque,
# topological sort, connected components
import heapq
from collections import deque, defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4),
         ("D", "F", 11), ("E", "F", 9), ("G", "H", 1)]
graph = defaultdict(dict)
for a, b, w in edges:
    graph[a][b] = w
    graph[b][a] = w

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in sorted(graph[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra("A")
print(sorted(dist.items()), path(prev, "F"), path(prev, "D"))

def bfs_levels(src):
    seen = {src: 0}
    q = deque([src])
    while q:
        u = q.popleft()
        for v in sorted(graph[u]):
            if v not in seen:
                seen[v] = seen[u] + 1
                q.append(v)
    return seen
print(bfs_levels("A"))
comps = []
seen = set()
for n in sorted(graph):
    if n not in seen:
        comp = set(bfs_levels(n))
        seen |= comp
        comps.append(sorted(comp))
print(comps)
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
order = []
state = {}
def visit(n):
    if state.get(n) == 1:
        raise ValueError("cycle")
    if state.get(n) == 2:
        return
    state[n] = 1
    for d in deps[n]:
        visit(d)
    state[n] = 2
    order.append(n)
for n in sorted(deps):
    visit(n)
print(order)
