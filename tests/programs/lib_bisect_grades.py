# bisect for grading and sorted inserts.
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
data = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 8))
bisect.insort(data, 5); bisect.insort_left(data, 3)
print(data)
people = [("ann", 25), ("bob", 31), ("cy", 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("di", 33), key=lambda p: p[1])
print(people)
def count_range(arr, lo, hi):
    return bisect.bisect_right(arr, hi) - bisect.bisect_left(arr, lo)
print(count_range(list(range(0, 100, 7)), 10, 50))
print(bisect.bisect_left([], 1), bisect.bisect_right([1, 2], 0, lo=1))
