# reentry.py -- natives that call back into script code against the same
# natives when they do not: sorted() with a key function versus sorted()
# of the keys, and dict.get() with keys whose __hash__/__eq__ are script
# functions versus str keys. On Slate the first of each pair runs the
# native on a coroutine and every callback is a round trip through the
# dispatch loop (src/vm/reentry.rs); the second never leaves Rust.
# usage: reentry.py [N=100000] [MODE=key|nokey|eq|str] [ROUNDS=10]
import sys


class Key(object):
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return self.v == other.v


def negate(x):
    return -x


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    mode = sys.argv[2] if len(sys.argv) > 2 else "key"
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    xs = [(i * 7919) % n for i in range(n)]
    check = 0
    if mode == "key":
        for _ in range(rounds):
            r = sorted(xs, key=negate)
            check += r[0] - r[-1]
    elif mode == "nokey":
        neg = [-x for x in xs]
        for _ in range(rounds):
            r = sorted(neg)
            check += r[-1] - r[0]
    else:
        keys = [Key(x) for x in xs] if mode == "eq" else [str(x) for x in xs]
        d = dict.fromkeys(keys, 1)
        get = d.get
        for _ in range(rounds):
            for k in keys:
                check += get(k)
    print("reentry n=%d mode=%s check=%d" % (n, mode, check))


main()
