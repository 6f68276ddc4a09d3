# primes.sl -- the sieve of Eratosthenes, with lists, slices and formatting.
# usage: slate examples/primes.sl [LIMIT]      (LIMIT defaults to 100)
import sys


def sieve(limit):
    """Return the list of primes below limit."""
    if limit < 3:
        return []
    is_prime = [True] * limit
    is_prime[0] = False
    is_prime[1] = False
    n = 2
    while n * n < limit:
        if is_prime[n]:
            # strike out n*n, n*n + n, ... in one slice assignment
            is_prime[n * n::n] = [False] * len(range(n * n, limit, n))
        n += 1
    return [i for i in range(limit) if is_prime[i]]


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
primes = sieve(limit)
print("primes below", limit)
for start in range(0, len(primes), 10):
    row = primes[start:start + 10]
    print(" ".join(["%4d" % p for p in row]))

twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("count:", len(primes), "sum:", sum(primes))
print("twin primes:", twins[:5], "...", len(twins), "pairs")
gaps = [q - p for p, q in zip(primes, primes[1:])]
widest = max(gaps)
at = gaps.index(widest)
print(f"widest gap: {widest} between {primes[at]} and {primes[at + 1]}")
