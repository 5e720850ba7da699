# Interval lookups and rank queries with bisect.
from bisect import bisect_left, bisect_right, insort

class Timeline:
    def __init__(self):
        self.times = []
        self.events = []
    def add(self, t, ev):
        i = bisect_right(self.times, t)
        self.times.insert(i, t)
        self.events.insert(i, ev)
    def at_or_before(self, t):
        i = bisect_right(self.times, t)
        return self.events[i - 1] if i else None
    def between(self, a, b):
        return self.events[bisect_left(self.times, a):bisect_right(self.times, b)]
tl = Timeline()
for t, e in [(5, "boot"), (1, "power"), (9, "login"), (5, "net"), (12, "logout")]:
    tl.add(t, e)
print(tl.times, tl.events)
print(tl.at_or_before(0), tl.at_or_before(5), tl.at_or_before(11), tl.between(2, 9))
tax = [(0, 0.0), (10000, 0.1), (40000, 0.2), (90000, 0.35)]
bounds = [b for b, _ in tax]
def rate(income):
    return tax[bisect_right(bounds, income) - 1][1]
print([rate(x) for x in (500, 10000, 39999, 40000, 250000)])
scores = []
for s in [50, 20, 80, 20, 90, 60]:
    insort(scores, s)
print(scores, [bisect_left(scores, s) / len(scores) for s in (20, 60, 95)])
def lis_length(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
print(lis_length([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]))
