# generator send / close and StopIteration.value
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, total)

g = averager()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(0))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing with", received)

e = echo()
try:
    e.send(1)
except TypeError as exc:
    print(type(exc).__name__, exc)
print(e.send(None))
print(e.send("a"), e.send("b"))
e.close()
print("closed")
e.close()
print("closed twice is fine")

# a generator body does not run until the first next()
def noisy():
    print("started")
    x = yield 1
    print("got", x)
    yield x * 2

n = noisy()
print("created")
print(next(n))
print(n.send(21))
print(list(n))

