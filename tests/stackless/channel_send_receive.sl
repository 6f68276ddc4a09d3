# channel.send / channel.receive: values of any type, FIFO order of blocked
# senders and receivers, balance and queue as tasklets block, who runs after
# an exchange (default preference), blocking main, and the deadlock errors.
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
    t = stackless.tasklet(f)(*args)
    names[id(t)] = n
    return t

def flush(label):
    print(label)
    for line in log:
        print("   ", line)
    del log[:]

ch = stackless.channel()
print("new channel: balance", ch.balance, "queue", ch.queue)

# --- values of any type pass unchanged (an exception instance is a value)
def echo():
    while True:
        v = ch.receive()
        if v == "stop":
            break
        ch.send(v)

mk("echo", echo)
for v in [None, 0, -7, 2.5, "text", (1, "two"), [3, [4]], {"k": "v"}, ValueError("not raised"), ch]:
    r = ch.send(v)
    back = ch.receive()
    print("sent %-22s send() returned %r, echoed back the same object: %s" % (
        type(v).__name__, r, back is v))
ch.send("stop")
stackless.run()

# --- FIFO: receivers blocked in order get the values in order
def receiver(n):
    log.append("%s waits" % n)
    v = ch.receive()
    log.append("%s got %s" % (n, v))

rs = [mk("r%d" % i, receiver, "r%d" % i) for i in range(3)]
stackless.run()
log.append("balance %d, queue %s, queue.next %s" % (ch.balance, name(ch.queue), name(ch.queue.next)))
for v in "abc":
    ch.send(v)
    log.append("main sent %s: balance %d queue %s" % (v, ch.balance, name(ch.queue)))
flush("three blocked receivers:")

# --- FIFO: senders blocked in order deliver in order
def sender(n, v):
    log.append("%s sends %s" % (n, v))
    ch.send(v)
    log.append("%s resumes" % n)

ss = [mk("s%d" % i, sender, "s%d" % i, i * 10) for i in range(3)]
stackless.run()
log.append("balance %d, queue %s" % (ch.balance, name(ch.queue)))
for i in range(3):
    v = ch.receive()
    log.append("main received %s: balance %d queue %s runcount %d" % (v, ch.balance, name(ch.queue), stackless.runcount))
stackless.run()
flush("three blocked senders:")

# --- who runs next: the woken receiver runs at once, the tasklets queued
# after it too, before the sender continues
def recv_then_schedule(n):
    v = ch.receive()
    log.append("%s got %s" % (n, v))
    stackless.schedule()
    log.append("%s again" % n)

def other(n):
    log.append("%s runs" % n)

mk("A", recv_then_schedule, "A")
stackless.run()
mk("B", other, "B")
log.append("main sends")
ch.send("x")
log.append("main continues")
stackless.run()
flush("send to a waiting receiver:")

def send_then_log(n):
    ch.send("y")
    log.append("%s resumes" % n)

mk("S", send_then_log, "S")
stackless.run()
mk("C", other, "C")
log.append("main receives %s" % ch.receive())
log.append("main continues, runcount %d" % stackless.runcount)
stackless.run()
flush("receive from a waiting sender:")

# --- between two tasklets
def producer(n):
    for i in range(3):
        log.append("%s sends %d" % (n, i))
        ch.send(i)
    log.append("%s done" % n)

def consumer(n):
    for i in range(3):
        log.append("%s got %d" % (n, ch.receive()))
    log.append("%s done" % n)

mk("P", producer, "P")
mk("Q", consumer, "Q")
stackless.run()
log.append("balance %d" % ch.balance)
flush("producer and consumer:")

mk("Q2", consumer, "Q2")
mk("P2", producer, "P2")
stackless.run()
flush("consumer first:")

# --- main blocks until a tasklet sends
def late_sender(n):
    log.append("%s runs, main.blocked %s, balance %d" % (n, stackless.main.blocked, ch.balance))
    ch.send("late")
    log.append("%s resumes" % n)

mk("L", late_sender, "L")
log.append("main received %s" % ch.receive())
stackless.run()
flush("main blocked receiving:")

def late_receiver(n):
    log.append("%s runs, main.blocked %s, balance %d" % (n, stackless.main.blocked, ch.balance))
    log.append("%s got %s" % (n, ch.receive()))

mk("M", late_receiver, "M")
r = ch.send("from main")
log.append("main's send returned %r" % (r,))
stackless.run()
flush("main blocked sending:")

# --- a tasklet blocks with nothing else runnable: run() returns to main
def lonely(n):
    log.append("%s blocks" % n)
    log.append("%s got %s" % (n, ch.receive()))

lo = mk("lonely", lonely, "lonely")
r = stackless.run()
log.append("run() returned %r; lonely blocked %s, balance %d" % (r, lo.blocked, ch.balance))
ch.send("company")
log.append("lonely alive %s" % lo.alive)
flush("blocking the last tasklet:")

# --- deadlocks
for label, action in [("receive", ch.receive), ("send", lambda: ch.send(1))]:
    try:
        action()
    except RuntimeError as e:
        log.append("main %s alone: RuntimeError: %s; balance %d" % (label, e, ch.balance))

def quitter(n):
    log.append("%s runs and ends" % n)

mk("q1", quitter, "q1")
try:
    ch.receive()
except RuntimeError as e:
    log.append("RuntimeError: %s; balance %d main.blocked %s" % (e, ch.balance, stackless.main.blocked))
mk("q2", quitter, "q2")
try:
    ch.send("nobody")
except RuntimeError as e:
    log.append("RuntimeError: %s; balance %d" % (e, ch.balance))
flush("deadlocks:")
print("runcount", stackless.runcount)
