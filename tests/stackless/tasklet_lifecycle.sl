# The state flags of a tasklet through its whole life: fresh, bound, bound
# with arguments (paused), set up, running, queued, paused, blocked
# receiving, blocked sending, woken, finished, died by an exception, killed,
# unbound again; and the main tasklet's flags while it runs, waits in run()
# and is blocked on a channel.
import stackless

def state(t):
    return "alive=%d paused=%d blocked=%d scheduled=%d is_current=%d" % (
        t.alive, t.paused, t.blocked, t.scheduled, t.is_current)

def show(label, t):
    print("%-22s %s" % (label, state(t)))

ch = stackless.channel()

def body(n):
    me = stackless.current
    show("running", me)
    stackless.schedule()
    show("after schedule", me)
    stackless.schedule_remove()
    show("after schedule_remove", me)
    v = ch.receive()
    show("received %s" % v, me)
    ch.send(n * 10)
    show("sent", me)
    return "done"

t = stackless.tasklet()
show("fresh", t)
t.bind(body)
show("bound", t)
t.setup(4)
show("set up", t)
print("runcount", stackless.runcount)
t.run()
show("queued", t)
t.run()
show("paused", t)
print("runcount", stackless.runcount)
t.run()
show("blocked receiving", t)
print("balance", ch.balance, "runcount", stackless.runcount)
ch.send("x")
show("blocked sending", t)
print("balance", ch.balance, "runcount", stackless.runcount)
print("main received", ch.receive())
show("woken sender", t)
print("balance", ch.balance, "runcount", stackless.runcount)
stackless.run()
show("finished", t)
print("runcount", stackless.runcount)

# bound with arguments: alive but paused until inserted
p = stackless.tasklet()
p.bind(body, (7,))
show("bound with args", p)
p.insert()
show("inserted", p)
p.remove()
show("removed before start", p)
p.bind(None)
show("unbound", p)

# a setup tasklet removed before it ever ran is paused
q = stackless.tasklet(body)(1)
q.remove()
show("setup then removed", q)
q.bind(None)
show("setup then unbound", q)

def boom():
    raise ValueError("boom")

b = stackless.tasklet(boom)()
try:
    stackless.run()
except ValueError as e:
    print("run() raised ValueError:", e)
show("died by exception", b)

k = stackless.tasklet(body)(2)
k.run()
show("before kill", k)
k.kill()
show("killed", k)
print("runcount", stackless.runcount)

# the main tasklet
m = stackless.main
show("main", m)

def look_at_main():
    show("main inside run()", m)
    show("current inside run()", stackless.current)

stackless.tasklet(look_at_main)()
stackless.run()

c2 = stackless.channel()

def main_blocked():
    show("main blocked", m)
    print("c2 balance", c2.balance)
    c2.send("hello")
    show("main woken", m)

w = stackless.tasklet(main_blocked)()
print("main received", c2.receive())
show("main again", m)
show("sender still queued", w)
stackless.run()
show("sender done", w)
