# list methods, aliasing, comparisons
xs = [3, 1, 2]
xs.append(5)
xs.extend([8, 13])
xs.extend(range(2))
xs.insert(0, "head")
xs.insert(100, "tail")          # past the end: appended
xs.insert(-1, "before tail")
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)                    # the first occurrence only
print(xs, xs.index(5), xs.count(0), xs.count(99))
try:
    xs.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    xs.index(99)
except ValueError as e:
    print(type(e).__name__, e)

ys = [5, 2, 9, 1, 5, 6]
ys.sort()
print(ys)
ys.sort(reverse=True)
print(ys)
ys.reverse()
print(ys)
words = ["pear", "Fig", "apple", "kiwi"]
words.sort(key=len)
print(words)
words.sort(key=str.lower)
print(words)
print(ys.sort() is None, sorted(ys, reverse=True))

# aliasing versus copying
a = [1, [2, 3]]
b = a
c = a.copy()
d = list(a)
a.append(4)
a[1].append("shared")
print(a, b, c, d)
print(a is b, a is c, a == b, c == d)
c.clear()
print(c, a)

# operators
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, 2 in [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
grid = [[0] * 2] * 2            # both rows are the same list
grid[0][0] = 1
print(grid)
e = [1, 2]
e += (3, 4)                     # += extends in place with any iterable
e *= 2
print(e)
print(list(range(3)), list("ab"), list((1, 2)), list({"k": 1}))
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sorted([3, 1, 2]))
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort()
print(nested)
stack = []
for ch in "abc":
    stack.append(ch)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [] == [], [None] * 2)
