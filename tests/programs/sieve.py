# Sieve of Eratosthenes and friends: prime counting, twin primes, factorization.

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]


primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
print("sum:", sum(primes))

twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs:", len(twins), twins[:6], twins[-2:])

gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("gap histogram:", sorted(gaps.items())[:8])
biggest = max(zip(primes, primes[1:]), key=lambda pq: pq[1] - pq[0])
print("largest gap:", biggest, biggest[1] - biggest[0])

def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors

for n in [2, 12, 360, 9973, 65536, 999999, 1234567, 600851475143]:
    f = factorize(n)
    compact = {}
    for x in f:
        compact[x] = compact.get(x, 0) + 1
    text = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in compact.items())
    print(f"{n} = {text}")

def segmented_count(lo, hi):
    mark = [True] * (hi - lo)
    for p in primes:
        if p * p >= hi:
            break
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            mark[m - lo] = False
    return sum(mark)

print("primes in [100000, 101000):", segmented_count(100000, 101000))
goldbach = {}
prime_set = set(primes)
for even in range(4, 60, 2):
    for p in primes:
        if even - p in prime_set:
            goldbach[even] = (p, even - p)
            break
print("goldbach:", [f"{k}={a}+{b}" for k, (a, b) in list(goldbach.items())[:10]])
print("mersenne exps:", [p for p in primes[:12] if all((2 ** p - 1) % q for q in primes if q * q <= 2 ** p - 1)])
