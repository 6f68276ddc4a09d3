# iteration builtins: range, enumerate, zip, reversed, sorted, min/max/sum/any/all, iter/next
r = range(2, 20, 3)
print(r, list(r), len(r), r[1], r[-1], 11 in r, 12 in r, r.index(14), list(range(5, 0, -2)), list(range(0)))
print(len(range(10, 0, -3)), list(range(-3, 3)), range(4) == range(0, 4), bool(range(0)))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(10, 13), range(20, 23))))
names, ages = zip(*[("ann", 3), ("bob", 5)])
print(names, ages)
print(list(reversed([1, 2, 3])), "".join(reversed("stressed")), list(reversed(range(4))), tuple(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("hello", reverse=True))
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("ab", "b", "abc"), min([], default="empty"), max([5], default=0))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
print(sum([]), sum([1, 2, 3]), sum([[1], [2]], []), sum(range(101)), sum((0.5, 0.25)))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))

# any/all stop at the first decisive element
seen = []
def check(v):
    seen.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]), seen)
seen.clear()
print(all(check(v) for v in [3, 1, 5]), seen)

# iter / next
it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
it = iter("xyz")
for ch in it:
    if ch == "x":
        print("skipping", next(it))
    else:
        print("got", ch)

# iterators are consumed once; a list can be iterated again
z = zip([1, 2], [3, 4])
print(list(z), list(z))
e = enumerate("ab")
print(next(e), list(e))

# misc builtins
print(abs(-3), divmod(17, 5), pow(2, 5), round(3.14159, 3), len({"a": 1}), len((1, 2, 3)), len("four"))
print(isinstance(3, int), isinstance(True, int), isinstance(3.0, (int, str)), isinstance([], list), isinstance(None, type(None)))
print(chr(65), ord("A"), chr(0x263A) == "\u263a", hex(4096), bin(5), oct(64), int("0x10", 0), int("0b11", 0))
print(str(3), repr("3"), int("7") + 1, float("1.5") * 2, bool(""), bool("0"), bool([]), bool(0.0), bool(None))
print([str(v) for v in [1, 2]], tuple(range(3)), dict(enumerate("ab")))
print(type(1).__name__, type("").__name__, type([]).__name__, type(None).__name__, type(range(1)).__name__)
