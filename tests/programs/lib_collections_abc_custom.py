# Custom containers built from collections.abc mixins.
from collections.abc import MutableMapping, Sequence, Iterable, Mapping

class CaseInsensitiveDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k.lower()][1]
    def __setitem__(self, k, v):
        self._d[k.lower()] = (k, v)
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._d.values())
    def __len__(self):
        return len(self._d)

h = CaseInsensitiveDict({"Content-Type": "text/html"}, Host="x.org")
print(h["content-type"], h["HOST"], "host" in h, len(h), list(h))
h.setdefault("Accept", "*/*")
print(sorted(h.items()), h.get("missing", 0), h.pop("accept"))

class Range2(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 2
    def __len__(self):
        return self.n
r = Range2(5)
print(list(r), 4 in r, r.index(6), r.count(2), list(reversed(r)))
print(isinstance(r, Iterable), isinstance(h, Mapping), isinstance({}, MutableMapping), isinstance([], Mapping))
