# Loops whose trace is recorded along a branch that later becomes the rare one: the exit to the
# other branch is then taken at almost every iteration, and the loop is recorded again along it
# (the old path turning into a side trace). Values carried round the loop, inlined calls, a
# branch inside a method, and an exception on the new path must all come out as before.


def phases(n):
    # the first 50 iterations take the else branch (recorded), the rest the if branch
    total = 0
    acc = 0.5
    for i in range(n):
        if i >= 50:
            total += i % 7
            acc = acc * 0.999 + 1.0
        else:
            total -= 1
            acc += 0.25
    return total, round(acc, 6)


class Box:
    def __init__(self, v):
        self.v = v

    def grow(self, k):
        if k < 30:
            self.v = self.v + 1
        else:
            self.v = self.v * 2 % 1000003
        return self.v


def method_flip(n):
    b = Box(1)
    s = 0
    for k in range(n):
        s += b.grow(k)
    return s, b.v


def raising_path(n):
    out = []
    for i in range(n):
        if i < 40:
            out.append(i)
        else:
            try:
                out.append(100 // (i % 97))
            except ZeroDivisionError:
                out.append(-i)
    return len(out), sum(out), out[-5:]


def both_ways(n):
    # a branch that keeps alternating: neither side is most iterations', nothing is recorded again
    even = odd = 0
    for i in range(n):
        if i % 2:
            odd += i
        else:
            even += i
    return even, odd


def nested(n):
    rows = []
    for r in range(n):
        line = 0
        for c in range(60):
            if r > 3 and c > 2:
                line += c * r
            else:
                line -= 1
        rows.append(line)
    return sum(rows), rows[:6]


print(phases(30000))
print(method_flip(30000))
print(raising_path(30000))
print(both_ways(20000))
print(nested(300))
