# slicing: bounds, negative indices and steps, assignment and deletion
s = "abcdefgh"
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[6:1:-1], s[-1:-4:-1], s[1:6:-1] == "")
print(repr(s[100:]), s[-100:2], s[3:3] == "", repr(s[5:2]))
nums = list(range(10))
print(nums[2:8:3], nums[-2::-3], nums[:])
print(nums[slice(1, 4)], nums[slice(None, None, -4)])
t = tuple(nums)
print(t[7:], t[::-5], type(t[1:2]).__name__)
print(range(10)[2:8:2], list(range(10)[::-3]))

# a slice copies
c = nums[:]
c.append(99)
print(len(nums), len(c))

# slice assignment may change the length
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["x", "y", "z"]
print(a)
a[4:] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = "pq"
print(a)
b = list(range(8))
b[::2] = [10, 20, 30, 40]
print(b)
b[::-3] = "ABC"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)

# deletion
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)

# negative indexing and IndexError
e = [1, 2, 3]
print(e[-1], e[-3])
try:
    e[3]
except IndexError as exc:
    print(type(exc).__name__, exc)
try:
    "abc"[-4]
except IndexError as exc:
    print(type(exc).__name__, exc)
