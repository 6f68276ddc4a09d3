# the with statement: __enter__/__exit__, suppression, multiple managers, control flow
log = []

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type is not None else None
        log.append("exit %s %s %r" % (self.name, kind, exc))
        return self.suppress

def flush(label):
    print(label, log)
    log.clear()

with Manager("a") as value:
    log.append("body " + value)
flush("plain:")

with Manager("s", suppress=True):
    raise ValueError("hidden")
flush("suppressed:")

try:
    with Manager("n"):
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + repr(e))
flush("not suppressed:")

with Manager("outer") as o, Manager("inner") as i:
    log.append("body %s %s" % (o, i))
flush("two managers:")

try:
    with Manager("x1"), Manager("x2", suppress=True), Manager("x3"):
        raise IndexError("deep")
    log.append("after with")
except IndexError:
    log.append("should not happen")
flush("inner suppresses:")

def early_return():
    with Manager("r"):
        return "returned"
print(early_return())
flush("return:")

for n in range(4):
    with Manager("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
        log.append("body %d" % n)
flush("break/continue:")

# an exception raised in __exit__ replaces the original one
class Exploding:
    def __enter__(self):
        return self
    def __exit__(self, *exc_info):
        raise RuntimeError("from exit")

try:
    with Exploding():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# a truthy return value from __exit__ suppresses only the exceptions it chooses
class Counting:
    def __init__(self):
        self.count = 0
    def __enter__(self):
        self.count += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        return exc_type is ZeroDivisionError and 1

c = Counting()
for d in [1, 0, 2]:
    with c:
        print(10 // d)
with c as same:
    print("same object:", same is c, c.count)
try:
    with c:
        [][1]
except IndexError as e:
    print("IndexError escapes:", e, c.count)
