# Ping-pong: two tasklets bat a counter back and forth over two channels.
import stackless

ping_ch = stackless.channel()
pong_ch = stackless.channel()


def ping(rounds):
    for i in range(rounds):
        ping_ch.send(i)
        reply = pong_ch.receive()
        print("ping got", reply)
    ping_ch.send(None)


def pong():
    while True:
        n = ping_ch.receive()
        if n is None:
            break
        print("pong got", n)
        pong_ch.send(n * 10)
    print("pong done")


stackless.tasklet(ping)(3)
stackless.tasklet(pong)()
stackless.run()
print("all done, runcount", stackless.getruncount())
