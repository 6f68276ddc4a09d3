# modules written in Slate (stdlib/): functools and itertools
from functools import reduce, partial, wraps, cmp_to_key
import itertools
from itertools import count, islice, chain, product, permutations, combinations, groupby, accumulate, zip_longest, takewhile, dropwhile, cycle, repeat

print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
add3 = partial(lambda a, b, c=0: a + b + c, 1, c=3)
print(add3(2), add3(2, c=10))

def logged(f):
    @wraps(f)
    def inner(*args):
        return f(*args)
    return inner

@logged
def square(x):
    "Squares x."
    return x * x
print(square.__name__, square.__doc__, square(7))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, 6, 2)))
print(list(chain([1, 2], (3,), "ab")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(product("ab", range(2))), len(list(product(range(3), repeat=2))))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)))
print([(k, list(g)) for k, g in groupby("aaabccdd")])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(islice(cycle("xy"), 5)), list(repeat("z", 3)))
