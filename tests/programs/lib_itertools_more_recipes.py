# itertools recipes: grouper, pairwise, sliding windows, powerset, round robin, unique_everseen
import itertools
from collections import deque

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)

def sliding(iterable, n):
    it = iter(iterable)
    window = deque(itertools.islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)

def powerset(iterable):
    s = list(iterable)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))

def roundrobin(*iterables):
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = itertools.cycle(itertools.islice(nexts, pending))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

print(list(grouper("ABCDEFG", 3, "x")))
print(list(itertools.pairwise([1, 4, 9, 16])), list(sliding(range(6), 3)))
print(list(powerset("abc")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4])), list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.permutations("abc", 2)), len(list(itertools.combinations_with_replacement(range(4), 3))))
print(list(itertools.islice(itertools.count(10, 3), 5)), list(itertools.repeat("x", 3)), list(itertools.tee([1, 2])[1]))
print(list(itertools.product("ab", [0, 1], repeat=1)), list(itertools.filterfalse(str.isdigit, "a1b2")))
