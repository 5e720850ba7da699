# Generator methods: send, throw, close, and coroutine-style pipelines.

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
for v in [5, 10, -3]:
    print("sent", v, "->", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final total", e.value)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("  echo closing with", received)
        raise

e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
e.close()
print("closed twice fine")
try:
    e.send("c")
except StopIteration:
    print("send after close -> StopIteration")

fresh = accumulator()
try:
    fresh.send(5)
except TypeError as err:
    print("TypeError:", err)

def resilient():
    count = 0
    while True:
        try:
            yield count
        except ValueError as err:
            print("  handled", err)
            count += 100
        count += 1

r = resilient()
print(next(r), next(r), r.throw(ValueError("boom")), next(r))
try:
    r.throw(KeyError("unhandled"))
except KeyError as err:
    print("propagated KeyError:", err)
print(next(r, "dead"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)
