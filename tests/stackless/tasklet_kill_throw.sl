# kill(pending), throw(exc, val, tb, pending) and raise_exception(exc, *args)
# on tasklets in every state: never started (queued or paused), queued,
# paused, blocked, current, main; who runs before the call returns, where an
# uncaught exception goes, and the forms of the exception arguments.
import stackless

log = []
c = stackless.channel()

def flush(label):
    print(label)
    for line in log:
        print("   ", line)
    del log[:]

def body(n):
    log.append(n + " body runs")

# --- kill of a tasklet that never started: its body never runs, but the
# tasklets after it in the queue get their turn before kill() returns
n1 = stackless.tasklet(body)("n1")
n2 = stackless.tasklet(body)("n2")
r = n1.kill()
log.append("kill returned %r; n1 alive=%s n2 alive=%s" % (r, n1.alive, n2.alive))
flush("kill an unstarted queued tasklet:")

n3 = stackless.tasklet(body)("n3")
r = n3.kill(pending=True)
log.append("kill(pending=True) returned %r; alive=%s scheduled=%s" % (r, n3.alive, n3.scheduled))
stackless.run()
log.append("after run(): alive=%s" % n3.alive)
flush("kill(pending=True) an unstarted tasklet:")

p = stackless.tasklet(body, ("p",))
p.kill()
log.append("alive=%s paused=%s" % (p.alive, p.paused))
flush("kill an unstarted paused tasklet:")

# --- kill of a blocked tasklet
def waiter(n):
    try:
        v = c.receive()
        log.append("%s got %r" % (n, v))
    except TaskletExit as e:
        log.append("%s got TaskletExit%r" % (n, e.args))
        raise
    finally:
        log.append(n + " finally")

w = stackless.tasklet(waiter)("w")
w.run()
log.append("blocked=%s balance=%d" % (w.blocked, c.balance))
r = w.kill(pending=True)
log.append("kill(pending=True) returned %r; blocked=%s scheduled=%s balance=%d" % (
    r, w.blocked, w.scheduled, c.balance))
stackless.run()
log.append("after run(): alive=%s" % w.alive)
flush("kill(pending=True) a blocked tasklet:")

w2 = stackless.tasklet(waiter)("w2")
w2.run()
w2.kill(pending=1)
log.append("kill(pending=1): blocked=%s scheduled=%s alive=%s" % (w2.blocked, w2.scheduled, w2.alive))
w2.kill(0)
log.append("kill(0): alive=%s balance=%d" % (w2.alive, c.balance))
flush("kill with integer pending flags:")

# a blocked sender killed: its value is never delivered
def sender(v):
    try:
        c.send(v)
    finally:
        log.append("sender finally")

s = stackless.tasklet(sender)("lost")
s.run()
log.append("balance=%d tempval=%r" % (c.balance, s.tempval))
s.kill()
log.append("balance=%d alive=%s tempval=%r" % (c.balance, s.alive, s.tempval))
flush("kill a blocked sender:")

# --- kill in nested calls: finally clauses run innermost first
def inner():
    try:
        stackless.schedule_remove()
    finally:
        log.append("inner finally")

def outer():
    try:
        inner()
    finally:
        log.append("outer finally")

o = stackless.tasklet(outer)()
stackless.run()
o.kill()
log.append("alive=%s" % o.alive)
flush("kill nested calls:")

# --- kill of the main tasklet from a tasklet: TaskletExit in main's run()
def killer():
    log.append("killer kills main")
    r = stackless.main.kill()
    log.append("killer resumes, kill returned %r" % (r,))

k = stackless.tasklet(killer)()
try:
    stackless.run()
except TaskletExit as e:
    log.append("main caught TaskletExit%r" % (e.args,))
log.append("killer scheduled=%s" % k.scheduled)
stackless.run()
flush("kill main:")

# --- the current tasklet: the exception is raised at once, pending or not
for label, call in [
        ("current.kill()", lambda: stackless.current.kill()),
        ("current.kill(pending=True)", lambda: stackless.current.kill(pending=True)),
        ("current.throw(KeyError, 'k')", lambda: stackless.current.throw(KeyError, "k")),
        ("current.throw(KeyError, 'k', pending=True)", lambda: stackless.current.throw(KeyError, "k", pending=True)),
        ("current.raise_exception(ValueError, 1, 2)", lambda: stackless.current.raise_exception(ValueError, 1, 2))]:
    try:
        call()
        log.append(label + " returned")
    except BaseException as e:
        log.append("%s raised %s%r" % (label, type(e).__name__, e.args))
flush("on the current tasklet:")

# --- throw: the forms of its arguments
def catcher(n):
    try:
        c.receive()
    except BaseException as e:
        log.append("%s caught %s%r" % (n, type(e).__name__, e.args))

def start(n):
    t = stackless.tasklet(catcher)(n)
    t.run()
    return t

