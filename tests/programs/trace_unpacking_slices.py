# unpacking and slicing in hot loops: star targets, swaps, nested unpacking, slice assignment
data = list(range(40))
total = 0
for i in range(2000):
    first, *mid, last = data[i % 10: i % 10 + 6]
    a, b = b, a = (i, -i)
    (p, q), r = (i % 3, i % 5), i % 7
    total += first + last + len(mid) + a - b + p * q * r
print(total)
buf = list(range(20))
for i in range(500):
    buf[i % 5: i % 5 + 3] = [i, i + 1, i + 2]
    buf[::7] = buf[::7][::-1]
    del buf[-1:]
    buf.append(i)
print(buf)
m = [[r * 10 + c for c in range(6)] for r in range(6)]
for step in range(300):
    m = [row[1:] + row[:1] for row in m[1:] + m[:1]]
print(m[0], m[-1][::2])
s = "abcdefghijklmnopqrstuvwxyz"
acc = []
for i in range(1, 200):
    acc.append(s[i % 26:: i % 5 + 1][:3] + s[-(i % 26) - 1])
print(acc[:10], len(set(acc)))
print(*range(3), sep=",", end=";\n")
head, *tail = "x"
print(head, tail, [*range(3), *"ab"], {**{"k": 1}})
