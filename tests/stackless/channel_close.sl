# channel.close() / open() and the closing / closed flags: closing a channel
# with receivers or senders still waiting, which actions still work, what
# blocking on a closing channel raises, iteration ending, reopening.
import stackless

log = []

def flags(ch):
    return "balance=%d closing=%s closed=%s" % (ch.balance, ch.closing, ch.closed)

def attempt(label, fn, *args):
    try:
        r = fn(*args)
        log.append("%s -> %r" % (label, r))
    except (ValueError, StopIteration, RuntimeError) as e:
        log.append("%s -> %s: %s" % (label, type(e).__name__, e))

def flush(label):
    print(label)
    for line in log:
        print("   ", line)
    del log[:]

ch = stackless.channel()
log.append("new: " + flags(ch))
log.append("close() returns %r: %s" % (ch.close(), flags(ch)))
log.append("close() again returns %r: %s" % (ch.close(), flags(ch)))
attempt("send", ch.send, 1)
attempt("receive", ch.receive)
attempt("next()", next, ch)
log.append("open() returns %r: %s" % (ch.open(), flags(ch)))
log.append("open() again returns %r: %s" % (ch.open(), flags(ch)))
flush("an empty channel:")

# receivers waiting: sends still deliver; the flags follow the balance
def receiver(n):
    try:
        log.append("%s got %r" % (n, ch.receive()))
    except ValueError as e:
        log.append("%s: ValueError: %s" % (n, e))

for n in ("r1", "r2", "r3"):
    stackless.tasklet(receiver)(n)
stackless.run()
ch.close()
log.append("closed with receivers waiting: " + flags(ch))
attempt("next() with receivers waiting", next, ch)
attempt("receive with receivers waiting", ch.receive)
ch.send("one")
log.append("after a send: " + flags(ch))
ch.preference = 1
ch.send("two")
log.append("after a send preferring the sender: " + flags(ch))
stackless.run()
ch.preference = -1
ch.send("three")
log.append("after the last send: " + flags(ch))
attempt("send now", ch.send, "four")
ch.open()
flush("closing with receivers waiting:")

# senders waiting: receives and iteration drain it, then iteration stops
def sender(v):
    try:
        ch.send(v)
        log.append("sender %s done" % v)
    except ValueError as e:
        log.append("sender %s: ValueError: %s" % (v, e))

for v in (1, 2, 3):
    stackless.tasklet(sender)(v)
stackless.run()
ch.close()
log.append("closed with senders waiting: " + flags(ch))
log.append("receive -> %r, %s" % (ch.receive(), flags(ch)))
for v in ch:
    log.append("for loop got %r, %s" % (v, flags(ch)))
log.append("loop ended: " + flags(ch))
attempt("receive after draining", ch.receive)
stackless.run()
flush("closing with senders waiting:")

# a tasklet that would block on a closing channel gets the ValueError
def late(n):
    attempt(n + " receives", ch.receive)
    attempt(n + " sends", ch.send, n)

stackless.tasklet(late)("late")
stackless.run()
ch.open()
flush("blocking on a closed channel:")

# killing the last waiting tasklet makes a closing channel closed
w = stackless.tasklet(receiver)("w")
stackless.run()
ch.close()
log.append("closing, one receiver: " + flags(ch))
w.kill()
log.append("receiver killed: " + flags(ch))
ch.open()
flush("kill the last waiter:")

# reopening while tasklets wait: everything works again
for n in ("o1", "o2"):
    stackless.tasklet(receiver)(n)
stackless.run()
ch.close()
ch.open()
log.append("closed and reopened: " + flags(ch))
ch.send("a")
ch.send("b")
log.append("both served: " + flags(ch))
def lonely_receiver():
    log.append("lonely got %r" % ch.receive())
stackless.tasklet(lonely_receiver)()
stackless.run()
log.append("a receiver blocks on the reopened channel: " + flags(ch))
ch.send("c")
flush("reopening:")

# for loops in tasklets end when the channel closes
def consumer():
    for v in ch:
        log.append("consumer got %r" % v)
    log.append("consumer's loop ended")

def producer():
    for v in range(3):
        ch.send(v)
    ch.close()
    log.append("producer closed the channel: " + flags(ch))

cons = stackless.tasklet(consumer)()
stackless.tasklet(producer)()
stackless.run()
log.append("after run: %s; the consumer is still blocked: %s" % (flags(ch), cons.blocked))
cons.kill()
log.append("consumer killed: " + flags(ch))
flush("a producer closes the channel:")
