# itertools grouping, filtering and zipping.
import itertools as it

records = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5), ("a", 6)]
for key, grp in it.groupby(records, key=lambda r: r[0]):
    print(key, [v for _, v in grp])
print([(k, len(list(g))) for k, g in it.groupby("aaabccdddd")])
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.zip_longest("abc", [1, 2], fillvalue="-")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise("abcde")))
print(list(it.islice("abcdefgh", 2, 7, 2)))
def chunks(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch
print(list(chunks(range(10), 4)))
