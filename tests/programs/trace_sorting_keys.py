# sorting and searching in loops: key functions, cmp_to_key, stable multi-key sorts, bisect
import bisect
import functools
import operator

records = [(f"n{i % 13}", (i * 37) % 101, i % 4) for i in range(300)]
by_score = sorted(records, key=lambda r: (-r[1], r[0]))
print(by_score[:3], by_score[-1])
by_two = sorted(records, key=operator.itemgetter(2, 0))
print(by_two[:3])

def compare(a, b):
    if a[2] != b[2]:
        return b[2] - a[2]
    return (a[1] > b[1]) - (a[1] < b[1])
print(sorted(records, key=functools.cmp_to_key(compare))[:4])
sorted_vals = []
for r in records:
    bisect.insort(sorted_vals, r[1])
print(sorted_vals[:10], len(sorted_vals), bisect.bisect_left(sorted_vals, 50), bisect.bisect_right(sorted_vals, 50))
stable = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[2])
print(stable[:5])
words = "Banana apple Cherry date Elderberry fig Grape".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(max(records, key=lambda r: (r[1], r[0])), min(words, key=lambda w: w[-1]))
nums = list(range(50, 0, -3))
nums.sort(key=lambda x: (x % 5, -x))
print(nums)
