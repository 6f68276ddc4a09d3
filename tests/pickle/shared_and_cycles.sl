# shared references stay shared and cycles stay cycles, through every container kind
import pickle

t = (1, 2)
l = [t, t, "s", "s"]
l2 = pickle.loads(pickle.dumps(l))
print(l2, l2[0] is l2[1], l2[2] is l2[3])

shared = [0]
obj = {"a": shared, "b": (shared, [shared])}
o2 = pickle.loads(pickle.dumps(obj))
o2["a"].append(1)
print(o2, o2["a"] is o2["b"][0] is o2["b"][1][0], shared)

rec = [1]
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2, r2[1] is r2)

d = {}
d["self"] = d
d["list"] = [d]
d2 = pickle.loads(pickle.dumps(d))
print(d2, d2["self"] is d2, d2["list"][0] is d2)

# a cycle through a tuple: the tuple is made once, after its items
lst = []
tup = (lst, 5)
lst.append(tup)
lst2 = pickle.loads(pickle.dumps(tup))
print(lst2, lst2[0][0] is lst2)

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
    def __repr__(self):
        return "Node(%s -> %s)" % (self.name, [n.name for n in self.links])

a, b, c = Node("a"), Node("b"), Node("c")
a.links = [b, c]
b.links = [a, c]
c.links = [c]
ring = pickle.loads(pickle.dumps([a, b, c]))
print(ring)
print(ring[0].links[0] is ring[1], ring[1].links[0] is ring[0], ring[2].links[0] is ring[2])
print(ring[0].links[1] is ring[1].links[1])

inst = Node("self")
inst.t = (inst, {"k": inst})
i2 = pickle.loads(pickle.dumps(inst))
print(i2.t[0] is i2, i2.t[1]["k"] is i2)

big = [[i] * 3 for i in range(1000)]
big.append(big[0])
b2 = pickle.loads(pickle.dumps(big))
print(len(b2), b2[-1] is b2[0], b2[999])
