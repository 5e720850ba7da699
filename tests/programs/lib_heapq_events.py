# Discrete event simulation driven by a heap of timed events.
import heapq
import itertools

class Sim:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = itertools.count()
        self.log = []
    def schedule(self, delay, name, action):
        heapq.heappush(self.queue, (self.now + delay, next(self.seq), name, action))
    def run(self, until):
        while self.queue and self.queue[0][0] <= until:
            self.now, _, name, action = heapq.heappop(self.queue)
            self.log.append(f"{self.now:>3} {name}")
            action(self)

served = []
def arrival(k):
    def act(sim):
        sim.schedule(3 + k % 2, f"depart{k}", departure(k))
        if k < 5:
            sim.schedule(2, f"arrive{k + 1}", arrival(k + 1))
    return act
def departure(k):
    def act(sim):
        served.append((k, sim.now))
    return act
sim = Sim()
sim.schedule(0, "arrive0", arrival(0))
sim.run(until=11)
print("\n".join(sim.log))
print(served, len(sim.queue), [e[2] for e in sorted(sim.queue)])
