# The attributes of a tasklet in each state: tempval (readable and
# writable), atomic / set_atomic and the atomic() context manager,
# ignore_nesting / set_ignore_nesting, block_trap, restorable,
# recursion_depth, nesting_level, frame, thread_id, next / prev, and the
# read-only ones refusing assignment.
import stackless

def tv(t):
    v = t.tempval
    if v is t:
        return "<itself>"
    if isinstance(v, stackless.tasklet):
        return "<a tasklet>"
    if callable(v):
        return "<function %s>" % v.__name__
    return repr(v)

# --- tempval
def f():
    print("  tempval of the running tasklet:", tv(stackless.current))
    stackless.schedule()
    stackless.schedule(42)
    r = stackless.schedule_remove("paused value")
    print("  schedule_remove() returned", repr(r))

t = stackless.tasklet()
print("fresh:", tv(t))
t.bind(f)
print("bound:", tv(t))
t.setup()
print("set up:", tv(t))
t.run()
print("queued after schedule():", tv(t))
t.run()
print("queued after schedule(42):", tv(t))
t.run()
print("paused by schedule_remove:", tv(t))
t.tempval = "replaced"
print("written:", tv(t))
t.run()
print("finished:", tv(t), "main:", tv(stackless.main))

ch = stackless.channel()
def receiver():
    print("  receiver got", repr(ch.receive()))
def sender(v):
    ch.send(v)

r = stackless.tasklet(receiver)()
r.run()
print("blocked receiving:", tv(r))
ch.preference = 1
ch.send("in flight")
print("woken receiver, not yet run:", tv(r), "blocked", r.blocked)
stackless.run()
print("receiver finished:", tv(r))
ch.preference = -1
s = stackless.tasklet(sender)("sent value")
s.run()
print("blocked sending:", tv(s))
s.tempval = "changed while blocked"
print("main received", repr(ch.receive()))
print("woken sender:", tv(s))
stackless.run()

# --- atomic
print("main atomic:", stackless.main.atomic, "fresh atomic:", stackless.tasklet().atomic)
cur = stackless.current
print("set_atomic(True) returns", cur.set_atomic(True), "atomic", cur.atomic)
print("set_atomic(5) returns", cur.set_atomic(5), "atomic", cur.atomic)
print("set_atomic(0) returns", cur.set_atomic(0), "atomic", cur.atomic)
print("set_atomic(False) returns", cur.set_atomic(False), "atomic", cur.atomic)
other = stackless.tasklet(f)
print("other.set_atomic(1) returns", other.set_atomic(1), "other.atomic", other.atomic, "main.atomic", cur.atomic)
with stackless.atomic() as a:
    print("inside atomic(): as", a, "atomic", cur.atomic)
    print("a new tasklet's atomic:", stackless.tasklet().atomic)
    with stackless.atomic():
        print("nested:", cur.atomic)
    print("after nested:", cur.atomic)
print("after atomic():", cur.atomic)
cur.set_atomic(True)
with stackless.atomic():
    pass
print("atomic() restores True:", cur.atomic)
cur.set_atomic(False)
try:
    with stackless.atomic():
        raise KeyError("inside")
except KeyError:
    print("atomic() restored after an exception:", cur.atomic)

def atomic_in_tasklet():
    me = stackless.current
    print("  in a tasklet: atomic", me.atomic, "main.atomic", stackless.main.atomic)
    with stackless.atomic():
        print("  in a tasklet, inside atomic():", me.atomic, "main.atomic", stackless.main.atomic)
        stackless.schedule()
        print("  back, still atomic:", me.atomic)
    print("  after atomic():", me.atomic)

at = stackless.tasklet(atomic_in_tasklet)()
at.run()
print("the tasklet paused inside atomic(): atomic", at.atomic, "main.atomic", stackless.main.atomic)
stackless.run()

# --- ignore_nesting
print("ignore_nesting:", cur.ignore_nesting)
print("set_ignore_nesting(1) returns", cur.set_ignore_nesting(1), "now", cur.ignore_nesting)
print("set_ignore_nesting(0) returns", cur.set_ignore_nesting(0), "now", cur.ignore_nesting)
print("other.set_ignore_nesting(True) returns", other.set_ignore_nesting(True), "now", other.ignore_nesting)

