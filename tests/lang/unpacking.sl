# tuple/list unpacking, starred targets, nested targets, unpacking in displays
a, b = 1, 2
a, b = b, a
print(a, b)
[x, y, z] = "xyz"
print(x, y, z)
(p, q), r = [10, 20], 30
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
lone, *empty = ["only"]
print(lone, empty)
m, (n, *o), *s = 1, (2, 3, 4), 5, 6
print(m, n, o, s)

# chained assignment unpacks the same value twice
c = (d, e) = [7, 8]
print(c, d, e)

# unpacking in for loops
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for h, *t in [[1, 2, 3], [4], [5, 6]]:
    print(h, t)

# targets can be subscripts
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
dd = {}
dd["x"], dd["y"] = divmod(17, 5)
print(dd)

# errors
for value in ([1, 2], [1, 2, 3, 4]):
    try:
        u, v, w = value
    except ValueError as exc:
        print(type(exc).__name__, exc)
try:
    u, v, *w = [1]
except ValueError as exc:
    print(type(exc).__name__, exc)
try:
    u, v = 5
except TypeError as exc:
    print(type(exc).__name__, exc)

# star-unpacking in displays and calls
xs = [1, 2]
ys = (3, 4)
print([*xs, *ys, 5])
print((*xs, 0))
print({**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
print(sorted({*xs, *ys, 2}))
def show(*args, **kwargs):
    return args, kwargs
print(show(*xs, *"ab", 9, **{"k": 1}, j=2))
