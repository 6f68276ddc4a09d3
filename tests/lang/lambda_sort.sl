# lambdas as sort keys; stability; reverse; min/max with key
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 25, "nyc"), ("ed", 40, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))       # stable even when reversed
print(sorted(people, key=lambda p: (p[2], -p[1])))
print([p[0] for p in sorted(people, key=lambda p: len(p[0]))])
by_city_then_name = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[2])
print([p[0] for p in by_city_then_name])
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: (p[1], p[0])))

words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len, reverse=True))

nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: -x), sorted(nums, key=lambda x: x % 3))
nums.sort(key=lambda x: (x < 0, abs(x)))
print(nums)

# lambdas: defaults, closures, immediately called, returning lambdas
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "called")(), (lambda *a, **k: (a, k))(1, x=2))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
adders = [(lambda k: lambda x: x + k)(k) for k in range(3)]
print([f(10) for f in adders])

# sorting dict items and a dict by value
stock = {"pear": 3, "fig": 12, "kiwi": 3, "apple": 7}
print(sorted(stock, key=lambda k: stock[k]))
print(sorted(stock.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(sorted(stock.items())))

# sorted returns a new list; sort works in place; both accept any iterable
t = (3, 1, 2)
print(sorted(t), t, sorted("cab"), sorted({3: "x", 1: "y"}), sorted(range(5), reverse=True))
pairs = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
pairs.sort()
print(pairs)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
