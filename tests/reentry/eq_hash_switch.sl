# User __hash__ and __eq__ that call stackless.schedule(), used by dict and
# set natives (constructors, get, setdefault, pop, add, update) and by
# list.index / list.count / list.remove, while another tasklet runs.
import stackless

log = []

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        log.append("hash " + self.name)
        stackless.schedule()
        return len(self.name)
    def __eq__(self, other):
        log.append("eq " + self.name)
        stackless.schedule()
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return "Key(%s)" % self.name

def ticker(n):
    for i in range(n):
        log.append("tick%d" % i)
        stackless.schedule()

def user():
    d = dict([(Key("a"), 1), (Key("bb"), 2)])
    log.append("dict %d" % len(d))
    log.append("get %r" % d.get(Key("a")))
    d.setdefault(Key("ccc"), 3)
    log.append("pop %r" % d.pop(Key("bb")))
    s = set([Key("x"), Key("x"), Key("yy")])
    log.append("set %d" % len(s))
    s.add(Key("yy"))
    s.add(Key("zzz"))
    s.discard(Key("x"))
    s.add(Key("x"))
    log.append("set %d" % len(s))
    items = [Key("p"), Key("q"), Key("p")]
    log.append("index %d" % items.index(Key("q")))
    log.append("count %d" % items.count(Key("p")))
    items.remove(Key("p"))
    log.append("left %r" % items)

stackless.tasklet(user)()
stackless.tasklet(ticker)(200)
stackless.run()
ticks = [e for e in log if e.startswith("tick")]
print([e for e in log if not e.startswith("tick")])
print(len(ticks), "ticks, interleaved:", log[1] == "tick0")
