# Preemption reaches every shape of long-running code: an empty infinite
# loop, a deep recursion without loops, nested loops, and a loop inside a
# method called from a loop. Nothing printed depends on instruction counts.
import stackless

log = []

def spin():
    try:
        while True:
            pass
    finally:
        log.append("spin cleanup")

t = stackless.tasklet(spin)()
r = stackless.run(500)
print("infinite loop interrupted:", r is t)
print("paused:", t.paused, "alive:", t.alive, "scheduled:", t.scheduled)
print("frame:", t.frame.f_code.co_name, "bottom frame:", t.frame.f_back is None)
t.kill()
print("killed:", log, "alive:", t.alive)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

results = {}

def fib_task(n):
    results["fib"] = fib(n)

t = stackless.tasklet(fib_task)(20)
depths = set()
interruptions = 0
while True:
    r = stackless.run(300)
    if r is None:
        break
    interruptions += 1
    f = r.frame
    depth = 0
    while f is not None:
        depth += 1
        f = f.f_back
    depths.add(depth > 1)
    r.insert()
print("recursion interrupted:", interruptions > 1, "inside fib:", depths == {True})
print("fib(20) =", results["fib"])

class Grid:
    def __init__(self, n):
        self.n = n

    def total(self):
        s = 0
        for i in range(self.n):
            for j in range(self.n):
                s += i * j
        return s

def grid_task():
    g = Grid(120)
    results["grid"] = [g.total() for _ in range(3)]

t = stackless.tasklet(grid_task)()
n = 0
while True:
    r = stackless.run(1000)
    if r is None:
        break
    assert r is t
    n += 1
    t.insert()
print("nested loops interrupted:", n > 1)
print("grid:", results["grid"] == [sum(i * j for i in range(120) for j in range(120))] * 3)
