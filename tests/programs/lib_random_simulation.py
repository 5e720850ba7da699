# Monte Carlo and shuffling with a seeded generator.
import random

random.seed(2024)
inside = 0
N = 2000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi estimate", 4 * inside / N)
rng = random.Random(7)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk)
names = ["ann", "bob", "cy", "di", "ed", "flo"]
rng.shuffle(names)
print(names, rng.sample(names, k=3))
teams = [names[i::2] for i in range(2)]
print(teams)
print([rng.randrange(10) for _ in range(10)])
print([round(rng.uniform(-1, 1), 6) for _ in range(4)])
hist = [0] * 5
for _ in range(500):
    hist[min(4, int(rng.gauss(2.5, 1)))] += 1 if rng.random() < 2 else 0
print(hist)
print(rng.choices(range(3), cum_weights=[1, 5, 6], k=8))
