# a tasklet paused inside try bodies, except handlers (the exception being
# handled survives, sys.exc_info() included), finally blocks run normally and
# while an exception propagates, and with blocks: copies behave like the original
import stackless
import pickle
import sys

def pause(tag):
    return stackless.schedule_remove(tag)

class Guard:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
    def __exit__(self, typ, val, tb):
        self.log.append("exit " + pause("in __exit__") + " " + (typ.__name__ if typ else "-"))
        return typ is KeyError

def work():
    log = []
    try:
        log.append("try " + pause("in try"))
        raise ValueError("v1")
    except ValueError as e:
        log.append("handler " + pause("in handler") + " " + repr(e) + " " + repr(sys.exc_info()[1]))
    finally:
        log.append("finally " + pause("in normal finally"))
    try:
        try:
            raise IndexError("i1")
        finally:
            log.append("propagating " + pause("in finally while raising"))
    except IndexError as e:
        log.append("caught " + repr(e))
    with Guard(log):
        log.append("body " + pause("in with body"))
        raise KeyError("swallowed")
    try:
        with Guard(log):
            raise TypeError("t1")
    except TypeError as e:
        log.append("after with " + repr(e))
    log.append("exc_info " + repr(sys.exc_info()[0]))
    return log

done = []
def run(name):
    r = work()
    done.append((name, r))

t = stackless.tasklet(run)("orig")
stackless.run()
n = 0
while t.alive:
    n += 1
    where = t.tempval
    copy = pickle.loads(pickle.dumps(t))
    copy.tempval = "c%d" % n
    # the copy finishes at once, answering "c" at every later pause too
    while copy.alive:
        copy.insert()
        stackless.run()
        copy.tempval = "c%d" % n
    print("paused", where, "-> copy done")
    t.tempval = "o%d" % n
    t.insert()
    stackless.run()
for name, log in done:
    print(name)
    for line in log:
        print("   ", line)
