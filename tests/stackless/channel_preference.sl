# channel.preference (-1 prefer the receiver, 0 neither, 1 prefer the
# sender) and channel.schedule_all: after an exchange with a blocked
# partner, who runs next, from main and between tasklets, for send and for
# receive; the attributes' values and what setting them accepts.
import stackless

log = []

def partner_receiver(ch):
    log.append("partner got %s" % ch.receive())

def partner_sender(ch):
    ch.send("v")
    log.append("partner (sender) resumes")

def other():
    log.append("other runs")

def scenario(op, pref, schedule_all):
    ch = stackless.channel()
    ch.preference = pref
    ch.schedule_all = schedule_all
    p = stackless.tasklet(partner_receiver if op == "send" else partner_sender)(ch)
    stackless.run()
    stackless.tasklet(other)()
    if op == "send":
        log.append("main sends")
        ch.send("v")
        log.append("main's send returned")
    else:
        log.append("main receives")
        log.append("main got %s" % ch.receive())
    stackless.run()
    print("%-7s preference=%2d schedule_all=%d: %s" % (op, pref, schedule_all, ", ".join(log)))
    del log[:]

for schedule_all in (0, 1):
    for op in ("send", "receive"):
        for pref in (-1, 0, 1):
            scenario(op, pref, schedule_all)

# between tasklets: T acts on the channel while X waits in the queue
def actor(ch, op):
    if op == "send":
        log.append("T sends")
        ch.send("w")
        log.append("T's send returned")
    else:
        log.append("T receives")
        log.append("T got %s" % ch.receive())

def between(op, pref, schedule_all):
    ch = stackless.channel()
    ch.preference = pref
    ch.schedule_all = schedule_all
    stackless.tasklet(partner_receiver if op == "send" else partner_sender)(ch)
    stackless.run()
    stackless.tasklet(actor)(ch, op)
    stackless.tasklet(other)()
    stackless.run()
    print("%-7s preference=%2d schedule_all=%d, between tasklets: %s" % (op, pref, schedule_all, ", ".join(log)))
    del log[:]

for op in ("send", "receive"):
    for pref, schedule_all in ((-1, 0), (1, 0), (0, 1)):
        between(op, pref, schedule_all)

# schedule_all with nothing else queued: the partner runs, then main
ch = stackless.channel()
ch.schedule_all = 1
stackless.tasklet(partner_receiver)(ch)
stackless.run()
log.append("main sends")
ch.send("alone")
log.append("main's send returned")
print("schedule_all, main alone:", ", ".join(log))
del log[:]

# the attributes
ch = stackless.channel()
print("defaults: preference", ch.preference, "schedule_all", repr(ch.schedule_all))
for v in (1, 0, -1, 100, -100, True, False):
    ch.preference = v
    print("preference = %r -> %r" % (v, ch.preference))
for v in (1, 0, 5, -2, True, False):
    ch.schedule_all = v
    print("schedule_all = %r -> %r" % (v, ch.schedule_all))
for attr, v in (("preference", "high"), ("preference", 1.5), ("preference", None),
                ("schedule_all", "yes"), ("schedule_all", 1.0), ("schedule_all", None)):
    try:
        setattr(ch, attr, v)
        print(attr, "=", repr(v), "accepted")
    except TypeError as e:
        print(attr, "=", repr(v), "-> TypeError:", e)
print("unchanged:", ch.preference, ch.schedule_all)
