# The Python 2 print statement (the Stackless documentation's form) of an
# object whose __str__ blocks on a channel: the item waits, others run.
import stackless

ch = stackless.channel()

class Late:
    def __str__(self):
        return ch.receive()

def printer():
    print "value:", Late(), "and", Late()

def sender():
    for word in ("first", "second"):
        print "(sending %s)" % word
        ch.send(word)

stackless.tasklet(printer)()
stackless.tasklet(sender)()
stackless.run()
