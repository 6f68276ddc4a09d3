# Three tasklets mixing natives and operators whose callbacks switch: sorted
# with a key that empties the list, dict/zip/set algebra/join/map/enumerate/
# min/max/sum over generators, print, ==, in, d[k] with user __hash__/__eq__.
import stackless
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): stackless.schedule(); return V(self.v + o.v)
    def __radd__(self, o): stackless.schedule(); return V(self.v + o)
    def __lt__(self, o): stackless.schedule(); return self.v < o.v
    def __eq__(self, o): stackless.schedule(); return isinstance(o, V) and self.v == o.v
    def __hash__(self): stackless.schedule(); return hash(self.v)
    def __str__(self): stackless.schedule(); return "V" + str(self.v)
    def __repr__(self): return "V(%d)" % self.v
def gen(n):
    for i in range(n):
        stackless.schedule()
        yield V(i)
def work(name):
    lst = [V(i) for i in range(8)]
    r = sorted(lst, key=lambda x: (lst.clear(), [x.v * -1])[1])
    print(name, "sorted", [x.v for x in r])
    print(name, "dict", sorted((k.v, v.v) for k, v in dict(zip(gen(5), gen(5))).items()))
    print(name, "set", sorted(x.v for x in set(gen(6)) | set(gen(3))))
    print(name, "join", "-".join(str(x) for x in gen(4)))
    print(name, "map", [x.v for x in map(lambda a, b: a + b, gen(4), gen(4))])
    print(name, "enum", [(i, x.v) for i, x in enumerate(gen(3))])
    print(name, "minmax", min(gen(5)).v, max(gen(5), key=lambda x: V(-x.v)).v)
    print(name, "sum", sum(gen(6), V(100)).v, sum(gen(4), 0).v)
    print(name, "print", V(1), V(2), [V(3)])
    print(name, "sort", sorted(gen(6), reverse=True))
    d = {}
    for x in gen(4):
        d[x] = [x]
    print(name, "index", [V(i) for i in range(5)].index(V(3)), V(2) in d, d[V(1)])
for n in ("a", "b", "c"):
    stackless.tasklet(work)(n)
stackless.run()
