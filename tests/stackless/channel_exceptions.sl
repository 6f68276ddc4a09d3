# channel.send_exception(exc_class, *args) and channel.send_throw(exc, val,
# tb): the receiver raises instead of getting a value, whether it was
# waiting or comes later; the forms of the arguments; exceptions through
# for loops (StopIteration ends them); sender and receiver ordering.
import stackless

log = []
ch = stackless.channel()

def flush(label):
    print(label)
    for line in log:
        print("   ", line)
    del log[:]

def catcher(n):
    try:
        v = ch.receive()
        log.append("%s got the value %r" % (n, v))
    except BaseException as e:
        log.append("%s raised %s%r" % (n, type(e).__name__, e.args))
        return e

def waiting(n):
    t = stackless.tasklet(catcher)(n)
    t.run()
    return t

# --- to a waiting receiver
waiting("a")
r = ch.send_exception(ValueError)
log.append("send_exception returned %r" % (r,))
waiting("b")
ch.send_exception(ValueError, "one arg")
waiting("c")
ch.send_exception(ValueError, 1, 2, 3)
waiting("d")
ch.send_exception(KeyError, ("a", "tuple"))
waiting("e")
ch.send_exception(TaskletExit)
waiting("f")
r = ch.send_throw(IndexError)
log.append("send_throw returned %r" % (r,))
waiting("g")
ch.send_throw(IndexError, "val")
waiting("h")
ch.send_throw(IndexError, (4, 5))
waiting("i")
inst = IndexError("the instance")
ch.send_throw(inst)
waiting("j")
ch.send_throw(LookupError, KeyError("subclass instance"))
waiting("k")
ch.send_throw(IndexError, None, None)
waiting("l")
ch.send(ValueError("a value, not raised"))
log.append("balance %d" % ch.balance)
flush("to a waiting receiver:")

# the same instance arrives
holder = []
def keep():
    try:
        ch.receive()
    except IndexError as e:
        holder.append(e)
stackless.tasklet(keep)().run()
ch.send_throw(inst)
print("send_throw(instance) delivers that instance:", holder[0] is inst)

# --- the sender blocks first; the receiver raises when it receives
def thrower(n, how):
    log.append("%s sends an exception" % n)
    if how == "exception":
        r = ch.send_exception(ValueError, n)
    else:
        r = ch.send_throw(ValueError(n))
    log.append("%s resumes, its send returned %r" % (n, r))

stackless.tasklet(thrower)("s1", "exception")
stackless.tasklet(thrower)("s2", "throw")
stackless.tasklet(lambda: log.append("a third tasklet runs"))()
stackless.run()
log.append("balance %d" % ch.balance)
for i in range(2):
    try:
        ch.receive()
    except ValueError as e:
        log.append("main's receive raised ValueError%r, balance %d" % (e.args, ch.balance))
stackless.run()
flush("blocked senders:")

# preferring the sender: the receiver raises when it resumes. (s3 blocks
# as the last runnable tasklet: run() wakes with its exception, a Stackless
# quirk; s3 still waits with it.)
ch.preference = 1
stackless.tasklet(thrower)("s3", "exception")
try:
    stackless.run()
except ValueError as e:
    log.append("run() raised ValueError%r; balance %d" % (e.args, ch.balance))
try:
    ch.receive()
except ValueError as e:
    log.append("main raised ValueError%r after the sender ran" % (e.args,))
ch.preference = -1
flush("preference 1:")

# --- main as the receiver, blocked
def later_thrower():
    log.append("later_thrower runs, main blocked %s" % stackless.main.blocked)
    ch.send_exception(RuntimeError, "to main")
    log.append("later_thrower resumes")

stackless.tasklet(later_thrower)()
try:
    ch.receive()
except RuntimeError as e:
    log.append("main raised RuntimeError%r" % (e.args,))
stackless.run()
flush("main blocked receiving:")

# --- for loops: an exception leaves the loop, StopIteration ends it
def looper(n):
    try:
        for v in ch:
            log.append("%s got %r" % (n, v))
        log.append("%s: loop ended normally" % n)
    except KeyError as e:
        log.append("%s: KeyError%r left the loop" % (n, e.args))

stackless.tasklet(looper)("L1")
stackless.run()
ch.send(1)
ch.send(2)
ch.send_exception(KeyError, "stop it")
stackless.tasklet(looper)("L2")
stackless.run()
ch.send(3)
ch.send_exception(StopIteration)
stackless.tasklet(looper)("L3")
stackless.run()
ch.send_throw(StopIteration("with a value"))
flush("for loops:")

# --- an exception the receiver does not catch ends it and reaches main
def careless():
    ch.receive()
    log.append("not reached")

stackless.tasklet(careless)()
stackless.run()
try:
    ch.send_exception(ZeroDivisionError, "uncaught")
    log.append("main's send_exception returned")
except ZeroDivisionError as e:
    log.append("main got ZeroDivisionError%r back, balance %d" % (e.args, ch.balance))
flush("an uncaught exception:")
