# A discrete-event queue simulation with a deterministic pseudo-random generator.

class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2 ** 31)

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


class Event:
    def __init__(self, time, kind, customer):
        self.time = time
        self.kind = kind
        self.customer = customer

    def __lt__(self, other):
        return (self.time, self.customer) < (other.time, other.customer)


def simulate(n_customers, n_servers, seed):
    rng = LCG(seed)
    events = []
    t = 0
    for c in range(n_customers):
        t += rng.randint(1, 6)
        events.append(Event(t, "arrive", c))
    free = n_servers
    queue = []
    waits = {}
    arrived = {}
    served = 0
    log = []
    while events:
        events.sort()
        ev = events.pop(0)
        if ev.kind == "arrive":
            arrived[ev.customer] = ev.time
            if free:
                free -= 1
                waits[ev.customer] = 0
                events.append(Event(ev.time + rng.randint(3, 12), "depart", ev.customer))
            else:
                queue.append(ev.customer)
        else:
            served += 1
            if queue:
                nxt = queue.pop(0)
                waits[nxt] = ev.time - arrived[nxt]
                events.append(Event(ev.time + rng.randint(3, 12), "depart", nxt))
            else:
                free += 1
        if len(log) < 8:
            log.append(f"t={ev.time:3} {ev.kind:<6} c{ev.customer:<3} queue={len(queue)} free={free}")
    return served, waits, log, t


for servers in (1, 2, 3):
    served, waits, log, last_arrival = simulate(40, servers, seed=2024)
    avg = sum(waits.values()) / len(waits)
    worst = max(waits.items(), key=lambda kv: (kv[1], -kv[0]))
    print(f"servers={servers}: served={served} avg_wait={avg:.2f} worst=c{worst[0]}({worst[1]}) last_arrival={last_arrival}")
    if servers == 2:
        for line in log:
            print("   ", line)

rng = LCG(7)
rolls = [rng.randint(1, 6) for _ in range(600)]
print("dice counts:", [rolls.count(face) for face in range(1, 7)])
print("uniform sample:", [round(rng.uniform(0, 1), 4) for _ in range(5)])
