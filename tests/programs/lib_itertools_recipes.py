# Classic itertools recipes built from the primitives.
from itertools import islice, chain, groupby, count, tee, zip_longest, repeat, starmap, cycle
import operator

def take(n, it):
    return list(islice(it, n))
def nth(it, n, default=None):
    return next(islice(it, n, None), default)
def all_equal(it):
    g = groupby(it)
    return next(g, True) and not next(g, False)
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fill)
def roundrobin(*iterables):
    nexts = cycle(iter(it).__next__ for it in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
def unique_everseen(it, key=None):
    seen = set()
    for el in it:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
def dotproduct(a, b):
    return sum(starmap(operator.mul, zip(a, b)))
def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(p + n, []).append(p)

print(take(10, primes()), nth(primes(), 99))
print(all_equal("aaa"), all_equal("aab"), list(flatten([[1, 2], [3], []])))
print(list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABbcCA", str.lower)))
print(dotproduct([1, 2, 3], [4, 5, 6]), list(repeat(None, 2)))
