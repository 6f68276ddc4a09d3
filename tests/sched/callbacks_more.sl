# Schedule and channel callbacks around blocking, kill and preemption;
# an exception in a callback is reported and the switch still happens.
import stackless

names = {}

def nm(t):
    if t is None:
        return "None"
    return "main" if t.is_main else names.get(id(t), "?")

events = []

def on_switch(prev, next):
    events.append("%s->%s" % (nm(prev), nm(next)))

c = stackless.channel()

def receiver():
    events.append("got %s" % c.receive())

def sender():
    c.send("v")

stackless.set_schedule_callback(on_switch)
r = stackless.tasklet(receiver)()
s = stackless.tasklet(sender)()
names[id(r)] = "recv"
names[id(s)] = "send"
stackless.run()
print(events)

# preemption is a switch too
events[:] = []
def spin():
    while True:
        pass
t = stackless.tasklet(spin)()
names[id(t)] = "spin"
stackless.run(100)
t.kill()
print(events)
stackless.set_schedule_callback(None)

# a failing callback: reported on stderr, scheduling goes on
def bad(prev, next):
    raise ValueError("callback failed")

stackless.set_schedule_callback(bad)
done = []
stackless.tasklet(done.append)("ran")
stackless.run()
stackless.set_schedule_callback(None)
print("tasklet ran despite the callback:", done)

# channel callback with send_exception and a receiver that blocks
seen = []
def ch_cb(channel, tasklet, sending, willblock):
    seen.append((nm(tasklet), sending, willblock))
stackless.set_channel_callback(ch_cb)

def catcher():
    try:
        c.receive()
    except KeyError as e:
        seen.append("caught %r" % (e,))

k = stackless.tasklet(catcher)()
names[id(k)] = "catcher"
stackless.run()
c.send_exception(KeyError, "k")
stackless.set_channel_callback(None)
print(seen)
