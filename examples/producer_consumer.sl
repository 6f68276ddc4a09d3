# Producer / consumer: a producer tasklet feeds work items through a channel
# to two consumers; a None per consumer tells them to stop.
import stackless

work = stackless.channel()
done = stackless.channel()


def producer(items, consumers):
    for item in items:
        print("producing", item)
        work.send(item)
    for _ in range(consumers):
        work.send(None)


def consumer(name):
    handled = []
    while True:
        item = work.receive()
        if item is None:
            break
        print(name, "handles", item)
        handled.append(item * item)
        stackless.schedule()
    done.send((name, handled))


stackless.tasklet(consumer)("c1")
stackless.tasklet(consumer)("c2")
stackless.tasklet(producer)([1, 2, 3, 4, 5], 2)
results = {}
for _ in range(2):
    name, handled = done.receive()
    results[name] = handled
print("results", sorted(results.items()))