r = start("t1").throw(IndexError)
log.append("throw returned %r" % (r,))
start("t2").throw(IndexError, "v")
start("t3").throw(IndexError, (1, 2))
start("t4").throw(IndexError(3, 4))
start("t5").throw(IndexError(5), None)
start("t6").throw(KeyError, KeyError("instance"))
start("t7").throw(LookupError, KeyError("subclass instance"))
start("t8").throw(exc=ValueError, val="keywords")
start("t9").throw(TaskletExit)
t10 = start("t10")
t10.throw(ValueError, None, None, True)
log.append("t10 after a pending throw: blocked=%s scheduled=%s" % (t10.blocked, t10.scheduled))
stackless.run()
log.append("balance=%d" % c.balance)
flush("throw forms:")

# --- raise_exception(exc_class, *args)
start("r1").raise_exception(IndexError)
start("r2").raise_exception(IndexError, 1, 2)
start("r3").raise_exception(IndexError, (1, 2))
start("r4").raise_exception(TaskletExit)
flush("raise_exception forms:")

# --- pending throws to paused and queued tasklets
def pauser(n):
    try:
        stackless.schedule_remove()
    except Exception as e:
        log.append("%s caught %s%r" % (n, type(e).__name__, e.args))

pa = stackless.tasklet(pauser)("pa")
stackless.run()
r = pa.throw(ValueError, "later", pending=True)
log.append("throw(pending=True) returned %r; paused=%s scheduled=%s" % (r, pa.paused, pa.scheduled))
stackless.run()
log.append("pa alive=%s" % pa.alive)
pb = stackless.tasklet(pauser)("pb")
stackless.run()
pb.throw(ValueError, "now")
log.append("pb alive=%s" % pb.alive)
flush("throw to paused tasklets:")

def looper(n):
    try:
        while True:
            log.append(n + " tick")
            stackless.schedule()
    except ValueError as e:
        log.append("%s caught ValueError%r" % (n, e.args))

q1 = stackless.tasklet(looper)("q1")
q2 = stackless.tasklet(looper)("q2")
stackless.schedule()
q1.throw(ValueError, "pending", pending=True)
log.append("pending throw to queued q1 returned")
stackless.schedule()
log.append("q1 alive=%s" % q1.alive)
q2.throw(ValueError, "immediate")
log.append("throw to queued q2 returned; q2 alive=%s" % q2.alive)
flush("throw to queued tasklets:")

# a paused or blocked victim goes to the end of the queue, just before the
# caller: the queued tasklets do not run before kill() returns
def ticker(n):
    while True:
        log.append(n + " tick")
        stackless.schedule()

q3 = stackless.tasklet(ticker)("q3")
pc = stackless.tasklet(pauser)("pc")
stackless.schedule()
log.append("main kills paused pc")
pc.kill()
log.append("main kills blocked w3")
w3 = stackless.tasklet(waiter)("w3")
stackless.schedule()
w3.kill()
log.append("kills done")
q3.kill()
flush("kill paused or blocked tasklets with others queued:")

# --- an exception the target does not catch
def no_catch():
    c.receive()

nc = stackless.tasklet(no_catch)()
nc.run()
try:
    nc.throw(ValueError, "uncaught")
except ValueError as e:
    log.append("the thrower got ValueError%r; nc alive=%s balance=%d" % (e.args, nc.alive, c.balance))

victim = stackless.tasklet(no_catch)()
def thrower():
    r = victim.throw(ValueError, "from a tasklet")
    log.append("thrower continues, throw returned %r" % (r,))

th = stackless.tasklet(thrower)()
try:
    stackless.run()
except ValueError as e:
    log.append("main's run() got ValueError%r; victim alive=%s thrower scheduled=%s" % (
        e.args, victim.alive, th.scheduled))
stackless.run()

un = stackless.tasklet(body)("un")
try:
    un.raise_exception(KeyError, "unstarted")
except KeyError as e:
    log.append("raise_exception on an unstarted tasklet: the caller got KeyError%r; alive=%s" % (e.args, un.alive))
flush("uncaught exceptions:")

# --- finished and unbound tasklets
d = stackless.tasklet(body)("d")
stackless.run()
for label, call in [
        ("kill()", lambda: d.kill()),
        ("kill(pending=True)", lambda: d.kill(pending=True)),
        ("throw(TaskletExit)", lambda: d.throw(TaskletExit)),
        ("raise_exception(TaskletExit)", lambda: d.raise_exception(TaskletExit)),
        ("throw(ValueError)", lambda: d.throw(ValueError)),
        ("raise_exception(ValueError)", lambda: d.raise_exception(ValueError)),
        ("unbound kill()", lambda: stackless.tasklet().kill()),
        ("unbound throw(ValueError)", lambda: stackless.tasklet().throw(ValueError))]:
    try:
        log.append("%s -> %r" % (label, call()))
    except Exception as e:
        log.append("%s -> %s: %s" % (label, type(e).__name__, e))
log.append("d alive=%s scheduled=%s" % (d.alive, d.scheduled))
flush("dead tasklets:")
