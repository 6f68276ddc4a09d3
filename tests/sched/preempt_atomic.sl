# An atomic tasklet is never interrupted; as soon as it leaves its atomic
# section the budget catches it. Main's atomic flag does not protect others.
import stackless

log = []

def worker():
    with stackless.atomic():
        i = 0
        while i < 20000:
            i += 1
        log.append("atomic part done")
    i = 0
    while i < 2000000:
        i += 1
    log.append("plain part done")

t = stackless.tasklet(worker)()
r = stackless.run(100)
print("interrupted after the atomic part:", r is t, log)
print("atomic now:", t.atomic)
t.kill()

# set_atomic on the whole tasklet: never interrupted, runs to the end
def steady():
    stackless.getcurrent().set_atomic(True)
    i = 0
    while i < 50000:
        i += 1
    log.append("steady done")

stackless.tasklet(steady)()
print("run returned:", stackless.run(100), log[-1])

# main being atomic does not make the tasklets it runs atomic
def loop():
    while True:
        pass

t = stackless.tasklet(loop)()
with stackless.atomic():
    r = stackless.run(1000)
print("main atomic, tasklet still interrupted:", r is t, "main atomic after:", stackless.main.atomic)
t.kill()
print("runcount:", stackless.runcount)
