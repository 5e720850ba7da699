# List operations and methods.

nums = [5, 3, 8, 1, 9, 2]
print(nums, len(nums), nums[0], nums[-1], nums[1:4], nums[::2], nums[::-1], nums[-2:])
nums.append(7)
nums.extend([10, 11])
nums.insert(0, 0)
nums.insert(100, 99)
nums.insert(-1, 98)
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(2), nums)
nums.remove(9)
print(nums, nums.index(7), nums.count(3), 3 in nums, 42 in nums)
nums.reverse()
print(nums)
copy = nums.copy()
copy.clear()
print(nums, copy, nums[:] is nums, nums[:] == nums)
try:
    nums.remove(1000)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    nums[100]
except IndexError as e:
    print("IndexError:", e)

# slice assignment and deletion
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[::3] = [0, 0, 0]
print(a)
del a[0]
del a[-2:]
print(a)
a[1:1] = [100, 200]
print(a)
del a[::2]
print(a)
b = [1, 2, 3]
b[len(b):] = [4, 5]
b[:0] = [0]
print(b, b * 2, [0] * 3 + [1], [[0] * 2 for _ in range(2)])

# aliasing vs copies
grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
grid_ok = [[0] * 3 for _ in range(3)]
grid_ok[0][0] = 1
print(grid_bad, grid_ok)

# nested lists
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in matrix], [matrix[i][i] for i in range(3)], matrix[2][-1])
print([list(col) for col in zip(*matrix)])
flat = []
for row in matrix:
    flat += row
print(flat, sum(flat), max(flat), min(flat))

# comparison and misc
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1, [2]] == [1, [2]])
print(list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}))
stack = []
for ch in "abc":
    stack.append(ch)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
while queue:
    item = queue.pop(0)
    if item < 3:
        queue.append(item + 10)
    print("q", item, queue)
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), sorted(words, key=str.lower), words.index("fig"))
x = [3, 1, 2]
y = x
y += [4]
print(x, y, x is y)
x = x + [5]
print(x, y, x is y)
