# itertools combinatorics and infinite iterators.
import itertools as it

print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(5), 3)))
print(list(it.combinations_with_replacement("xy", 3)))
print(list(it.product([0, 1], repeat=3)))
print(list(it.product("ab", [1, 2])))
print(list(it.islice(it.count(10, 5), 4)))
print(list(it.islice(it.cycle("RGB"), 7)))
print(list(it.repeat("z", 3)))
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.chain("ab", [1, 2], (None,))), list(it.chain.from_iterable(["xy", "z"])))
coins = [1, 2, 5]
ways = sum(1 for n in range(0, 6) for combo in it.combinations_with_replacement(coins, n) if sum(combo) == 5)
print("ways to make 5:", ways)
print(sum(1 for _ in it.permutations(range(5))))
