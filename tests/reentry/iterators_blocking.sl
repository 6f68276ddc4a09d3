# User iterators whose __next__ receives from a channel, and generators that
# block, consumed by natives: list, tuple, sum, min, max, sorted, dict, set,
# str.join, any, all, enumerate/zip/map/filter, next and channel.send_sequence.
import stackless

ch = stackless.channel()

class FromChannel:
    """Yields what arrives on `ch` until None arrives."""
    def __iter__(self):
        return self
    def __next__(self):
        v = ch.receive()
        if v is None:
            raise StopIteration
        return v

def gen_from_channel():
    while True:
        v = ch.receive()
        if v is None:
            return
        yield v

def feed(*batches):
    for batch in batches:
        for v in batch:
            ch.send(v)
        ch.send(None)

def consume():
    print("list:", list(FromChannel()))
    print("tuple:", tuple(gen_from_channel()))
    print("sum:", sum(FromChannel()), sum(gen_from_channel(), 100))
    print("min/max:", min(FromChannel()), max(gen_from_channel()))
    print("sorted:", sorted(FromChannel(), reverse=True))
    print("dict:", dict(gen_from_channel()))
    print("set:", sorted(set(FromChannel())))
    print("join:", "-".join(gen_from_channel()))
    print("any/all:", any(FromChannel()), all(gen_from_channel()))
    print("enumerate:", list(enumerate(FromChannel(), 1)))
    print("zip:", list(zip(gen_from_channel(), "xyz")))
    print("map:", list(map(lambda v: v * v, FromChannel())))
    print("filter:", list(filter(None, gen_from_channel())))
    g = gen_from_channel()
    print("next:", next(g), next(g), next(g, "done"))

stackless.tasklet(consume)()
stackless.tasklet(feed)(
    [3, 1, 2], [4, 5], [1, 2], [3, 4], [7, 3, 9], [2, 8, 5], [5, 1, 7, 4],
    [("a", 1), ("b", 2)], [3, 1, 3, 2], ["p", "q", "r"], [0, 0, 1], [1, 1],
    ["u", "v"], [10, 20, 30], [2, 3, 4], [0, 1])
stackless.run()

# send_sequence over a generator that itself blocks on another channel
src = stackless.channel()
dst = stackless.channel()

def relay():
    def pull():
        while True:
            v = src.receive()
            if v is None:
                return
            yield v * 10
    n = dst.send_sequence(pull())
    print("relayed", n)
    dst.send(None)

def producer():
    for v in (1, 2, 3, None):
        src.send(v)

def sink():
    got = list(iter(dst.receive, None))
    print("sink got", got)

stackless.tasklet(relay)()
stackless.tasklet(producer)()
stackless.tasklet(sink)()
stackless.run()

# a channel iterated by natives directly (ended by StopIteration sent to it)
def sender(values):
    ch.send_sequence(values)
    ch.send_exception(StopIteration)

def summer():
    print("sum of channel:", sum(ch))
    print("list of channel:", list(ch))

stackless.tasklet(summer)()
stackless.tasklet(sender)([1, 2, 3])
stackless.run()
stackless.tasklet(sender)([4, 5])
stackless.run()
