# Exits whose fat op only drops values and jumps (a `for` loop that ends: its iterator is popped;
# a `while` loop's backward conditional jump): the trace sets the frame without running the rest
# of the fat op, and a side trace from such an exit starts from what the exit's snapshot knew.
# The types change between iterations, so a side trace that assumed too much would go wrong.


def nested(n):
    total = 0
    acc = 0.0
    words = []
    for i in range(n):
        x = i if i % 3 else float(i)
        for k in range(i % 4):
            total += k
        acc += x
        j = 0
        while j < i % 5:
            j += 1
            if j == 3:
                acc += 0.5
        total += j
        for w in ("a", "bc")[: i % 3]:
            words.append(w * (i % 2 + 1))
        y = x
        while y:
            y = y // 2 if isinstance(y, int) else 0
            total += 1
    return total, acc, len(words), words[-4:]


def item_types(rows):
    out = []
    for row in rows:
        s = None
        for v in row:
            s = v if s is None else s + v
        out.append(s)
        while out and out[-1] is None:
            out.pop()
    return out


print(nested(200))
print(nested(57))
print(item_types([[1, 2], [1.5, 2], ["a", "b"], [], [(1,), (2,)], [3], [], [True, True]] * 30)[-9:])
