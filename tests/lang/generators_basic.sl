# generator functions: laziness, state between yields, exhaustion, early close
def countdown(n):
    print("countdown starts at", n)
    while n > 0:
        yield n
        n -= 1
    print("countdown done")

g = countdown(3)
print("generator created")
for value in g:
    print("value", value)
print(list(g), "(exhausted)")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

first = []
for f in fib():
    if f > 100:
        break
    first.append(f)
print(first)

# generators compose lazily
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(take(5, evens(fib()))))

# the generator's locals survive between yields
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_total([5, 10, -3, 8])))

# two independent generators from the same function
a = countdown(2)
b = countdown(2)
print(next(a), next(b), next(a))

# try/finally inside a generator runs when the generator is closed early
def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("guarded cleanup")
gen = guarded()
print(next(gen))
gen.close()
print("after close", list(gen))

# yield as an expression statement and yield with no value
def yields_none():
    yield
    x = yield
    yield x
y = yields_none()
print(next(y), next(y), y.send("sent"))

# StopIteration from next() outside a for loop
it = countdown(1)
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
