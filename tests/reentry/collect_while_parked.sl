# The collector runs while natives are parked in callbacks (other tasklets
# allocate millions of objects meanwhile): everything the parked natives
# hold — their arguments, what callbacks returned, what they built — survives.
import stackless

ch = stackless.channel()

class Box:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "Box(%d)" % self.v

def keyf(box):
    n = ch.receive()
    return [n, "k" * (n % 3)]          # a fresh key only the native holds

def boxes(n):
    for i in range(n):
        ch.receive()                    # blocks the consumer for each item
        yield Box(i * 7 % n)

def sorter():
    # the list exists only as sorted's argument; the keys only in sorted
    print("sorted:", [b.v for b in sorted([Box(i) for i in range(30)], key=keyf)][:12])

def setter():
    s = set(boxes(40))                  # a set built from a blocking generator
    print("set:", len(s), sorted(b.v for b in s)[:8])

def mapper():
    pairs = dict(zip(boxes(25), map(lambda b: Box(b.v + 1), [Box(i) for i in range(25)])))
    print("dict:", len(pairs), sorted((k.v, v.v) for k, v in pairs.items())[:4])

def churn(rounds):
    garbage = None
    for i in range(rounds):
        # about 20,000 objects a round, most of them garbage at once
        garbage = [[j, str(j)] for j in range(10000)]
        ch.send(rounds - i)
    print("churn done", len(garbage))

for consumer, rounds in ((sorter, 30), (setter, 40), (mapper, 25)):
    stackless.tasklet(consumer)()
    stackless.tasklet(churn)(rounds)
    stackless.run()
