# Sorting: sort/sorted with key and reverse, stability, custom objects.

nums = [5, -3, 8, 1, -9, 2, 0, 7]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
nums.sort()
print(nums)
nums.sort(key=lambda n: (n % 3, n))
print(nums)

words = ["banana", "Apple", "cherry", "date", "fig", "apple", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w)))
print(sorted(words, key=lambda w: w[-1]))

# stability: records with equal keys keep their order
people = [("amy", 30), ("bob", 25), ("cal", 30), ("dee", 25), ("eve", 35), ("fay", 30)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
# multi-pass sort: secondary key first
tmp = sorted(people, key=lambda p: p[0], reverse=True)
print(sorted(tmp, key=lambda p: p[1]))

class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, text):
        self.rank = text[0]
        self.suit = text[1]

    def value(self):
        return Card.RANKS.index(self.rank)

    def __lt__(self, other):
        return (self.value(), self.suit) < (other.value(), other.suit)

    def __repr__(self):
        return self.rank + self.suit

hand = [Card(t) for t in ["Kh", "2c", "Ts", "As", "2d", "9h", "Kd"]]
print(sorted(hand), max(hand), min(hand))
hand.sort(key=Card.value, reverse=True)
print(hand)

matrix = [[3, 1], [1, 2], [2, 2], [1, 1]]
print(sorted(matrix), sorted(matrix, key=sum), sorted(map(sorted, matrix)))
print(sorted("hello world"), "".join(sorted("hello world", reverse=True)).strip())
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()))
print(sorted([2.5, 1, 3, -0.5, 2]), sorted([True, False, 0, 1, -1]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
data = list(range(20))
data.sort(key=lambda v: v % 5, reverse=True)
print(data)
big = [(i * 7919) % 1000 for i in range(200)]
big.sort()
print(big[:10], big[-5:], big == sorted(big), len(big))
