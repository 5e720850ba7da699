# globals and builtins rebound while hot loops run: module-level counters, a shadowed builtin,
# functions replaced, global declarations in called functions
total = 0
scale = 1

def bump(n):
    global total
    total += n * scale

def double(n):
    return 2 * n

for i in range(3000):
    bump(double(i) % 7)
    if i == 1000:
        scale = 10
    if i == 2000:
        def double(n):
            return 3 * n
print(total)

def count_items(xs):
    return len(xs)

sizes = []
for i in range(400):
    sizes.append(count_items(range(i % 9)))
    if i == 200:
        len = lambda xs: -1
    if i == 300:
        del len
print(sum(sizes), sizes[195:210], sizes[295:305])
import builtins
orig_abs = builtins.abs
acc = 0
for i in range(600):
    acc += abs(-i)
    if i == 300:
        builtins.abs = lambda v: 0
builtins.abs = orig_abs
print(acc, abs(-5))
counter = 0
def incr():
    global counter
    counter += 1
    return counter
print([incr() for _ in range(5)], counter)
