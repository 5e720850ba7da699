# heapq: priority scheduling, merge, nsmallest.
import heapq

tasks = [(3, "write"), (1, "plan"), (4, "test"), (2, "code"), (5, "ship")]
heap = []
for t in tasks:
    heapq.heappush(heap, t)
print([heapq.heappop(heap)[1] for _ in range(len(heap))])
nums = [9, 2, 7, 4, 8, 1, 6]
heapq.heapify(nums)
print(nums[0], heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)],
     "d": [("e", 6)], "e": [], "f": [("e", 9)]}
print(dijkstra(g, "a"))
