# The module-level scheduler API: getcurrent / current, getmain / main,
# getruncount / runcount, get_thread_info, threads and thread ids,
# schedule / schedule_remove with and without retval, and run() nesting:
# run() called from tasklets, returning innermost first, receiving the
# uncaught exceptions of the tasklets it runs.
import stackless

names = {}
log = []

def name(t):
    if t is None:
        return "None"
    if t is stackless.main:
        return "main"
    return names.get(id(t), "?")

def mk(n, f, *args):
    t = stackless.tasklet(f)(*args)
    names[id(t)] = n
    return t

def flush(label):
    print(label)
    for line in log:
        print("   ", line)
    del log[:]

# --- current, main, runcount
print("current is main:", stackless.current is stackless.main,
      "getcurrent() is current:", stackless.getcurrent() is stackless.current,
      "getmain() is main:", stackless.getmain() is stackless.main)
print("runcount", stackless.runcount, "getruncount()", stackless.getruncount())

def report(n):
    cur = stackless.getcurrent()
    log.append("%s: current %s, getcurrent() is current %s, main %s, runcount %d, getruncount() %d" % (
        n, name(cur), cur is stackless.current, name(stackless.getmain()),
        stackless.runcount, stackless.getruncount()))

for n in ("a", "b", "c"):
    mk(n, report, n)
print("three tasklets created: runcount", stackless.runcount)
stackless.run()
flush("inside run() main is out of the queue:")
mk("d", report, "d")
mk("e", report, "e")
names[id(stackless.main)] = "main"
stackless.main.next.run()
flush("inside t.run() main stays in the queue:")
stackless.run()
log[:] = []

# --- threads and get_thread_info
tid = stackless.main.thread_id
print("threads:", stackless.threads == [tid], "a list:", type(stackless.threads) is list,
      "a fresh list each time:", stackless.threads is not stackless.threads)
info = stackless.get_thread_info(tid)
print("get_thread_info(tid): a tuple of", len(info), "main", name(info[0]), "current", name(info[1]), "runcount", info[2])
print("same without an argument:", stackless.get_thread_info() == info, "with -1:", stackless.get_thread_info(-1) == info)
def info_inside(n):
    m, c, k = stackless.get_thread_info(tid)
    log.append("%s: get_thread_info -> (%s, %s, %d)" % (n, name(m), name(c), k))
mk("i1", info_inside, "i1")
mk("i2", info_inside, "i2")
print("with two tasklets queued:", stackless.get_thread_info(tid)[2])
stackless.run()
flush("get_thread_info inside tasklets:")

# --- schedule / schedule_remove and their return values
def sched(n):
    r = stackless.schedule()
    log.append("%s: schedule() returned %s" % (n, name(r)))
    r = stackless.schedule(retval=n + "-kw")
    log.append("%s: schedule(retval=...) returned %r" % (n, r))
    r = stackless.schedule_remove()
    log.append("%s: schedule_remove() returned %s" % (n, name(r)))
    r = stackless.schedule_remove(n + "-removed")
    log.append("%s: schedule_remove(value) returned %r" % (n, r))

s1 = mk("s1", sched, "s1")
s2 = mk("s2", sched, "s2")
stackless.run()
log.append("after run: s1 paused %s, s2 paused %s, runcount %d" % (s1.paused, s2.paused, stackless.runcount))
s1.insert()
s2.insert()
stackless.run()
log.append("after run: s1 paused %s, tempval %r" % (s1.paused, s1.tempval))
s1.insert()
s2.insert()
stackless.run()
flush("schedule and schedule_remove:")

# schedule() from main lets every queued tasklet run once
def ticker(n):
    for i in range(2):
        log.append("%s tick %d" % (n, i))
        stackless.schedule()

mk("t1", ticker, "t1")
mk("t2", ticker, "t2")
r = stackless.schedule()
log.append("main's schedule() returned %s, runcount %d" % (name(r), stackless.runcount))
r = stackless.schedule("main value")
log.append("main's schedule(value) returned %r, runcount %d" % (r, stackless.runcount))
stackless.schedule()
log.append("runcount %d" % stackless.runcount)
flush("schedule() from main:")

# schedule_remove() from main: main waits until nothing else runs
mk("t3", ticker, "t3")
r = stackless.schedule_remove()
log.append("main's schedule_remove() returned %s, runcount %d" % (name(r), stackless.runcount))
r = stackless.schedule_remove("alone")
log.append("main alone: schedule_remove('alone') returned %r, main scheduled %s" % (r, stackless.main.scheduled))
r = stackless.schedule(7)
log.append("main alone: schedule(7) returned %r" % (r,))
flush("schedule_remove() from main:")

# the only tasklet in run(): schedule() returns at once, schedule_remove() wakes main
def alone(n):
    r = stackless.schedule("x")
    log.append("%s alone: schedule('x') returned %r" % (n, r))
    stackless.schedule_remove()
    log.append("%s resumed" % n)

al = mk("al", alone, "al")
r = stackless.run()
log.append("run() returned %r; al paused %s" % (r, al.paused))
al.insert()
stackless.run()
flush("the last runnable tasklet:")

# --- run() nesting
def worker(n):
    log.append(n)
    stackless.schedule()
    log.append(n + " again")

def nested_runner(n):
    log.append("%s: runcount %d before its run()" % (n, stackless.runcount))
    mk("w1", worker, "w1")
    mk("w2", worker, "w2")
    r = stackless.run()
    log.append("%s: its run() returned %r, runcount %d, main paused %s" % (n, r, stackless.runcount, stackless.main.paused))

mk("R", nested_runner, "R")
mk("O", worker, "O")
r = stackless.run()
log.append("main's run() returned %r, runcount %d" % (r, stackless.runcount))
flush("run() from a tasklet:")

def level(depth):
    log.append("level %d starts" % depth)
    if depth < 3:
        mk("L%d" % (depth + 1), level, depth + 1)
        stackless.run()
    log.append("level %d ends" % depth)

mk("L1", level, 1)
stackless.run()
flush("three nested run() calls:")

# an uncaught exception goes to the innermost run() caller
def failing():
    raise KeyError("from a worker")

def catching_runner():
    mk("f", failing)
    mk("w3", worker, "w3")
    try:
        stackless.run()
    except KeyError as e:
        log.append("the nested run() raised KeyError%r, runcount %d" % (e.args, stackless.runcount))
    stackless.run()
    log.append("catching_runner ends")

mk("CR", catching_runner)
stackless.run()
log.append("main's run() returned normally")
flush("exceptions in nested run():")

# switching is soft
print("enable_softswitch(None):", stackless.enable_softswitch(None),
      "enable_softswitch(True):", stackless.enable_softswitch(True))

# run() with nothing else to run returns at once
print("run() with an empty queue returns", stackless.run(), "runcount", stackless.runcount)
