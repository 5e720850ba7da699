# exceptions raised and caught inside hot loops: in the loop's frame, in called functions,
# in generators, with finally blocks and chained causes
class Invalid(ValueError):
    pass

def check(n):
    if n % 7 == 0:
        raise Invalid(f"multiple of 7: {n}")
    if n % 11 == 0:
        raise KeyError(n)
    return n

caught = {"Invalid": 0, "KeyError": 0}
total = 0
finals = 0
for i in range(1, 3000):
    try:
        total += check(i)
    except Invalid:
        caught["Invalid"] += 1
    except KeyError as e:
        caught["KeyError"] += e.args[0] % 2
    finally:
        finals += 1
print(total, caught, finals)

def risky(xs):
    for x in xs:
        try:
            yield 100 // x
        except ZeroDivisionError:
            yield -1

print(sum(risky([i % 5 for i in range(2000)])))

def wrap(n):
    try:
        return check(n)
    except Invalid as e:
        raise RuntimeError("wrapped") from e

msgs = []
for n in range(60, 80):
    try:
        wrap(n)
    except RuntimeError as e:
        msgs.append((n, str(e.__cause__)))
    except KeyError as e:
        msgs.append((n, "key", e.args))
print(msgs)

count = 0
for i in range(2000):
    try:
        if i % 500 == 499:
            raise StopIteration
        count += 1
    except StopIteration:
        count += 1000
print(count)
d = {}
for i in range(1000):
    try:
        d[i % 10] += 1
    except KeyError:
        d[i % 10] = 1
print(d)
