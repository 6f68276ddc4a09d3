# argument binding: defaults, *args, **kwargs, keyword-only, bare *, and its TypeErrors
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 20, 30, 40, c=3, e=5))
print(f(c=3, a=1, b=2, z=0))
print(f(*[1, 2, 3], **{"c": 9, "d": 8, "x": 7}))

def g(x, *, y, z=0):
    return x, y, z
print(g(1, y=2), g(x=1, z=3, y=2))

def h(*args, **kwargs):
    return len(args), sorted(kwargs.items())
print(h(), h(1, 2, a=1, b=2))

# defaults are evaluated once, at definition time
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
n = 10
def uses_default(v=n):
    return v
n = 20
print(uses_default())

def two(a, b):
    return a + b
def one_default(a, b=1):
    return a * b

calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=2),
    lambda: one_default(1, 2, 3),
    lambda: one_default(),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: g(1, y=2, w=3),
    lambda: f(),
    lambda: f(1),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except TypeError as e:
        print(i, type(e).__name__, e)

# a keyword argument matching a **kwargs parameter name is just another keyword
def k(**kwargs):
    return kwargs
print(k(kwargs=1, args=2))

# the same dict is not shared between calls
def fresh(**kw):
    kw["seen"] = True
    return kw
src = {"a": 1}
print(fresh(**src), src)
