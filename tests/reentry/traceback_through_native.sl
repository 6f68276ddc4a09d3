# An uncaught exception from a callback of a native, raised after a tasklet
# switch, ends the program with a Python traceback (no native frames in it).
import stackless

def key(x):
    stackless.schedule()
    return int(x)

def sorter():
    print(sorted(["3", "1", "two"], key=key))

stackless.tasklet(sorter)()
stackless.run()
