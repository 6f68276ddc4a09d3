# Hackysack: 10,000 tasklets stand in a circle, each with its own channel;
# whoever holds the sack kicks it to a pseudo-randomly chosen other player.
import sys
import stackless

players = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
kicks = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
channels = [stackless.channel() for _ in range(players)]
seed = [12345]
counts = [0] * players


def next_player(me):
    # A small linear congruential generator keeps the run deterministic.
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    other = seed[0] % players
    return other if other != me else (other + 1) % players


def player(me):
    ch = channels[me]
    while True:
        sack = ch.receive()
        if sack is None:
            return
        counts[me] += 1
        if sack == 0:
            done.send("finished")
        else:
            channels[next_player(me)].send(sack - 1)


done = stackless.channel()
for i in range(players):
    stackless.tasklet(player)(i)
channels[0].send(kicks)
print(done.receive())
for ch in channels:
    ch.send(None)
print("players", players, "kicks", sum(counts), "busiest", max(counts))
