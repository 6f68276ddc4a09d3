# Operators of the dispatch loop whose dunders block or switch tasklets:
# for over a user iterator, dict subscripts with user __hash__/__eq__, in,
# ==, +, [] of an instance, f-strings and % formatting of __str__/__format__.
import stackless

ch = stackless.channel()

class FromChannel:
    def __iter__(self):
        return self
    def __next__(self):
        v = ch.receive()
        if v is None:
            raise StopIteration
        return v

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        stackless.schedule()
        return hash(self.v)
    def __eq__(self, other):
        stackless.schedule()
        return isinstance(other, K) and self.v == other.v
    def __add__(self, other):
        return K(self.v + ch.receive())
    def __getitem__(self, i):
        stackless.schedule()
        return i * 2
    def __str__(self):
        return "K" + str(ch.receive())
    def __format__(self, spec):
        return format(ch.receive(), spec)

def consumer():
    total = 0
    for x in FromChannel():
        print("for got", x)
        total += x
    print("total", total)
    for i, x in enumerate(FromChannel()):
        print("enumerated", i, x)
    d = {}
    d[K(1)] = "one"
    print("lookup:", d[K(1)], K(1) in d, K(2) in d, K(1) == K(1), K(1) != K(3))
    del d[K(1)]
    print("after del:", len(d))
    print("add:", (K(1) + K(2)).v, "getitem:", K(5)[3])
    print(f"f-string: {K(0)!s} {K(0):>5}|")
    print("percent: %s" % K(0))

def producer():
    for v in [1, 2, None, 7, 8, None, 10, "a", 42, "b"]:
        print("  sending", v)
        ch.send(v)

def ticker():
    n = 0
    while n < 40:
        n += 1
        stackless.schedule()
    print("ticker done")

stackless.tasklet(consumer)()
stackless.tasklet(producer)()
stackless.tasklet(ticker)()
stackless.run()
