# array: typecodes and their range errors, list-like methods, slices, bytes round trips, byteswap, buffer protocol, subclassing, a sieve
import array, copy
for tc, vals in [('b', [-129, 128]), ('h', [-32769, 32768]), ('i', [-2**31-1, 2**31]), ('I', [2**32, -1]), ('B',[256, -1]), ('H',[65536, -1]), ('L', [2**64, -1]), ('Q',[2**64, -1]), ('q', [2**63]), ('l', [-2**63-1])]:
    for v in vals:
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print(tc, v, e)
a = array.array('i', [3, 1, 2])
print(a * 2, 2 * a, a + a, a == [3, 1, 2], a == array.array('d', [3, 1, 2]), a < array.array('i', [3, 2]), list(reversed(a)), a.count(1), a.buffer_info()[1], bytes(a)[:4], memoryview(a).format, memoryview(a).tolist())
a.extend([7, 8]); a.insert(0, 9); a.reverse(); print(a, a.pop(), a.pop(0), a, a.tolist(), a[1:3], a[::-1])
del a[1]; a[0:2] = array.array('i', [5, 6, 7]); print(a)
a.byteswap(); print(a); a.byteswap()
b = array.array('d', [1.5, 2.25]); print(b.tobytes().hex(), array.array('d', b.tobytes()), array.array('u', 'abc').tounicode())
print(copy.copy(a), copy.deepcopy(a))
c = array.array('i', range(5)); c[1:4] = array.array('i'); print(c); c += array.array('i', [1]); c *= 2; print(c)
for bad in [lambda: array.array('i', [1]) + array.array('d', [1.0]), lambda: array.array('b', [1.5]), lambda: array.array('d', ['x']), lambda: array.array('z'), lambda: array.array('u', [1]), lambda: c.__setitem__(slice(0, 1), [5]), lambda: hash(c), lambda: c.index(99), lambda: c.remove(99), lambda: array.array('i').pop(), lambda: c[50], lambda: c.frombytes(b'abc'), lambda: array.array('i', [1]) + [2]]:
    try:
        bad()
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(array.array('b', [1, 2]) == array.array('h', [1, 2]), 3 in array.array('i', [1, 3]), array.typecodes)
class MyArr(array.array):
    def total(self):
        return sum(self)
m = MyArr('i', [1, 2, 3]); print(m.total(), type(m).__name__, m, m[:2])
print(array.array('u', 'hé'), array.array('d'), repr(array.array('b', b'ab')), array.array('f', [0.1]), array.array('i').itemsize, array.array('u').itemsize, array.array('l').itemsize)
sieve = array.array('B', [1]) * 50
sieve[0] = sieve[1] = 0
for i in range(2, 8):
    if sieve[i]:
        for j in range(i * i, 50, i):
            sieve[j] = 0
print([i for i, v in enumerate(sieve) if v])
q = array.array('q', [2**62, -2**62]); print(q, q.tobytes().hex()); f = array.array('f', [1/3]); print(f[0], f.typecode)
import collections, itertools
for x in (collections.deque(), [], {}, set(), bytearray()):
    try:
        hash(x)
    except TypeError as e:
        print(e)
