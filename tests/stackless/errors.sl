# Every error Stackless raises for an invalid state change or a bad
# argument, with its exact message; and that a failed call changes nothing.
import stackless

def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print("%-44s %s: %s" % (label, type(e).__name__, e))
    else:
        print("%-44s no error, returned %s" % (label, "a tasklet" if isinstance(r, stackless.tasklet) else repr(r)))

def noop(*args):
    pass

def blocker(ch):
    ch.receive()

def pauser():
    stackless.schedule_remove()

ch = stackless.channel()
fresh = stackless.tasklet()
bound = stackless.tasklet(noop)
queued = stackless.tasklet(noop)()
paused = stackless.tasklet(noop, ())
blocked = stackless.tasklet(blocker)(ch)
blocked.run()
dead = stackless.tasklet(noop)()
dead.run()
main = stackless.main

print("--- bind")
show("tasklet(42)", stackless.tasklet, 42)
show("fresh.bind(42)", fresh.bind, 42)
show("current.bind(42)", main.bind, 42)
show("current.bind(noop)", main.bind, noop)
show("current.bind(None)", main.bind, None)
show("queued.bind(noop)", queued.bind, noop)
show("queued.bind(42)", queued.bind, 42)
show("blocked.bind(None)", blocked.bind, None)
show("fresh.bind(None, (1,))", fresh.bind, None, (1,))
show("fresh.bind(args=(1,))", fresh.bind, args=(1,))
show("fresh.bind(noop, (), {}, 4)", fresh.bind, noop, (), {}, 4)
show("tasklet(noop, (), {}, 4)", stackless.tasklet, noop, (), {}, 4)
show("fresh.bind(noop, foo=1)", fresh.bind, noop, foo=1)
def main_bind_from_tasklet():
    show("main.bind(None), main scheduled", main.bind, None)
    show("main.bind(noop, ()), main scheduled", main.bind, noop, ())
stackless.tasklet(main_bind_from_tasklet)().run()
print("after the failed binds: queued scheduled", queued.scheduled, "blocked blocked", blocked.blocked,
      "main alive", main.alive)

print("--- setup")
show("queued.setup()", queued.setup)
show("paused.setup()", paused.setup)
show("main.setup()", main.setup)
show("fresh.setup()", fresh.setup)
show("tasklet()()", stackless.tasklet())
show("dead.setup()", dead.setup)
nc = stackless.tasklet()
nc.tempval = 42
show("setup() with tempval 42", nc.setup)
print("after the failed setups: fresh alive", fresh.alive, "nc tempval", nc.tempval)

print("--- insert, run, switch, remove")
for label, t in [("blocked", blocked), ("fresh", fresh), ("bound", bound), ("dead", dead)]:
    show(label + ".insert()", t.insert)
    show(label + ".run()", t.run)
    show(label + ".switch()", t.switch)
show("blocked.remove()", blocked.remove)
show("main.remove() (current)", main.remove)
def remove_self():
    show("current.remove() in a tasklet", stackless.current.remove)
stackless.tasklet(remove_self)().run()
show("queued.insert(1)", queued.insert, 1)
show("queued.remove(1)", queued.remove, 1)
show("queued.run(1)", queued.run, 1)
show("queued.switch(1)", queued.switch, 1)
print("after the failed calls: blocked still blocked", blocked.blocked, "balance", ch.balance,
      "queued scheduled", queued.scheduled, "runcount", stackless.runcount)

print("--- set_atomic, set_ignore_nesting, block_trap")
show("set_atomic('x')", main.set_atomic, "x")
show("set_atomic(1.0)", main.set_atomic, 1.0)
show("set_atomic(None)", main.set_atomic, None)
show("set_atomic()", main.set_atomic)
show("set_atomic(1, 2)", main.set_atomic, 1, 2)
show("set_ignore_nesting('x')", main.set_ignore_nesting, "x")
show("set_ignore_nesting()", main.set_ignore_nesting)
def set_block_trap(v):
    main.block_trap = v
show("block_trap = 'x'", set_block_trap, "x")
show("block_trap = None", set_block_trap, None)
print("atomic", main.atomic, "ignore_nesting", main.ignore_nesting, "block_trap", main.block_trap)
main.block_trap = True
show("receive with block_trap", ch.receive)
c2 = stackless.channel()
show("send with block_trap", c2.send, 1)
c2.close()
show("send with block_trap, closed channel", c2.send, 1)
main.block_trap = False
show("send on a closed channel", c2.send, 1)
show("receive on a closed channel", c2.receive)
print("balance", c2.balance)

print("--- throw, raise_exception, kill")
show("dead.throw(ValueError)", dead.throw, ValueError)
show("fresh.throw(ValueError)", fresh.throw, ValueError)
show("dead.raise_exception(ValueError)", dead.raise_exception, ValueError)
show("queued.throw(42)", queued.throw, 42)
show("queued.throw(int)", queued.throw, int)
show("queued.throw('text')", queued.throw, "text")
show("queued.throw(IndexError(1), 2)", queued.throw, IndexError(1), 2)
show("queued.throw(IndexError, None, 5)", queued.throw, IndexError, None, 5)
show("queued.throw()", queued.throw)
show("queued.throw(IndexError, None, None, 1, 5)", queued.throw, IndexError, None, None, True, 5)
show("queued.throw(IndexError, foo=1)", queued.throw, IndexError, foo=1)
show("queued.kill(1, 2)", queued.kill, 1, 2)
show("queued.kill(foo=1)", queued.kill, foo=1)
show("queued.raise_exception()", queued.raise_exception)
show("queued.raise_exception(42)", queued.raise_exception, 42)
show("queued.raise_exception(int)", queued.raise_exception, int)
show("queued.raise_exception(ValueError('x'))", queued.raise_exception, ValueError("x"))
print("after the failed calls: queued alive", queued.alive, "scheduled", queued.scheduled)

