# List, dict, set comprehensions and generator expressions.

squares = [x * x for x in range(10)]
evens = [x for x in range(20) if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(squares, evens, pairs, sep="\n")
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[::-1] for row in matrix], [n for row in matrix for n in row if n % 2])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

words = ["apple", "bob", "kayak", "level", "python", "noon"]
print([w for w in words if w == w[::-1]])
print({w: len(w) for w in words})
print({len(w): w for w in words})
print(sorted({len(w) for w in words}), {n % 4 for n in range(10)})
print([w.upper() if len(w) > 4 else w for w in words])
print(sum(len(w) for w in words), max(len(w) for w in words), any(w.startswith("p") for w in words))

inventory = {"apples": 5, "pears": 0, "plums": 12, "kiwis": 0}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock, [k for k, v in inventory.items() if not v])
inverted = {v: k for k, v in in_stock.items()}
print(inverted)

# scoping: comprehension variables don't leak
x = "outer"
result = [x for x in range(3)]
print(x, result)
base = 10
print([base + i for i in range(3)], [[base * i + j for j in range(2)] for i in range(2)])

# closures inside comprehensions capture the loop variable
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

gen = (n * n for n in range(5))
print(next(gen), next(gen), list(gen), list(gen))
print(list(zip(range(3), (c for c in "abc"))))
print([(i, c) for i, c in enumerate("xyz") if i != 1])
nested = [[1, 2], [3], [], [4, 5, 6]]
print([len(sub) for sub in nested], [x for sub in nested for x in sub])
print([[c for c in w] for w in ["ab", "c"]], {i: [j for j in range(i)] for i in range(4)})
print(sorted([c for c in "mississippi" if c not in "aeiou"]))
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)]
print(" ".join(fizz))

class Grid:
    size = 3
    cells = [[0] * 3 for _ in range(3)]

print(Grid.cells, sum(sum(r) for r in Grid.cells))
print([y for x in [[1, [2, 3]], [4, [5]]] for y in x[1]])
print(dict((k, k * k) for k in range(4)), set([1, 2, 2, 3]) == {1, 2, 3})
