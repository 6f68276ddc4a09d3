# tasklets blocked on channels: pickled together with the channel (which is
# on their frames anyway), the copies are blocked on the copy of the channel,
# in the same order, senders and receivers alike
import stackless
import pickle

def receiver(ch, name):
    got = ch.receive()
    print(name, "received", got)

ch = stackless.channel()
ch.preference = 1
for name in ["r1", "r2", "r3"]:
    stackless.tasklet(receiver)(ch, name)
stackless.run()
print("balance", ch.balance)
ch2 = pickle.loads(pickle.dumps(ch))
print("copy: balance", ch2.balance, "preference", ch2.preference, "first blocked", ch2.queue.blocked)
for i in range(3):
    ch2.send("copy-%d" % i)
print("copy balance after sends", ch2.balance)
for i in range(3):
    ch.send("orig-%d" % i)
stackless.run()

def sender(ch, values):
    for v in values:
        ch.send(v)
    print("sender done", values)

out = stackless.channel()
s = stackless.tasklet(sender)(out, ["a", "b"])
stackless.run()
print("sender blocked:", s.blocked, out.balance)
s2, out2 = pickle.loads(pickle.dumps((s, out)))
print("copy blocked:", s2.blocked, out2.balance, out2.queue is s2)
print(out2.receive(), out2.receive(), out.receive(), out.receive())
stackless.run()

def reader(ch, label):
    for v in ch:
        if v is None:
            break
        print(label[0], "got", v)
    print(label[0], "loop ended")

feed = stackless.channel()
label = ["orig"]
r = stackless.tasklet(reader)(feed, label)
stackless.run()
r_copy, feed_copy, label_copy = pickle.loads(pickle.dumps((r, feed, label)))
label_copy[0] = "copy"
feed.send(1)
feed_copy.send(100)
feed_copy.send(None)
feed.send(None)
print(r.alive, r_copy.alive, feed.balance, feed_copy.balance)

# a sender blocked in send_exception: the copy's receiver gets the exception
def exc_sender(ch):
    ch.send_exception(ValueError, "sent")
    print("exception sender done")

def exc_receiver(ch):
    try:
        ch.receive()
    except ValueError as e:
        print("receiver got", repr(e))

xch = stackless.channel()
xs = stackless.tasklet(exc_sender)(xch)
try:
    stackless.run()
except ValueError as e:
    print("run raised", e)
xs2, xch2 = pickle.loads(pickle.dumps((xs, xch)))
print("copy sender blocked:", xs2.blocked, xch2.balance)
stackless.tasklet(exc_receiver)(xch2)
stackless.run()
