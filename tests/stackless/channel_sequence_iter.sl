# channel.send_sequence(iterable) and iterating over a channel: what
# send_sequence returns, sequences of every kind, a failing iterable, for
# loops, next(), iter(ch) is ch, draining a closed channel with list(), and
# how closing the channel does (or does not) end a loop.
import stackless

log = []
ch = stackless.channel()

def flush(label):
    print(label)
    for line in log:
        print("   ", line)
    del log[:]

def collect(n):
    got = []
    for i in range(n):
        got.append(ch.receive())
    log.append("collected %r" % (got,))

def gen(n):
    for i in range(n):
        log.append("gen yields %d" % i)
        yield i * i

for label, seq, n in [("list", [1, 2, 3], 3), ("tuple", ("a", "b"), 2), ("range", range(4), 4),
                      ("string", "xyz", 3), ("dict", {"k1": 1, "k2": 2}, 2),
                      ("set of one", {42}, 1), ("empty list", [], 0), ("generator", gen(3), 3)]:
    stackless.tasklet(collect)(n)
    stackless.run()
    r = ch.send_sequence(seq)
    log.append("send_sequence(%s) returned %r" % (label, r))
    stackless.run()
flush("send_sequence from main to a waiting receiver:")

# a failing iterable: the items before the failure were sent
def bad_gen():
    yield "first"
    yield "second"
    raise KeyError("broken")

stackless.tasklet(collect)(2)
stackless.run()
try:
    ch.send_sequence(bad_gen())
except KeyError as e:
    log.append("send_sequence raised KeyError%r, balance %d" % (e.args, ch.balance))
try:
    ch.send_sequence(5)
except TypeError as e:
    log.append("send_sequence(5) -> TypeError: %s" % e)
flush("failing iterables:")

# a sending tasklet and a for loop in main, the channel preferring the sender
def producer(seq):
    n = ch.send_sequence(seq)
    log.append("producer sent %d items" % n)
    ch.close()
    log.append("producer closed the channel")

ch.preference = 1
stackless.tasklet(producer)(gen(3))
for v in ch:
    log.append("main's loop got %r" % v)
log.append("main's loop ended; closed %s" % ch.closed)
ch.open()
flush("send_sequence to a for loop, preference 1:")

# with the default preference main is already waiting again when the
# producer closes the channel: close() does not wake it, so it deadlocks
ch.preference = -1
stackless.tasklet(producer)(["p", "q"])
try:
    for v in ch:
        log.append("main's loop got %r" % v)
except RuntimeError as e:
    log.append("main's loop: RuntimeError: %s" % e)
log.append("closing %s closed %s balance %d" % (ch.closing, ch.closed, ch.balance))
ch.open()
flush("send_sequence to a for loop, preference -1:")

# iter(), next() and the method forms
print("iter(ch) is ch:", iter(ch) is ch, "ch.__iter__() is ch:", ch.__iter__() is ch)
def two_senders():
    ch.send("n1")
    ch.send("n2")
    ch.send("n3")
stackless.tasklet(two_senders)()
stackless.run()
print("next(ch):", next(ch), "ch.__next__():", ch.__next__(), "next(iter(ch)):", next(iter(ch)))
stackless.run()

# a closed channel with senders waiting drains into a list
def sender(v):
    ch.send(v)
for v in "abc":
    stackless.tasklet(sender)(v)
stackless.run()
ch.close()
print("list(closed channel):", list(ch), "balance", ch.balance, "closed", ch.closed)
stackless.run()
ch.open()

# a for loop in a tasklet fed by send_sequence from another tasklet
def consumer():
    for v in ch:
        log.append("consumer got %r" % (v,))
    log.append("consumer's loop ended")

def feeder():
    log.append("feeder sent %d" % ch.send_sequence([(1, 2), None, "end"]))
    ch.close()
    log.append("feeder closed")

c = stackless.tasklet(consumer)()
stackless.tasklet(feeder)()
stackless.run()
log.append("consumer blocked %s; closing %s" % (c.blocked, ch.closing))
c.kill()
flush("between tasklets:")
