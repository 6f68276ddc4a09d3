# yield from: delegation of next/send, the return value, any iterable
def inner(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("inner got", got)
    return "inner-%d" % n

def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    return r1 + "," + r2

g = outer()
print(next(g))
print(g.send("x"))
print(next(g))
print(g.send("y"))
while True:
    try:
        print("next ->", next(g))
    except StopIteration as e:
        print("outer returned", e.value)
        break

# yield from any iterable
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), "ab")))

# recursive delegation
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

# the value of yield from an exhausted generator with no return is None
def empty():
    return
    yield
def take():
    v = yield from empty()
    yield v
print(list(take()))
