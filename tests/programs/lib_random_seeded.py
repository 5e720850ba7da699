# Seeded random numbers (same as CPython's Mersenne Twister).
import random

random.seed(1234)
print([random.randint(1, 100) for _ in range(8)])
print(random.random(), random.uniform(1.5, 2.5))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.choice("abcdefg"), random.sample(range(100), 5))
print(random.randrange(0, 50, 5), random.getrandbits(16))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12))
print(random.choices(["red", "green", "blue"], weights=[5, 1, 1], k=6))
rng = random.Random(42)
print(rng.randint(0, 10), rng.random(), rng.choice([1, 2, 3]))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b)
random.seed("text seed")
print(random.randint(0, 10 ** 6))
random.seed(99)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(i) for i in range(1, 7)])
print(round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 3), 12))
print(round(random.betavariate(2, 3), 12))