print("--- channels")
def set_pref(v):
    ch.preference = v
def set_all(v):
    ch.schedule_all = v
show("preference = 'x'", set_pref, "x")
show("schedule_all = 'x'", set_all, "x")
show("send_exception()", ch.send_exception)
show("send_exception(42)", ch.send_exception, 42)
show("send_exception(int)", ch.send_exception, int)
show("send_exception(ValueError('x'))", ch.send_exception, ValueError("x"))
show("send_throw()", ch.send_throw)
show("send_throw(1, 2, 3, 4)", ch.send_throw, 1, 2, 3, 4)
show("send_throw(42)", ch.send_throw, 42)
show("send_throw(IndexError(1), 2)", ch.send_throw, IndexError(1), 2)
show("send_throw(IndexError, None, 5)", ch.send_throw, IndexError, None, 5)
show("send()", ch.send)
show("send(1, 2)", ch.send, 1, 2)
show("receive(1)", ch.receive, 1)
show("close(1)", ch.close, 1)
show("open(1)", ch.open, 1)
show("send_sequence(5)", ch.send_sequence, 5)
print("after the failed calls: balance", ch.balance, "blocked", blocked.blocked, "closing", ch.closing)

print("--- deadlocks")
stackless.run()
c3 = stackless.channel()
show("receive with nothing else runnable", c3.receive)
show("send with nothing else runnable", c3.send, 1)
stackless.run()
stackless.tasklet(noop)()
show("receive, the last tasklet ends", c3.receive)
stackless.tasklet(noop)()
show("send, the last tasklet ends", c3.send, 1)
print("balance", c3.balance, "runcount", stackless.runcount)

print("--- switch_trap")
print("switch_trap() returns the level:", stackless.switch_trap(), "switch_trap(1) returns", stackless.switch_trap(1))
t1 = stackless.tasklet(noop)()
c4 = stackless.channel()
r4 = stackless.tasklet(blocker)(c4)
show("schedule()", stackless.schedule)
show("schedule_remove()", stackless.schedule_remove)
show("run()", stackless.run)
show("t1.run()", t1.run)
show("t1.switch()", t1.switch)
show("t1.kill()", t1.kill)
show("t1.throw(ValueError)", t1.throw, ValueError)
show("current.run()", main.run)
show("t1.kill(pending=True)", t1.kill, pending=True)
print("switch_trap(-1) returns", stackless.switch_trap(-1), "t1 alive", t1.alive)
stackless.run()
stackless.switch_trap(1)
show("c4.send(1) to a waiting receiver", c4.send, 1)
c4.preference = 1
show("c4.send(1), preferring the sender", c4.send, 1)
show("c4.receive()", c4.receive)
stackless.switch_trap(-1)
stackless.run()
print("r4 alive", r4.alive, "switch_trap()", stackless.switch_trap())

print("--- module functions")
tid = main.thread_id
show("get_thread_info(tid + 1)", stackless.get_thread_info, tid + 1)
show("get_thread_info('x')", stackless.get_thread_info, "x")
show("get_thread_info(tid, 0, 0)", stackless.get_thread_info, tid, 0, 0)
show("set_schedule_callback(42)", stackless.set_schedule_callback, 42)
show("set_channel_callback(42)", stackless.set_channel_callback, 42)
show("schedule(1, 2)", stackless.schedule, 1, 2)
show("schedule(foo=1)", stackless.schedule, foo=1)
show("schedule_remove(1, 2)", stackless.schedule_remove, 1, 2)
show("run(foo=1)", stackless.run, foo=1)
show("run(0, 0, 0, 0, 0, 0)", stackless.run, 0, 0, 0, 0, 0, 0)
show("getcurrent(1)", stackless.getcurrent, 1)
show("getmain(1)", stackless.getmain, 1)
show("getruncount(1)", stackless.getruncount, 1)
show("enable_softswitch()", stackless.enable_softswitch)

print("--- bind_thread")
queued = stackless.tasklet(noop)()
show("paused.bind_thread()", paused.bind_thread)
show("paused.bind_thread(-1)", paused.bind_thread, -1)
show("paused.bind_thread(tid)", paused.bind_thread, tid)
show("paused.bind_thread(tid + 1)", paused.bind_thread, tid + 1)
show("queued.bind_thread(tid)", queued.bind_thread, tid)
show("main.bind_thread(tid)", main.bind_thread, tid)
show("blocked.bind_thread(tid)", blocked.bind_thread, tid)
show("queued.bind_thread()", queued.bind_thread)
show("paused.bind_thread('x')", paused.bind_thread, "x")

print("--- read-only attributes")
for obj, names in [(queued, ["alive", "paused", "blocked", "scheduled", "restorable", "is_current",
                             "is_main", "thread_id", "next", "prev", "frame", "recursion_depth",
                             "nesting_level", "atomic", "ignore_nesting"]),
                   (ch, ["balance", "queue", "closing", "closed"])]:
    for name in names:
        try:
            setattr(obj, name, 1)
            print(name, "was set")
        except AttributeError:
            print("set", name, "-> AttributeError")
ch.send(None)
stackless.run()
