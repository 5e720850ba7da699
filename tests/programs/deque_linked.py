# A doubly linked deque: pushes and pops at both ends, used as a BFS queue and a sliding window.

class DNode:
    def __init__(self, v):
        self.v = v
        self.prev = self.next = None

class Deque:
    def __init__(self):
        self.head = self.tail = None
        self.n = 0
    def push(self, v, left=False):
        node = DNode(v)
        if not self.head:
            self.head = self.tail = node
        elif left:
            node.next, self.head.prev, self.head = self.head, node, node
        else:
            node.prev, self.tail.next, self.tail = self.tail, node, node
        self.n += 1
    def pop(self, left=False):
        if not self.head:
            raise IndexError("pop from an empty deque")
        node = self.head if left else self.tail
        if self.head is self.tail:
            self.head = self.tail = None
        elif left:
            self.head, self.head.prev = node.next, None
        else:
            self.tail, self.tail.next = node.prev, None
        self.n -= 1
        return node.v
    def items(self):
        out, cur = [], self.head
        while cur:
            out.append(cur.v)
            cur = cur.next
        return out

    def __len__(self):
        return self.n


d = Deque()
for i in range(5):
    d.push(i, left=i % 2 == 1)
print(d.items(), d.n, d.pop(), d.pop(left=True), d.items())
while d.n:
    d.pop()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)


# breadth-first search over an implicit graph using the deque as a queue
def bfs_steps(start, goal):
    seen = {start}
    q = Deque()
    q.push((start, 0))
    while len(q):
        value, steps = q.pop(left=True)
        if value == goal:
            return steps
        for nxt in (value * 2, value - 1, value + 3):
            if 0 <= nxt <= 200 and nxt not in seen:
                seen.add(nxt)
                q.push((nxt, steps + 1))
    return -1

print([bfs_steps(1, g) for g in (1, 2, 10, 37, 100, 199)])

# sliding-window maximum with a monotonic deque of indices
def window_max(xs, k):
    dq, out = Deque(), []
    for i, x in enumerate(xs):
        while len(dq) and xs[dq.tail.v] <= x:
            dq.pop()
        dq.push(i)
        if dq.head.v <= i - k:
            dq.pop(left=True)
        if i >= k - 1:
            out.append(xs[dq.head.v])
    return out

print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3), window_max([9, 8, 7, 6], 2), window_max([4], 1))
