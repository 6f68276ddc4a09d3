# throw(cls, val) and send_exception(cls, *args) hand over the class and its
# arguments (a "bomb"); the exception is instantiated by the receiving
# tasklet when it handles it, so its __init__ runs there, later.
import stackless

log = []

def name():
    cur = stackless.current
    return "main" if cur is stackless.main else names.get(id(cur), "?")

names = {}

class Traced(Exception):
    def __init__(self, *args):
        log.append("Traced%r created in %s" % (args, name()))
        super().__init__(*args)

ch = stackless.channel()

def victim():
    try:
        ch.receive()
    except Traced as e:
        log.append("victim caught Traced%r" % (e.args,))

t = stackless.tasklet(victim)()
names[id(t)] = "victim"
t.run()
log.append("main throws, pending")
t.throw(Traced, "pending", pending=True)
log.append("main after the pending throw")
stackless.run()

t = stackless.tasklet(victim)()
names[id(t)] = "victim"
t.run()
log.append("main sends the exception")
ch.send_exception(Traced, "sent", 1)
log.append("main after send_exception")

t = stackless.tasklet(victim)()
names[id(t)] = "victim"
t.run()
log.append("main raises in the victim")
t.raise_exception(Traced, "raised")
log.append("main after raise_exception")
for line in log:
    print(line)
