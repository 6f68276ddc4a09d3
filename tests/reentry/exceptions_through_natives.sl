# Exceptions raised by callbacks after they switched tasklets propagate
# through the waiting native as Python propagates them.
import stackless

ch = stackless.channel()

def key(x):
    v = ch.receive()
    if v == "bad":
        raise ValueError("bad key for %r" % (x,))
    return v

def sorter():
    try:
        sorted(["a", "b", "c"], key=key)
    except ValueError as e:
        print("sorter caught:", e)

def feeder(values):
    for v in values:
        ch.send(v)

stackless.tasklet(sorter)()
stackless.tasklet(feeder)([1, "bad"])
stackless.run()

# __eq__ that schedules, then raises: list.index gives up
class Grumpy:
    def __eq__(self, other):
        stackless.schedule()
        raise TypeError("cannot compare")

def finder():
    try:
        [1, 2].index(Grumpy())
    except TypeError as e:
        print("finder caught:", e)

stackless.tasklet(finder)()
stackless.run()

# StopIteration escaping a generator is a RuntimeError (PEP 479), also
# when list() consumes it across a switch
def leaky():
    yield 1
    stackless.schedule()
    raise StopIteration

def collector():
    try:
        list(leaky())
    except RuntimeError as e:
        print("collector caught:", e)

stackless.tasklet(collector)()
stackless.run()

# a native callee of a native fails (int of a bad string, as a key)
def int_keys():
    try:
        sorted(["2", "x"], key=int)
    except ValueError as e:
        print("int_keys caught:", e)
    print("int keys:", sorted(["10", "9", "100"], key=int))

stackless.tasklet(int_keys)()
stackless.run()

# an exception the callback handles itself does not reach the native
def careful(x):
    try:
        stackless.schedule()
        return 1 // x
    except ZeroDivisionError:
        return -1

print("careful:", list(map(careful, [1, 0, 2])))

# generator.throw into a generator that blocks after catching
def echo():
    while True:
        try:
            yield ch.receive()
        except KeyError as e:
            print("echo caught", e)

def thrower():
    g = echo()
    print("first:", next(g))
    print("after throw:", g.throw(KeyError("k")))
    g.close()
    print("closed")

stackless.tasklet(thrower)()
stackless.tasklet(feeder)(["x", "y"])
stackless.run()

# an uncaught exception from a key function in a tasklet goes to main
def failing():
    sorted([1], key=lambda x: {}[x])

stackless.tasklet(failing)()
try:
    stackless.run()
except KeyError as e:
    print("main got KeyError", e)
