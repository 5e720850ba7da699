# Word frequency analysis with collections.Counter.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox
barks and the dog sleeps while the quick cat watches the fox"""
words = text.split()
c = Counter(words)
print(c.most_common(4))
print(c["the"], c["missing"], len(c), sum(c.values()))
letters = Counter(ch for ch in text if ch.isalpha())
print(sorted(letters.most_common(5)))
a = Counter(a=3, b=1, c=2)
b = Counter(a=1, b=4, d=2)
print(sorted((a + b).items()))
print(sorted((a - b).items()))
print(sorted((a & b).items()), sorted((a | b).items()))
a.update("aab")
print(sorted(a.items()))
a.subtract({"a": 10})
print(sorted(a.items()), sorted((+a).items()), sorted((-a).items()))
print(sorted(Counter("mississippi").elements()))
print(Counter("abracadabra").total())
inv = Counter({"apple": 3, "pear": 0, "kiwi": -1})
print(inv)
del inv["kiwi"]
print(inv, list(inv))
