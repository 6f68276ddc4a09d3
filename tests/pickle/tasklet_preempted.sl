# a tasklet preempted by run(n) (at a call or a loop's end) anywhere --
# inside comprehensions, calls, with and try blocks, generators, unpacking,
# augmented subscript assignment, f-strings -- is pickled at every
# interruption; each copy, run to the end, computes what the original does.
# (Budgets stay above the longest loop body: a smaller one never gets past
# it, the loop end being charged before the jump.) An interruption inside
# list.extend's callback (the generator it consumes) is not restorable: it
# must refuse to pickle.
import stackless
import pickle

class Acc:
    def __init__(self):
        self.items = []
    def __enter__(self):
        return self.items
    def __exit__(self, *exc):
        return False
    def add(self, *vals, scale=1):
        self.items.extend(v * scale for v in vals)

def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i

def compute(n):
    table = [0] * 4
    acc = Acc()
    with acc as items:
        for i in range(n):
            table[i % 4] += i
            a, *rest = [i, i + 1, i + 2]
            try:
                if i == 3:
                    raise KeyError(i)
                acc.add(a, *rest, scale=2)
            except KeyError as e:
                items.append(-e.args[0])
            finally:
                items.append(f"{i:02d}")
    squares = {k: k * k for k in evens(n)}
    pairs = sorted({(x, y) for x in range(3) for y in range(x)})
    total = sum(v for v in items if isinstance(v, int))
    return (table, total, squares, pairs, items[-3:], (lambda z: z + n)(1))

expected = compute(10)
results = []

def job():
    r = compute(10)
    results.append(r)

budgets = [90, 97, 110, 130, 173, 200]
interruptions = 0
refused = 0
for budget in budgets:
    t = stackless.tasklet(job)()
    while True:
        interrupted = stackless.run(budget)
        if interrupted is None:
            break
        interruptions += 1
        if not interrupted.restorable:
            try:
                pickle.dumps(interrupted)
            except pickle.PicklingError:
                refused += 1
            interrupted.insert()
            continue
        copy = pickle.loads(pickle.dumps(interrupted))
        copy.insert()
        while stackless.run(1000000) is not None:
            pass
        interrupted.insert()
print(expected)
print("interruptions:", interruptions > 50, "refused:", refused > 0,
      "results:", len(results) == interruptions - refused + len(budgets))
print("all equal:", all(r == expected for r in results))
