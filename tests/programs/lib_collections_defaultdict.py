# Grouping and graphs with defaultdict, plus OrderedDict.
from collections import defaultdict, OrderedDict

people = [("eng", "ann"), ("ops", "bob"), ("eng", "cy"), ("hr", "di"), ("ops", "ed")]
groups = defaultdict(list)
for dept, name in people:
    groups[dept].append(name)
print(sorted(groups.items()))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
def plain(d):
    return {k: plain(v) if isinstance(d[k], defaultdict) else v for k, v in d.items()}
print(plain(t))
dd = defaultdict(lambda: "n/a", {"k": "v"})
print(dd["k"], dd["z"], len(dd), dd.default_factory())
print(defaultdict(set).default_factory, "q" in dd)

od = OrderedDict()
od["b"] = 2; od["a"] = 1; od["c"] = 3
print(list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get(self, k):
        if k in self:
            self.move_to_end(k)
            return self[k]
        return None
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, "one"); cache.put(2, "two"); cache.get(1); cache.put(3, "three")
print(list(cache.items()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
