# Key functions of sorted, min, max and list.sort that call stackless.schedule()
# and block on channels: the other tasklets run while the native waits.
import stackless

log = []

def ticker(name, n):
    for i in range(n):
        log.append(name + str(i))
        stackless.schedule()

def key_schedules(x):
    log.append("key" + str(x))
    stackless.schedule()
    return -x

def sorter():
    result = sorted([3, 1, 2], key=key_schedules)
    log.append("sorted " + str(result))

stackless.tasklet(sorter)()
stackless.tasklet(ticker)("t", 4)
stackless.run()
print(log)

# min and max with keys that schedule
log = []
def picker():
    lo = min([5, 3, 9], key=key_schedules)
    hi = max(4, 8, 6, key=key_schedules)
    log.append("min %d max %d" % (lo, hi))

stackless.tasklet(picker)()
stackless.tasklet(ticker)("u", 7)
stackless.run()
print(log)

# a key function that receives its key from a channel
ch = stackless.channel()

def ranker(words):
    ranked = sorted(words, key=lambda w: ch.receive())
    print("ranked:", ranked)

def feeder(ranks):
    for r in ranks:
        print("feeding", r)
        ch.send(r)
    print("feeder done")

stackless.tasklet(ranker)(["apple", "pear", "fig"])
stackless.tasklet(feeder)([2, 0, 1])
stackless.run()

# list.sort with a key that blocks, reverse=True
def sorter_in_place(items):
    items.sort(key=lambda x: ch.receive(), reverse=True)
    print("sorted in place:", items)

data = ["a", "b", "c", "d"]
stackless.tasklet(sorter_in_place)(data)
stackless.tasklet(feeder)([1, 3, 0, 2])
stackless.run()
print(data)
