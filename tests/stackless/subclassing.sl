# Subclasses of stackless.tasklet and stackless.channel: extra attributes,
# __init__ with super().__init__, overridden methods calling the base ones,
# which internal operations do not go through the overrides, current being
# the subclass instance, read-only attributes staying read-only.
import stackless

log = []

def flush(label):
    print(label)
    for line in log:
        print("   ", line)
    del log[:]

class Worker(stackless.tasklet):
    kind = "worker"

    def __init__(self, name, *jobs):
        super().__init__(self.work)
        self.name = name
        self.jobs = list(jobs)
        self.done = []

    def work(self, prefix):
        for job in self.jobs:
            self.done.append(prefix + job)
            log.append("%s does %s%s (current is self: %s)" % (
                self.name, prefix, job, stackless.current is self))
            stackless.schedule()

    def kill(self, pending=False):
        log.append("%s.kill(pending=%s)" % (self.name, pending))
        return super().kill(pending)

    def run(self):
        log.append("%s.run()" % self.name)
        return super().run()

w1 = Worker("w1", "a", "b")
w2 = Worker("w2", "c")
print("isinstance:", isinstance(w1, stackless.tasklet), isinstance(w1, Worker),
      "issubclass:", issubclass(Worker, stackless.tasklet), "type:", type(w1).__name__,
      "class attribute:", w1.kind)
print("bound to its own method:", w1.tempval.__self__ is w1, w1.tempval.__func__ is Worker.work, "alive", w1.alive)
r = w1("job-")
print("calling it returns itself:", r is w1, "scheduled", w1.scheduled)
w2.setup("task-")
stackless.run()
print("done:", w1.done, w2.done, "alive:", w1.alive, w2.alive)
flush("a tasklet subclass:")

w3 = Worker("w3", "x", "y", "z")
w3("")
w3.run()
w3.kill()
log.append("w3 alive %s, done %r" % (w3.alive, w3.done))
flush("overridden run() and kill():")

# internal operations do not call the overrides: setup() inserts without
# calling insert(), __call__ is setup even if setup() is overridden
class Quiet(stackless.tasklet):
    def insert(self):
        log.append("Quiet.insert")
        return super().insert()
    def setup(self, *args):
        log.append("Quiet.setup%r" % (args,))
        return super().setup(*args)

q = Quiet(lambda v: log.append("quiet runs with %r" % v))
q(1)
stackless.run()
q2 = Quiet(lambda v: log.append("quiet runs with %r" % v))
q2.setup(2)
stackless.run()
q3 = Quiet(lambda v: log.append("quiet runs with %r" % v), (3,))
q3.insert()
stackless.run()
flush("overrides and internal calls:")

class Callable(stackless.tasklet):
    def __call__(self, *args):
        log.append("Callable.__call__%r" % (args,))
        return super().__call__(*args)

c = Callable(lambda: log.append("callable's function runs"))
log.append("c() returns itself: %s" % (c() is c))
stackless.run()
flush("overriding __call__:")

# an __init__ that does not call the base one leaves the tasklet unbound
class Forgetful(stackless.tasklet):
    def __init__(self, func):
        self.func = func

fg = Forgetful(lambda: None)
print("without super().__init__: alive", fg.alive, "tempval", fg.tempval)
try:
    fg.setup()
except RuntimeError as e:
    print("setup: RuntimeError:", e)
fg.bind(fg.func)
fg.setup()
stackless.run()
print("bound by hand and run: alive", fg.alive)

# a subclass without __init__ takes the base arguments
class Plain(stackless.tasklet):
    pass

p = Plain(lambda a, b=0: log.append("plain %s %s" % (a, b)), (1,), {"b": 2})
print("Plain(f, args, kwargs): paused", p.paused)
p.insert()
class Deeper(Plain):
    pass
d = Deeper(lambda: log.append("deeper runs"))()
print("a subclass of a subclass:", isinstance(d, Plain), isinstance(d, stackless.tasklet))
stackless.run()
flush("subclasses without __init__:")

# read-only attributes stay read-only, other attributes are free
for attr in ("alive", "scheduled", "blocked", "paused", "is_main", "next"):
    try:
        setattr(p, attr, "x")
        print("set", attr, "on a subclass instance!")
    except AttributeError:
        pass
p.tempval = "writable"
p.note = "free"
print("read-only attributes refused; tempval", p.tempval, "note", p.note, "alive", p.alive)
print("main is a plain tasklet:", type(stackless.main) is stackless.tasklet)

# --- channel subclasses
class LoggingChannel(stackless.channel):
    def __init__(self, label):
        super().__init__()
        self.label = label
        self.count = 0

    def send(self, value):
        self.count += 1
        log.append("%s.send(%r)" % (self.label, value))
        return super().send(value)

    def receive(self):
        v = super().receive()
        log.append("%s.receive() -> %r" % (self.label, v))
        return v

lc = LoggingChannel("lc")
lc.preference = 1
print("channel subclass:", isinstance(lc, stackless.channel), type(lc).__name__,
      "balance", lc.balance, "preference", lc.preference, "label", lc.label)

def consumer(ch, n):
    for i in range(n):
        ch.receive()

stackless.tasklet(consumer)(lc, 3)
stackless.run()
log.append("queue is a tasklet: %s, balance %d" % (isinstance(lc.queue, stackless.tasklet), lc.balance))
lc.send("one")
lc.send_sequence(["two", "three"])
log.append("count %d (send_sequence does not call send)" % lc.count)
stackless.run()
flush("a channel subclass:")

def producer(ch):
    for v in ("p", "q"):
        ch.send(v)
    ch.close()

stackless.tasklet(producer)(lc)
for v in lc:
    log.append("for loop got %r" % v)
log.append("closed %s" % lc.closed)
flush("iterating does not call receive():")

class Counting(stackless.channel):
    def __next__(self):
        v = super().__next__()
        log.append("Counting.__next__ -> %r" % v)
        return v

def sender(ch, v):
    ch.send(v)
    log.append("sender of %r done" % v)

cc = Counting()
for v in "pq":
    stackless.tasklet(sender)(cc, v)
stackless.run()
cc.close()
for v in cc:
    log.append("for loop got %r" % v)
stackless.run()
flush("overriding __next__ (senders waiting on a closed channel):")

class Sub(LoggingChannel):
    pass

sc = Sub("sub")
sc.preference = 1
sc.schedule_all = 1
print("subclass of a subclass:", type(sc).__name__, sc.label, sc.preference, sc.schedule_all)
for attr in ("balance", "queue", "closing", "closed"):
    try:
        setattr(sc, attr, 1)
        print("set", attr, "on a channel subclass instance!")
    except AttributeError:
        pass
print("read-only channel attributes refused; balance", sc.balance)
