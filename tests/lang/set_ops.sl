# sets: operators, methods, membership (printed sets hold small ints only)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)))
print(3 in a, 7 in a, 7 not in a, len(a))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {4}, a.issubset(range(10)), a.isdisjoint({9}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))  # insertion order differs from CPython hash order
s.discard(3)
s.discard(42)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
s.update([5, 6], {7})
print(s)
popped = s.pop()
print(popped in {1, 5, 6, 7}, len(s))
print(set(), sorted(set([3, 3, 2])), set("aab") == {"a", "b"}, sorted(set("hello")))
words = ["b", "a", "c", "a", "b"]
print(sorted(set(words)), len(set(words)))
c = a.copy()
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
print(c, a)
print({1, 2} == {2, 1}, {1} == {1.0}, frozenset({1, 2}) == {1, 2})
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
evens = {n for n in range(10) if n % 2 == 0}
print(evens, sum(evens), max(evens), sorted(evens, reverse=True))
empty = set()
print(bool(empty), bool({0}), empty == set())
try:
    empty.pop()
except KeyError as e:
    print(type(e).__name__, e)
