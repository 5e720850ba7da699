# heapq for running medians and top-k streams.
import heapq

def running_median(stream):
    lo, hi = [], []
    out = []
    for x in stream:
        heapq.heappush(lo, -x)
        heapq.heappush(hi, -heapq.heappop(lo))
        if len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out
print(running_median([5, 15, 1, 3, 8, 7, 9, 10, 20, 2]))

class TopK:
    def __init__(self, k):
        self.k = k
        self.heap = []
    def add(self, score, item):
        entry = (score, item)
        if len(self.heap) < self.k:
            heapq.heappush(self.heap, entry)
        elif entry > self.heap[0]:
            heapq.heapreplace(self.heap, entry)
    def best(self):
        return sorted(self.heap, reverse=True)
t = TopK(3)
for i, w in enumerate("the cat sat on a warm mat while dogs barked loudly".split()):
    t.add(len(w) * 10 + i, w)
print(t.best())

def kmerge(*lists):
    h = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(h)
    out = []
    while h:
        v, i, j = heapq.heappop(h)
        out.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(h, (lists[i][j + 1], i, j + 1))
    return out
print(kmerge([1, 5, 9], [2, 6], [0, 3, 4, 10], []))
print(list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
