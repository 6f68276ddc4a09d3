# a tasklet blocked inside a script callback of a native (a sorted() key
# function that receives from a channel) is not restorable: pickling it is a
# PicklingError that says why; once the native has returned it pickles again
import stackless
import pickle

ch = stackless.channel()

def key(x):
    return ch.receive() if x == 2 else x

def work():
    out = sorted([3, 2, 1], key=key)
    stackless.schedule_remove()
    print("sorted:", out)

t = stackless.tasklet(work)()
stackless.run()
print("blocked:", t.blocked, "restorable:", t.restorable)
try:
    pickle.dumps(t)
except pickle.PicklingError as e:
    print("PicklingError:", e)
ch.send(0)
print("paused:", t.paused, "restorable:", t.restorable)
copy = pickle.loads(pickle.dumps(t))
copy.insert()
stackless.run()
t.insert()
stackless.run()
