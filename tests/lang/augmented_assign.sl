# augmented assignment on names, subscripts and nested containers; in-place vs rebinding
# augmented assignment on subscripts evaluates the container and index once
calls = []
def index(i):
    calls.append(i)
    return i
data = [10, 20, 30]
data[index(1)] += 5
print(data, calls)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[1][0] *= 3
print(grid)
d = {"n": 1, "items": [1]}
d["n"] += 41
d["items"] += [2, 3]            # list += extends the same list in place
d.setdefault("new", 0)
d["new"] -= 1
print(d)
alias = d["items"]
d["items"] += [4]
print(alias is d["items"], alias)

# += on a tuple builds a new tuple; on a list it mutates
t = (1, 2)
t_before = t
t += (3,)
print(t, t_before)
l = [1, 2]
l_before = l
l += [3]
print(l, l_before, l is l_before)
s = "ab"
s += "cd"
s *= 2
print(s)
n = 5
n **= 2; n //= 3; n %= 5; n <<= 3; n -= 1
print(n)

