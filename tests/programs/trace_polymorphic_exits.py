# polymorphic values inside inlined calls: int, float, str, None and big ints flowing through
# the same hot code, so guards fail inside inlined frames and side traces form
def combine(a, b):
    if a is None:
        return b
    return a + b

def step(x, i):
    if i % 5 == 0:
        return combine(x, 0.5)
    if i % 7 == 0:
        return combine(x, 10 ** 20)
    return combine(x, 1)

def describe(v):
    return type(v).__name__

x = 0
kinds = {}
for i in range(3000):
    x = step(x, i)
    k = describe(x)
    kinds[k] = kinds.get(k, 0) + 1
    if i % 1000 == 999:
        x = None
print(x, kinds)
texts = []
for i in range(600):
    a = str(i) if i % 2 else i
    b = "!" if isinstance(a, str) else 1
    texts.append(combine(a, b))
print(texts[:6], texts[-2:], sum(t for t in texts if isinstance(t, int)))
