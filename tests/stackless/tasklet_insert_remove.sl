# insert() and remove(): their return value, their effect on the run queue
# (next/prev, runcount, scheduled/paused), no-op cases, and using them from
# inside tasklets, on the main tasklet too.
import stackless

names = {}
log = []

def name(t):
    if t is None:
        return "None"
    if t is stackless.main:
        return "main"
    return names.get(id(t), "?")

def mk(n, *args):
    t = stackless.tasklet(work)(n, *args)
    names[id(t)] = n
    return t

def work(n):
    log.append(n)

def queue(start=None):
    start = start or stackless.current
    out = [name(start)]
    t = start.next
    while t is not None and t is not start:
        out.append(name(t))
        t = t.next
    return " ".join(out)

def flags(t):
    return "scheduled=%s paused=%s next=%s prev=%s" % (
        t.scheduled, t.paused, name(t.next), name(t.prev))

a, b, c = mk("a"), mk("b"), mk("c")
print("queue:", queue(), "runcount", stackless.runcount)
r = b.remove()
print("b.remove() returns b:", r is b, "queue:", queue(), "runcount", stackless.runcount)
print("b:", flags(b))
r = b.remove()
print("b.remove() again returns b:", r is b, "queue:", queue())
r = b.insert()
print("b.insert() returns b:", r is b, "queue:", queue(), "runcount", stackless.runcount)
print("b:", flags(b))
r = a.insert()
print("a.insert() when scheduled returns a:", r is a, "queue:", queue())
r = stackless.main.insert()
print("main.insert() returns main:", r is stackless.main, "queue:", queue())
fresh = stackless.tasklet(work)
names[id(fresh)] = "fresh"
r = fresh.remove()
print("fresh.remove() returns it:", r is fresh, flags(fresh))
a.remove()
c.remove()
a.insert()
print("after remove a, c and insert a:", queue())
print("c:", flags(c))
stackless.run()
print("log:", log, "queue:", queue())
del log[:]
c.insert()
stackless.run()
print("log:", log)
del log[:]

# removing and inserting from inside a running tasklet
def remover(n):
    print("in r:", queue())
    v.remove()
    print("in r after v.remove():", queue())
    stackless.schedule()
    print("in r again:", queue())
    v.insert()
    print("in r after v.insert():", queue())

r = stackless.tasklet(remover)("r")
names[id(r)] = "r"
v, w = mk("v"), mk("w")
stackless.run()
print("log:", log)
del log[:]

# insert() puts a tasklet before the current one, at the end of the
# circular queue as the current tasklet sees it
def inserter(n):
    print("in i:", queue())
    y.insert()
    print("in i after y.insert():", queue())
    print("main.next:", name(stackless.main.next), "main.prev:", name(stackless.main.prev))

i = stackless.tasklet(inserter)("i")
names[id(i)] = "i"
y = stackless.tasklet(work, ("y",))
names[id(y)] = "y"
z = mk("z")
i.run()
print("back in main:", queue(), "log:", log)
stackless.run()
print("log:", log)
del log[:]

# removing the scheduled main tasklet: it is revived when nothing else runs
def main_remover(n):
    r = stackless.main.remove()
    print("main.remove() returns main:", r is stackless.main)
    print("main:", flags(stackless.main), "queue:", queue())
    stackless.schedule()
    print("in mr again:", queue(), "runcount", stackless.runcount)

mr = stackless.tasklet(main_remover)("mr")
names[id(mr)] = "mr"
o = mk("o")
mr.run()
print("main revived:", queue(), "log:", log)
del log[:]

# inserting main while it waits in run(): run() returns at main's turn
def wake_main_early(n):
    print("main paused in run():", stackless.main.paused)
    r = stackless.main.insert()
    print("main.insert() returns main:", r is stackless.main, "queue:", queue())
    stackless.schedule()
    print("in e1 again:", queue())

e1 = stackless.tasklet(wake_main_early)("e1")
names[id(e1)] = "e1"
e2 = mk("e2")
r = stackless.run()
print("run() returned", r, "early; queue:", queue(), "log:", log)
stackless.run()
print("queue:", queue(), "runcount", stackless.runcount)
