# Custom iterators and iterables.

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

print(list(Countdown(4)), list(reversed(Countdown(3))), sum(Countdown(10)))
f = Fib(100)
print(list(f), list(f))
class OldStyle:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
print(list(OldStyle()), 9 in OldStyle())
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
calls = iter(lambda: len(calls_list) and calls_list.pop(), 1) if False else None
calls_list = [1, 2, 3, 4]
sentinel_iter = iter(calls_list.pop, 2)
print(list(sentinel_iter), calls_list)
print(list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2), start=1)))
print(min(Fib(50)), max(Countdown(5)), sorted(Countdown(4)), any(x > 3 for x in Countdown(4)))
