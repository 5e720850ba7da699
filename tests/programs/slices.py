# slice objects and slicing semantics across sequence types.

data = list(range(10))
s = slice(2, 8, 2)
print(s, s.start, s.stop, s.step, data[s], "abcdefghij"[s], tuple(data)[s], range(10)[s])
print(slice(5), slice(None, None, -1), data[slice(None, None, -1)], data[slice(-3, None)])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(1, -1, 3).indices(20))
print(data[100:], data[-100:2], data[5:2], data[5:2:-1], data[::-4], data[-1:-4:-1], data[1:-1:3])
print(data[::1] == data, data[:] is data, "hello"[::-1], "hello"[4:0:-2], "hello"[-100:100])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice(1, None, "x")))

class Seq:
    """A sequence that reports what it was indexed with."""

    def __init__(self, n):
        self.items = list(range(n))

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.items))
            print("  slice", key, "->", (start, stop, step))
            return Seq.from_list(self.items[key])
        print("  index", key)
        return self.items[key]

    @staticmethod
    def from_list(items):
        s = Seq(0)
        s.items = items
        return s

    def __repr__(self):
        return "Seq" + repr(self.items)

q = Seq(8)
print(q[3], q[-1])
print(q[1:5], q[::3], q[::-2], q[slice(2, None)])
total = 0
for v in q:
    total += v
print("iterated total", total)

# slice assignment with slice objects
a = list("abcdefgh")
a[slice(0, 4, 2)] = ["X", "Y"]
print(a)
a[slice(2, 5)] = []
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del a[slice(None, None, 2)]
print(a)

def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]

print(chunks(list(range(10)), 3), chunks("abcdefg", 2), chunks((1, 2, 3), 5))
window = [sum(data[i:i + 3]) for i in range(len(data) - 2)]
print(window)
text = "The rain in Spain"
print(text[:3], text[4:8], text[-5:], text[::2], text[slice(4, None)].upper())
rotated = data[3:] + data[:3]
print(rotated, rotated[len(rotated) // 2:], data[len(data):])
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
