# a tasklet paused deep inside nested calls of every kind -- plain calls, a
# recursion 300 deep, a constructor, a `with` block's __enter__, keyword and
# star calls, a method -- is pickled; the copy and the original
# each finish on their own, with their own copies of the data.
import stackless
import pickle

log = []

def pause(where):
    return stackless.schedule_remove(where)

class Box:
    def __init__(self, depth, tag):
        self.tag = tag + "/" + pause("in __init__")
        self.depth = depth
    def grow(self, *extra, **named):
        return [self.tag, extra, sorted(named.items()), recurse(self.depth)]

class Ctx:
    def __enter__(self):
        return pause("in __enter__")
    def __exit__(self, *exc):
        log.append("exit " + exc[0].__name__ if exc[0] else "exit")
        return False

def recurse(n):
    if n == 0:
        return [pause("at the bottom")]
    return recurse(n - 1) + [n] if n <= 2 else recurse(n - 1)

def main_work(tag):
    with Ctx() as entered:
        box = Box(300, tag)
        grown = box.grow(1, 2, key=entered)
    return [entered, grown]

def run(tag):
    result = main_work(tag)
    log.append((tag, result))

t = stackless.tasklet(run)("t")
stackless.run()
copies = []
while t.alive:
    print("paused:", t.tempval, t.paused)
    copy = pickle.loads(pickle.dumps(t))
    copies.append(copy)
    copy.tempval = "copy%d" % len(copies)
    copy.insert()
    stackless.run()
    t.tempval = "orig%d" % len(copies)
    t.insert()
    stackless.run()
while copies:
    c = copies.pop()
    while c.alive:
        c.tempval = "late"
        c.insert()
        stackless.run()
for entry in log:
    print(entry)
