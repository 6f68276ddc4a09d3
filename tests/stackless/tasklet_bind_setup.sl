# Creating and binding tasklets: the constructor's forms, bind() with and
# without arguments, setup() / __call__, the function held in tempval until
# setup, reusing a finished tasklet, and the callables a tasklet can run.
import stackless

log = []

def f(*args, **kw):
    log.append("f%r %r" % (args, sorted(kw.items())))

def g(*args):
    log.append("g%r" % (args,))

def flags(t):
    return "alive=%s paused=%s scheduled=%s" % (t.alive, t.paused, t.scheduled)

def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", "the tasklet" if isinstance(r, stackless.tasklet) else repr(r))

def flush(label):
    stackless.run()
    print(label, log)
    del log[:]

# --- the constructor: tasklet(func=None, args=None, kwargs=None)
t0 = stackless.tasklet()
print("tasklet():", flags(t0), "tempval", t0.tempval)
t1 = stackless.tasklet(f)
print("tasklet(f):", flags(t1), "tempval is f", t1.tempval is f)
t2 = stackless.tasklet(f, (1, 2))
print("tasklet(f, args):", flags(t2), "tempval", t2.tempval)
t3 = stackless.tasklet(f, (3,), {"k": 4})
print("tasklet(f, args, kwargs):", flags(t3))
t4 = stackless.tasklet(f, kwargs={"only": "kw"})
print("tasklet(f, kwargs=...):", flags(t4))
t5 = stackless.tasklet(func=f, args=())
print("tasklet(func=f, args=()):", flags(t5))
t6 = stackless.tasklet(None)
print("tasklet(None):", flags(t6), "tempval", t6.tempval)
for t in (t5, t4, t3, t2):
    t.insert()
flush("inserted in reverse:")

# --- bind
t = stackless.tasklet()
r = t.bind(f)
print("bind(f) returns self:", r is t, "tempval is f:", t.tempval is f, flags(t))
r = t.bind(g)
print("bind(g) rebinds:", r is t, "tempval is g:", t.tempval is g)
r = t.bind(None, (5,))
print("bind(None, args) uses g:", r is t, flags(t), "tempval", t.tempval)
t.insert()
flush("ran:")
print("finished:", flags(t), "tempval", t.tempval)
show("bind(args=...) after it finished", t.bind, args=(6,))
r = t.bind(f, kwargs={"x": 1})
print("rebound a finished tasklet:", r is t, flags(t))
t.run()
print("ran again:", log, flags(t))
del log[:]
r = t.bind(None)
print("bind(None):", r is t, flags(t), "tempval", t.tempval)
show("setup() after bind(None)", t.setup, 1)
t.bind(g)
t.setup("reused")
flush("setup after rebinding:")

# bind(None, args) after setup: setup took the function out of tempval
q = stackless.tasklet(f)(1)
q.remove()
print("set up, removed:", flags(q), "tempval", q.tempval)
show("bind(None, (2,))", q.bind, None, (2,))
print("after the failed bind:", flags(q))
q.bind(g, (3,))
q.run()
print("bound again and run:", log)
del log[:]

# rebinding a set-up tasklet that never ran drops its arguments
p = stackless.tasklet(f)("dropped")
p.remove()
p.bind(g)
print("rebound before it ran:", flags(p), "tempval is g", p.tempval is g)
p.setup("kept")
flush("ran the new binding:")

# --- setup / __call__
s = stackless.tasklet(f)
r = s.setup(1, k=2)
print("setup returns self:", r is s, flags(s), "tempval", s.tempval)
r = stackless.tasklet(f)(3, k=4)
print("call returns a tasklet:", isinstance(r, stackless.tasklet), flags(r))
stackless.tasklet(f)(*(5, 6), **{"a": 7, "b": 8})
flush("setup forms:")

# the function to run is the tempval at the time of setup
v = stackless.tasklet(f)
v.tempval = g
v.setup("via tempval")
print("tempval after setup:", v.tempval)
flush("tempval as the function:")

# run order: setup and insert append to the end of the queue
a = stackless.tasklet(g)("a")
b = stackless.tasklet(g, ("b",))
c = stackless.tasklet(g)("c")
b.insert()
flush("queue order:")

# --- callables
class Counter(object):
    def __init__(self):
        self.n = 0
    def bump(self, by):
        self.n += by
        log.append("bump %d" % self.n)
    def __call__(self, x):
        log.append("call %s" % x)
    @staticmethod
    def static(x):
        log.append("static %s" % x)
    @classmethod
    def klass(cls, x):
        log.append("classmethod %s %s" % (cls.__name__, x))

cnt = Counter()
stackless.tasklet(cnt.bump)(5)
stackless.tasklet(cnt.bump)(by=2)
stackless.tasklet(cnt)("instance")
stackless.tasklet(Counter.static)("s")
stackless.tasklet(Counter.klass)("k")
stackless.tasklet(lambda a, b=2: log.append("lambda %s %s" % (a, b)))(1)
stackless.tasklet(print)("print", "as", "a", "tasklet", sep="-")
stackless.tasklet(log.append)("a builtin method")
stackless.tasklet(Counter)()
flush("callables:")
print("counter", cnt.n)
