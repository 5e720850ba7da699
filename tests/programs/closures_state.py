# Closures holding mutable state: a bank built from closures, memoization, unbound cells.

def make_bank(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("refused", amount))
            return None
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = make_bank(100)
dep(50)
wd(30)
wd(500)
print(rep())

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_square(n):
    print("computing", n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))

def unbound_local():
    try:
        y = y + 1
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(unbound_local())
def outer_del():
    z = 1
    def inner():
        return z
    del z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer_del())
