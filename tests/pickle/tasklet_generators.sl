# a tasklet paused inside a generator it runs (a list comprehension over a
# generator delegating with yield from), with a lambda and a closure on its
# frames and an except handler and with block open: the copy and the
# original resume independently
import stackless, pickle

def inner_gen():
    yield 1
    v = stackless.schedule_remove("paused in inner_gen")
    print("inner_gen resumed with", v)
    yield 2
    return "inner done"

def outer_gen():
    r = yield from inner_gen()
    print("yield from gave", r)
    yield 3

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name, a[0].__name__ if a[0] else None)
        return False

def work(k):
    mult = k * 10
    f = lambda x: x * mult
    def adder(y):
        return y + k
    with Res("r1") as r:
        try:
            raise ValueError("boom")
        except ValueError as e:
            out = [f(v) + adder(0) for v in outer_gen()]
            print("in handler", e, out)
    return out

t = stackless.tasklet(work)(2)
stackless.run()
print("paused:", t.paused, t.tempval, t.restorable)
s = pickle.dumps(t)
c = pickle.loads(s)
c.tempval = "copy"
c.insert(); stackless.run()
t.tempval = "orig"
t.insert(); stackless.run()
print(t.alive, c.alive)

# a generator suspended in the tasklet's locals (not running) comes along too
def numbers():
    yield 1
    yield 2
    yield 3

def consumer():
    g = numbers()
    first = next(g)
    stackless.schedule_remove()
    print("consumer", first, list(g))

t = stackless.tasklet(consumer)()
stackless.run()
c = pickle.loads(pickle.dumps(t))
c.insert(); stackless.run()
t.insert(); stackless.run()
