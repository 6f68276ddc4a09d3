# switch_trap: while the level is non-zero, any switch raises RuntimeError;
# operations that do not switch still work.
import stackless

print("initial level:", stackless.switch_trap(0))
print("raise to 1, old:", stackless.switch_trap(1))
print("raise to 2, old:", stackless.switch_trap(1))
print("back to 1, old:", stackless.switch_trap(-1))

# nothing else runnable: schedule() does not switch, so it is allowed
print("schedule alone:", stackless.schedule() is stackless.current)

def task(name):
    print("task", name, "ran")

t = stackless.tasklet(task)("a")
for what, action in [("schedule()", stackless.schedule),
                     ("run()", stackless.run),
                     ("t.run()", t.run),
                     ("t.switch()", t.switch)]:
    try:
        action()
        print(what, "switched")
    except RuntimeError as e:
        print(what, "-> RuntimeError:", e)
print("t still scheduled:", t.scheduled, "runcount:", stackless.runcount)

c = stackless.channel()
try:
    c.receive()
except RuntimeError as e:
    print("blocking receive -> RuntimeError:", e)
print("channel balance unchanged:", c.balance)

print("level back to 0, old:", stackless.switch_trap(-1))
stackless.run()
# The argument is optional ("|i" in slpmodule_switch_trap): it defaults to 0.
print("switch_trap() returns the level:", stackless.switch_trap())
