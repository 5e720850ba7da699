# iteration protocols in hot loops: iterator classes, iter(callable, sentinel), enumerate/zip/
# map/filter/reversed chains, itertools
import itertools

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

total = 0
for k in range(200):
    for v in Countdown(k % 9):
        total += v
    for v in Squares(k % 6):
        total += v
print(total)
source = iter(range(100))
chunks = list(iter(lambda: list(itertools.islice(source, 7)), []))
print(len(chunks), chunks[-1])
pairs = list(zip(range(10), reversed(range(10)), "abcdefghij"))
print(pairs[:3], list(enumerate("xyz", start=5)))
print(list(map(lambda a, b: a * b, range(5), range(5, 10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
acc = []
for i, (a, b) in enumerate(itertools.zip_longest("abc", range(5), fillvalue="-")):
    acc.append(f"{i}{a}{b}")
print(acc)
print(list(itertools.accumulate(range(10), lambda x, y: x * 2 + y)), list(itertools.chain.from_iterable([[1], [2, 3]])))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"), sum(Squares(10)), 81 in Squares(10), 80 in Squares(10))
