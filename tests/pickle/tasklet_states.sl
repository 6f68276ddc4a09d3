# tasklets in every state: not started (bound with arguments), paused,
# finished; the running tasklet pickling itself (its copy resumes from the
# dumps() call, which returns the copy's tempval); copies killed or thrown into
import stackless
import pickle

def f(a, b=2):
    print("f started with", a, b)
    got = stackless.schedule_remove("f paused")
    print("f resumed with", got)
    return a

ns = stackless.tasklet(f)
ns.bind(f, (1,), {"b": 3})
c = pickle.loads(pickle.dumps(ns))
print("not started copy: alive", c.alive, "paused", c.paused, "restorable", c.restorable)
c.insert()
stackless.run()
print("copy paused with tempval", c.tempval)
c.tempval = "hello"
c.insert()
stackless.run()
print("copy alive:", c.alive)

dead = stackless.tasklet(print)("a finished tasklet")
stackless.run()
print("dead copy alive:", pickle.loads(pickle.dumps(dead)).alive)

saved = []
def forker(n):
    x = n * 2
    data = pickle.dumps(stackless.current)
    if isinstance(data, bytes):
        saved.append(data)
        print("original continues, x =", x)
    else:
        print("copy continues from dumps(), got", data, "x =", x)

stackless.tasklet(forker)(21)
stackless.run()
fork = pickle.loads(saved[0])
fork.tempval = "the fork's tempval"
fork.insert()
stackless.run()

def victim():
    try:
        stackless.schedule_remove()
    except ValueError as e:
        print("victim caught", repr(e))
    finally:
        print("victim finally")

v = stackless.tasklet(victim)()
stackless.run()
data = pickle.dumps(v)
k = pickle.loads(data)
k.kill()
print("killed copy alive:", k.alive)
th = pickle.loads(data)
th.throw(ValueError("thrown"))
print("thrown copy alive:", th.alive)
v.insert()
stackless.run()
print("original alive:", v.alive)
