# closures: cells shared between inner functions, nonlocal rebinding, late binding
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

# late binding: every lambda sees the last value of i
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
# a default argument freezes the value at definition time
gs = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in gs])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner
    r = middle()()
    return r, x
print(outer())

# the cell is read when the closure runs, not when it is created
def late():
    def show():
        return value
    value = 1
    first = show()
    value = 2
    return first, show()
print(late())

# nonlocal on parameters of two enclosing levels
def adder_chain(a):
    def level1(b):
        def level2(c):
            nonlocal a, b
            a += 1
            b += 10
            return a + b + c
        return level2
    return level1
f = adder_chain(1)(10)
print(f(100), f(100))

# each call of the factory makes fresh cells
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
a1, a2 = make_acc(), make_acc()
print(a1("x"), a1("y"), a2("z"))

# a closure that rebinds a name with nonlocal inside a loop
def running_max(xs):
    best = None
    def see(v):
        nonlocal best
        if best is None or v > best:
            best = v
    for x in xs:
        see(x)
    return best
print(running_max([3, 9, 2, 11, 4]), running_max([]))
