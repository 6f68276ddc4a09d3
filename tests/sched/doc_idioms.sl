# The scheduler documentation's idioms, as written there: pre-emptive
# scheduling, pre-emptive scheduler pumping with totaltimeout, main as a
# watchdog, and the Python equivalents of run/schedule/schedule_remove.
import stackless

# --- the run(100) example: a never-yielding printer is interrupted
printed = []
def function():
    i = 0
    while True:
        printed.append(i + 1)
        i += 1

t = stackless.tasklet(function)()
r = stackless.run(100)
print("run(100) returned the printer:", r is t, "printed some:", len(printed) > 0,
      "in order:", printed == list(range(1, len(printed) + 1)))
t.kill()

# --- Idiom - pre-emptive scheduling
log = []
def ProcessMessages():
    log.append("messages")

def worker(name, n):
    total = 0
    for i in range(n):
        total += i
    log.append("%s=%d" % (name, total))

for name, n in (("a", 3000), ("b", 10), ("c", 5000)):
    stackless.tasklet(worker)(name, n)
loops = 0
while True:
    ProcessMessages()
    loops += 1
    t = stackless.run(100)
    if t is None:
        break
    t.insert()
print("pre-emptive loop ran", "more than once:" , loops > 1)
print("results:", sorted(x for x in log if x != "messages"))

# --- Idiom - pre-emptive scheduler pumping (totaltimeout)
log = []
def coop(name, n):
    for i in range(n):
        stackless.schedule()
    log.append(name)

for k in range(3):
    stackless.tasklet(coop)("coop%d" % k, 200)
frames = 0
while True:
    frames += 1
    t = stackless.run(100, totaltimeout=True)
    if t is None:
        break
    t.insert()
print("pumped frames > 1:", frames > 1, "finished:", sorted(log))

# --- main is paused while it runs the scheduler (the watchdog)
states = []
def observer():
    m = stackless.main
    states.append((m.paused, m.scheduled, m.alive))
stackless.tasklet(observer)()
stackless.run()
print("main seen from a tasklet during run(): paused=%s scheduled=%s alive=%s" % states[0])

# --- tasklets.rst: run/schedule/schedule_remove written with next.run() / switch()
def my_run():
    main = stackless.current
    def watchdog():
        while stackless.runcount > 1:
            stackless.current.next.run()
        main.switch()
    stackless.tasklet(watchdog)().switch()

def my_schedule():
    stackless.current.next.run()

order = []
def step(name):
    order.append(name + "1")
    my_schedule()
    order.append(name + "2")

stackless.tasklet(step)("x")
stackless.tasklet(step)("y")
my_run()
print("equivalent run():", order, "runcount:", stackless.runcount)
