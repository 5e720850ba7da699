# collections in practice: Counter arithmetic, OrderedDict LRU, deque rotations, ChainMap
# scopes, defaultdict trees, namedtuple defaults
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

a = Counter("abracadabra")
b = Counter("alakazam")
print(a + b, a - b, a & b, a | b, sep="\n")
print(a.most_common(2), sorted(a.elements())[:6], a.total(), +Counter({"x": -1, "y": 2}))

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def get(self, k):
        if k not in self:
            return None
        self.move_to_end(k)
        return self[k]
    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
lru = LRU(3)
for k in "abcabdeb":
    if lru.get(k) is None:
        lru.put(k, k.upper())
print(list(lru.items()))

d = deque(range(10), maxlen=7)
d.rotate(3)
d.appendleft(-1)
d.extend([100, 101])
print(d, d.maxlen, d.count(5), d.index(100))
print(list(reversed(d))[:3], d.popleft(), d.pop())

defaults = {"color": "red", "size": "M"}
env = {"size": "L"}
cli = {"verbose": True}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["size"], cm["verbose"], len(cm), sorted(cm))
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], child.maps[0])

tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
def plain(x):
    return {k: plain(v) for k, v in x.items()} if isinstance(x, dict) else x
print(plain(t))
P = namedtuple("P", "x y z", defaults=[0])
p = P(1, 2)
print(p, p._fields, P._field_defaults, p._replace(z=5), P._make([7, 8, 9]))
