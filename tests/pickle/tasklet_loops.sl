# a tasklet paused inside loops over every builtin iterator (range, list,
# dict items after a deletion, str, enumerate/zip, reversed, a set, a while
# loop, a comprehension) is pickled at each pause; every copy, resumed
# later, produces exactly what the uninterrupted original produces
import stackless
import pickle

def pause():
    stackless.schedule_remove()

def work():
    out = []
    for i in range(3):
        pause()
        out.append(i)
    items = [10, 20]
    for x in items:
        if x == 10:
            items.append(30)
        pause()
        out.append(x)
    d = {"a": 1, "b": 2, "c": 3, "d": 4}
    del d["b"]
    for k, v in d.items():
        pause()
        out.append(k * v)
    for ch in "h\u00e9y":
        pause()
        out.append(ch)
    for n, (p, q) in enumerate(zip("xy", reversed([1, 2]))):
        pause()
        out.append((n, p, q))
    for s in sorted({5, 3}):
        pause()
        out.append(s)
    count = 0
    while count < 3:
        count += 1
        if count == 2:
            continue
        pause()
        out.append(-count)
    squares = [pause() or j * j for j in range(3)]
    out.append(squares)
    return out

results = []
def run():
    # (the list is looked up after work() returns: a copy must not bring its own copy of it)
    r = work()
    results.append(r)

t = stackless.tasklet(run)()
stackless.run()
snapshots = []
while t.alive:
    snapshots.append(pickle.dumps(t))
    t.insert()
    stackless.run()
print(len(snapshots), "pauses")
for data in snapshots:
    copy = pickle.loads(data)
    while copy.alive:
        copy.insert()
        stackless.run()
print(results[0])
print(all(r == results[0] for r in results), len(results))
