# a discrete-event simulation: heapq priority queue of events, dataclass-free records,
# random with a seed (CPython's Mersenne Twister), statistics of waiting times
import heapq
import random
import statistics

random.seed(2024)
events = []
seq = 0
def schedule(t, kind, who):
    global seq
    heapq.heappush(events, (t, seq, kind, who))
    seq += 1

for c in range(20):
    schedule(round(random.expovariate(1 / 3), 3), "arrive", c)
busy_until = 0.0
waits = []
log = []
while events:
    t, _, kind, who = heapq.heappop(events)
    if kind == "arrive":
        start = max(t, busy_until)
        waits.append(round(start - t, 3))
        busy_until = start + round(random.uniform(1, 4), 3)
        schedule(busy_until, "leave", who)
    else:
        log.append((who, round(t, 3)))
print(len(log), log[:5])
print(round(statistics.mean(waits), 4), round(statistics.median(waits), 4), round(statistics.pstdev(waits), 4))
print(max(waits), min(waits), sorted(waits)[-3:])
print([random.randint(1, 6) for _ in range(10)], random.choice("abcdef"), random.sample(range(100), 5))
deck = list(range(10))
random.shuffle(deck)
print(deck, round(random.gauss(0, 1), 6), round(random.random(), 8))
print(heapq.nsmallest(3, waits), heapq.nlargest(2, log, key=lambda e: e[1]))