# --- block_trap
print("block_trap:", cur.block_trap, "fresh:", stackless.tasklet().block_trap)
cur.block_trap = True
print("set True:", cur.block_trap)
cur.block_trap = 0
print("set 0:", cur.block_trap)
cur.block_trap = 7
print("set 7:", cur.block_trap)
def trapped_sender():
    ch.send("through the trap")
cur.block_trap = True
w = stackless.tasklet(trapped_sender)()
w.run()
print("receiving from a waiting sender with block_trap set:", repr(ch.receive()))
cur.block_trap = False
stackless.run()

# --- restorable, recursion_depth, nesting_level, frame
def inner():
    me = stackless.current
    print("  inner: recursion_depth", me.recursion_depth, "nesting_level", me.nesting_level,
          "restorable", me.restorable, "frame", me.frame.f_code.co_name)
    stackless.schedule_remove()

def outer():
    me = stackless.current
    print("  outer: recursion_depth", me.recursion_depth, "frame", me.frame.f_code.co_name)
    inner()
    print("  outer again: recursion_depth", me.recursion_depth)

def describe(label, t):
    fr = t.frame
    print(label, "recursion_depth", t.recursion_depth, "nesting_level", t.nesting_level,
          "restorable", t.restorable, "frame", fr and fr.f_code.co_name,
          "f_back", fr and fr.f_back and fr.f_back.f_code.co_name)

u = stackless.tasklet()
describe("fresh:", u)
u.bind(outer)
describe("bound:", u)
u.setup()
describe("set up:", u)
stackless.run()
describe("paused in inner:", u)
print("outermost frame's f_back:", u.frame.f_back.f_back)
u.insert()
stackless.run()
describe("finished:", u)

def blocked_inner():
    ch.receive()

def blocked_outer():
    blocked_inner()

bt = stackless.tasklet(blocked_outer)()
bt.run()
describe("blocked in blocked_inner:", bt)
ch.send(None)
describe("woken and finished:", bt)

base = stackless.current.recursion_depth
def depth():
    return stackless.current.recursion_depth - base
def depth2():
    return depth()
print("main: one call deeper", depth(), "two calls deeper", depth2())
print("main frame:", stackless.current.frame.f_code.co_name)

# --- thread_id
tid = stackless.main.thread_id
print("thread_id is an int:", type(tid) is int)
print("same thread_id: fresh", stackless.tasklet().thread_id == tid,
      "finished", u.thread_id == tid, "current", stackless.current.thread_id == tid)

# --- next / prev inside a channel's queue
def blocker():
    ch.receive()
b1 = stackless.tasklet(blocker)()
b2 = stackless.tasklet(blocker)()
stackless.run()
print("channel queue: b1.prev", b1.prev, "b1.next is b2", b1.next is b2,
      "b2.prev is b1", b2.prev is b1, "b2.next", b2.next, "queue is b1", ch.queue is b1)
ch.send(1)
print("after one send: b1 alive", b1.alive, "b2.prev", b2.prev, "queue is b2", ch.queue is b2)
ch.send(2)
stackless.run()

# --- read-only attributes
for name in ["alive", "paused", "blocked", "scheduled", "restorable", "atomic",
             "ignore_nesting", "is_current", "is_main", "thread_id", "next", "prev",
             "frame", "recursion_depth", "nesting_level"]:
    try:
        setattr(u, name, 1)
        print(name, "was set!")
    except AttributeError:
        pass
print("read-only attributes refuse assignment; alive is still", u.alive)
try:
    u.color = "red"
    print("a plain tasklet took a new attribute!")
except AttributeError:
    print("a plain tasklet has no instance dictionary")
ch2 = stackless.channel()
for name in ["balance", "queue", "closing", "closed"]:
    try:
        setattr(ch2, name, 1)
        print(name, "was set!")
    except AttributeError:
        pass
try:
    ch2.color = "red"
    print("a plain channel took a new attribute!")
except AttributeError:
    print("channel attributes balance, queue, closing, closed are read-only; no instance dictionary")
