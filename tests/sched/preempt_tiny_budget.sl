# Tiny budgets (smaller than a loop body, down to 1) still make progress: every
# interruption comes after some work, so the tasklets finish.
import stackless
out = []
def body(n):
    i = 0
    while i < n:
        try:
            i += 1
        finally:
            pass
    out.append(i)
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
def r():
    out.append(rec(50))
for budget in (1, 2, 5, 60):
    t = stackless.tasklet(body)(200)
    u = stackless.tasklet(r)()
    k = 0
    while True:
        x = stackless.run(budget)
        if x is None:
            break
        x.insert()
        k += 1
    print(budget, out, k > 0)
    del out[:]
