# repr() and str() of tasklets (and channels): the documented
# "<stackless.tasklet object at 0x...>" form (../shared/LANGUAGE.md; Stackless
# 3.7 itself spells the type _stackless.tasklet), the same in every state,
# distinct per object; subclasses show their own class and may override it.
import stackless

def parts(r):
    """'<X object at 0xHEX>' -> ('<X object', whether the rest is a hex address)."""
    i = r.index(" at 0x")
    head, addr = r[:i], r[i + 6:]
    ok = addr.endswith(">") and len(addr) > 1 and all(c in "0123456789abcdef" for c in addr[:-1])
    return head, ok

t = stackless.tasklet()
print("fresh:", parts(repr(t)))
print("str is repr:", str(t) == repr(t), "%s and %r:", "%s" % t == repr(t), "%r" % t == repr(t))
print("format:", format(t) == repr(t), "in a list:", repr([t]) == "[" + repr(t) + "]")
print("main:", parts(repr(stackless.main)))
print("two tasklets differ:", repr(t) != repr(stackless.tasklet()))
print("not its id's text:", repr(t) != str(id(t)))

first = repr(t)
seen = []
def task():
    seen.append(repr(stackless.current))
    stackless.schedule_remove()
t.bind(task)
states = [repr(t)]
t.setup()
states.append(repr(t))
stackless.run()
states.append(repr(t))
t.insert()
stackless.run()
states.append(repr(t))
print("the same through its life:", all(r == first for r in states + seen), len(states + seen))

ch = stackless.channel()
head, ok = parts(repr(ch))
print("channel:", head.split(".")[-1], ok, "str is repr:", str(ch) == repr(ch))
print("two channels differ:", repr(ch) != repr(stackless.channel()))

class Worker(stackless.tasklet):
    pass

class Named(stackless.tasklet):
    def __init__(self, name, func=None):
        super().__init__(func)
        self.name = name
    def __repr__(self):
        return "<Named %s alive=%s>" % (self.name, self.alive)

class Pipe(stackless.channel):
    def __str__(self):
        return "a pipe"

w = Worker()
print("subclass:", parts(repr(w)))
n = Named("job", lambda: None)
print("overridden:", repr(n), str(n), [n], "%s" % n)
n.setup()
print("overridden, scheduled:", repr(n))
stackless.run()
print("overridden, finished:", n)
p = Pipe()
print("channel subclass:", parts(repr(p)), "str:", str(p))
print("print uses __str__:", end=" ")
print(p)
