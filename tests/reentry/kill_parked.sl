# kill() of tasklets parked inside natives (sorted's key function blocked on a
# channel, list() over a blocked generator, print of an object whose __str__
# blocks): the script finally blocks run, the tasklets end quietly, and
# restorable is False only while a tasklet is parked in a native.
import stackless

ch = stackless.channel()

def key(x):
    try:
        return ch.receive()
    finally:
        print("  key finally", x)

def sorting():
    try:
        print("sorted:", sorted([1, 2], key=key))
    finally:
        print("  sorting finally")

def blocked_gen():
    try:
        yield ch.receive()
    finally:
        print("  generator finally")

def listing():
    try:
        print("list:", list(blocked_gen()))
    finally:
        print("  listing finally")

class Slow:
    def __str__(self):
        try:
            return ch.receive()
        finally:
            print("  __str__ finally")

def printing():
    print("printing:", Slow())

def plain():
    ch.receive()

for f in (sorting, listing, printing, plain):
    t = stackless.tasklet(f)()
    print(f.__name__, "restorable before:", t.restorable)
    stackless.run()
    print(f.__name__, "blocked:", t.blocked, "restorable:", t.restorable)
    t.kill()
    print(f.__name__, "alive after kill:", t.alive)

# the current tasklet is not restorable inside a callback of a native
seen = []
def key_reports(x):
    seen.append(stackless.getcurrent().restorable)
    return x
sorted([2, 1], key=key_reports)
print("inside a key function:", seen, "outside:", stackless.getcurrent().restorable)

# a paused tasklet parked in a native cannot be rebound (it is not restorable)
def pausing():
    sorted([1], key=lambda x: stackless.schedule_remove())

t = stackless.tasklet(pausing)()
stackless.run()
print("paused:", t.paused, "restorable:", t.restorable)
try:
    t.bind(pausing)
except RuntimeError as e:
    print("bind refused:", e)
t.insert()
stackless.run()
print("finished:", not t.alive)
