# tasklet.run() and tasklet.switch(): which tasklets run before the caller's
# turn comes back, scheduled versus removed targets, run/switch on the
# current tasklet, the value run() returns, raw scheduling with switch(),
# and waking main out of stackless.run() with main.run().
import stackless

names = {}
log = []

def name(t):
    if t is None:
        return "None"
    if t is stackless.main:
        return "main"
    return names.get(id(t), "?")

def mk(n, f, *args):
    t = stackless.tasklet(f)(n, *args)
    names[id(t)] = n
    return t

def queue(start=None):
    start = start or stackless.current
    out = [name(start)]
    t = start.next
    while t is not None and t is not start:
        out.append(name(t))
        t = t.next
    return " ".join(out)

def flush(label):
    print(label, log)
    del log[:]

def looper(n, times):
    for i in range(times):
        c = stackless.current
        log.append("%s%d(next=%s main.scheduled=%s)" % (n, i, name(c.next), stackless.main.scheduled))
        stackless.schedule()

# running a scheduled tasklet: the tasklets after it run too before main
a, b, c = mk("a", looper, 3), mk("b", looper, 3), mk("c", looper, 3)
r = a.run()
flush("a.run() returned %r:" % (r,))
print("queue:", queue())
# running a removed tasklet: it goes to the end, just before main
b.remove()
b.run()
flush("b removed, b.run():")
print("queue:", queue())
c.run()
flush("c.run():")
print("queue:", queue())
stackless.run()
flush("the rest:")

# run() on the current tasklet does nothing and returns None
print("current.run() returns", stackless.current.run(), "queue:", queue())

# run() returns the caller's tempval when it resumes
def set_main_tempval(n):
    stackless.main.tempval = "set by " + n
    stackless.schedule()

s = mk("s", set_main_tempval)
print("s.run() returned", repr(s.run()))
stackless.run()

# run() from inside a tasklet
def runner(n):
    log.append("runner starts, queue " + queue())
    r = target.run()
    log.append("runner resumes, run() returned %r, queue %s" % (r, queue()))

def target_fn():
    log.append("target runs, queue " + queue())

target = stackless.tasklet(target_fn, ())
names[id(target)] = "target"
mk("runner", runner)
stackless.run()
flush("run from a tasklet:")

# switch(): the caller is paused until something runs it again
def sw(n):
    log.append("%s: main paused=%s scheduled=%s queue %s" % (
        n, stackless.main.paused, stackless.main.scheduled, queue()))

s1, s2 = mk("s1", sw), mk("s2", sw)
r = s1.switch()
flush("s1.switch() returned %r:" % (r,))
print("queue:", queue(), "main paused", stackless.main.paused)

# switching to a paused tasklet; it puts main back into the queue
def back_to(m):
    log.append("p runs, main paused=%s" % m.paused)
    m.insert()
    log.append("p inserted main, queue " + queue())

p = stackless.tasklet(back_to, (stackless.main,))
names[id(p)] = "p"
print("p paused before switch:", p.paused)
p.switch()
log.append("main back, p alive=%s" % p.alive)
flush("switch to a paused tasklet:")

# switch() to the current tasklet (alone in the queue) does nothing
print("main.switch() returns", stackless.main.switch(), "queue:", queue())

# raw scheduling: two tasklets switching to each other
def ping(n):
    for i in range(3):
        log.append("ping %d (queue %s)" % (i, queue()))
        pong_t.switch()

def pong(n):
    for i in range(3):
        log.append("pong %d (queue %s)" % (i, queue()))
        ping_t.switch()

ping_t, pong_t = mk("ping", ping), mk("pong", pong)
stackless.run()
flush("ping-pong:")
print("ping alive", ping_t.alive, "pong alive", pong_t.alive, "pong paused", pong_t.paused)
pong_t.kill()
print("pong killed, alive", pong_t.alive)

# main.run() from a tasklet wakes main out of stackless.run()
def wake(n):
    log.append("wake calls main.run(), main paused=%s" % stackless.main.paused)
    r = stackless.main.run()
    log.append("wake resumed, main.run() returned %r" % (r,))

mk("wake", wake)
r = stackless.run()
log.append("run() returned %r, queue %s" % (r, queue()))
stackless.run()
flush("main.run():")
print("queue:", queue())

# an uncaught exception in the tasklet main runs comes back to main, which
# keeps its place in the queue
def work(n):
    log.append(n + " runs")

def boom(n):
    raise ValueError(n)

mk("A", work)
bt = mk("T", boom)
mk("B", work)
print("queue:", queue())
try:
    bt.run()
except ValueError as e:
    print("bt.run() raised ValueError:", e, "queue:", queue())
stackless.run()
flush("then:")
