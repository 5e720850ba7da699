# Sliding windows and queues with collections.deque.
from collections import deque

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), d.index(7))
d.remove(7); d.reverse(); print(d)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window) / len(window))
print(window.maxlen)

def moving_max(seq, k):
    q = deque()
    out = []
    for i, v in enumerate(seq):
        while q and seq[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(seq[q[0]])
    return out
print(moving_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

def bfs(graph, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
g = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
print(bfs(g, "a"))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") == deque(["a", "b", "c"]), deque(range(3)) + deque([9]))
