# __str__ and __repr__ that block on a channel, reached through print, str,
# repr, format and str.join from natives, with other tasklets running meanwhile.
import stackless

names = stackless.channel()

class Remote:
    def __init__(self, tag):
        self.tag = tag
    def __str__(self):
        print("  [%s asks for its name]" % self.tag)
        return names.receive()
    def __repr__(self):
        return "<" + str(self) + ">"

def show():
    a, b = Remote("a"), Remote("b")
    print("print:", a, b)
    print("str:", str(a))
    print("repr:", repr(b))
    print("list:", [a, b])
    print("format:", format(a, ""))
    print("joined:", "+".join(str(r) for r in (a, b)))

def namer():
    for n in ["Ann", "Bob", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"]:
        print("  sending", n)
        names.send(n)
    print("namer done")

stackless.tasklet(show)()
stackless.tasklet(namer)()
stackless.run()
