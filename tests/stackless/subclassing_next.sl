# A channel subclass overriding __next__, iterated by a for loop while the
# channel is still open: the loop's __next__ blocks in the base __next__
# until a tasklet sends, and the StopIteration it raises once the channel
# is closed ends the loop.
import stackless

log = []

class Counting(stackless.channel):
    def __next__(self):
        v = super().__next__()
        log.append("Counting.__next__ -> %r" % v)
        return v

def producer(ch):
    for v in ("p", "q"):
        ch.send(v)
        log.append("producer sent %r" % v)
    ch.close()
    log.append("producer closed the channel")

cc = Counting()
cc.preference = 1
stackless.tasklet(producer)(cc)
for v in cc:
    log.append("for loop got %r" % v)
log.append("loop ended, closed %s" % cc.closed)
for line in log:
    print(line)
