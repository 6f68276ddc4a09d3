# Only the outermost run() with a timeout counts: a tasklet calling
# run(timeout) itself runs the queue as a plain run(). Interrupting a
# tasklet that runs an inner scheduler returns it to the outer caller.
import stackless

order = []

def leaf(name, n):
    for i in range(n):
        stackless.schedule()
    order.append(name)

def inner_runner():
    stackless.tasklet(leaf)("x", 3)
    stackless.tasklet(leaf)("y", 3)
    r = stackless.run(1)      # nested: behaves as run()
    order.append("inner run returned %r" % (r,))

stackless.tasklet(inner_runner)()
r = stackless.run(1000000)
print("outer run returned:", r)
print("order:", order)

# the inner runner's own long loop is interrupted by the outer budget
def busy_runner():
    stackless.tasklet(leaf)("z", 2)
    stackless.run()
    i = 0
    while i < 1000000:
        i += 1
    order.append("busy done")

order = []
t = stackless.tasklet(busy_runner)()
r = stackless.run(2000)
print("interrupted the runner:", r is t, "order so far:", order)
r.insert()
print("then finished:", stackless.run(), order)
