# generators pickled on their own in every state (not started, suspended at
# a yield, inside try/finally, delegating with yield from, finished); each
# copy is independent of the original
import pickle

def counter(n):
    total = 0
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                total += got
    finally:
        print("counter finally", total)
    return total

def delegate():
    r = yield from counter(3)
    print("delegate got", r)
    yield "last"

fresh = counter(3)
mid = counter(3)
next(mid)
mid.send(10)
done = counter(2)
list(done)
deleg = delegate()
next(deleg)
c_fresh, c_mid, c_done, c_deleg = pickle.loads(pickle.dumps([fresh, mid, done, deleg]))
print("fresh copy:", list(c_fresh))
print("mid copy sends:", c_mid.send(5))
try:
    next(c_mid)
except StopIteration as e:
    print("mid copy stopped with", e.value)
print("original mid:", next(mid))
print("done copy:", list(c_done))
print("delegating copy:", c_deleg.send(1), next(c_deleg), next(c_deleg))
c_deleg2 = pickle.loads(pickle.dumps(deleg))
print("delegating original:", next(deleg))
c_deleg2.close()
print("closed copy, original continues:", next(deleg))
g = (x * x for x in range(5) if x % 2)
next(g)
print("genexpr copy:", list(pickle.loads(pickle.dumps(g))), list(g))
