# Dice, cards and lotteries with seeded random.
import random

random.seed(1234)
suits = "SHDC"
ranks = "23456789TJQKA"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for i, h in enumerate(hands):
    print(f"player {i}: {' '.join(sorted(h))}")
def roll(n, sides=6):
    return [random.randint(1, sides) for _ in range(n)]
print(roll(5), roll(3, 20), sum(roll(100)))
print(sorted(random.sample(range(1, 50), 6)), random.choice(deck))
wins = 0
for _ in range(300):
    a = random.randint(1, 6) + random.randint(1, 6)
    if a in (7, 11):
        wins += 1
print("craps wins", wins)
random.seed(5)
print([round(random.gauss(100, 15), 4) for _ in range(3)])
print(random.randbytes(4).hex(), random.getrandbits(70))
print(round(random.lognormvariate(0, 0.5), 10), round(random.vonmisesvariate(1, 2), 10))
print(round(random.paretovariate(3), 10), round(random.weibullvariate(1, 1.5), 10), round(random.gammavariate(2, 1), 10))
