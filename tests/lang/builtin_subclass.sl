# subclasses of list, dict, set, tuple and str: methods, attributes, super().__init__, isinstance
class D(dict):
    def __missing__(self, k):
        return 0
d = D(a=1)
d["b"] = 2
print(d, len(d), isinstance(d, dict), type(d).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
s.label = "st"
print(s, s.peek(), len(s), s.label, type(s) is Stack, isinstance(s, list))
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
n = Named("n", (4, 5))
print(n, n.name, sum(n))
class Pair(tuple):
    def total(self):
        return sum(self)
p = Pair((3, 4))
print(p, p.total(), p[0], len(p))
class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hi")
print(t, t.shout(), t + "x", len(t))
class Bag(set):
    pass
b = Bag([1, 2, 2])
b.add(3)
print(sorted(b), len(b))
class Counter2(dict):
    def __init__(self, items):
        super().__init__()
        for i in items:
            self[i] = self.get(i, 0) + 1
print(sorted(Counter2("abca").items()))
# many short-lived subclass instances: the collector frees them and keeps the live one's class and attributes
keep = Stack([0])
keep.note = "kept"
for i in range(300000):
    tmp = Stack([i])
    tmp.extra = i
print(keep, keep.note, type(keep).__name__, tmp, tmp.extra)
# overridden special methods of builtin subclasses
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = Default()
print(dd["abc"], dd["x"], sorted(dd.items()))
class Shown(list):
    def __repr__(self):
        return "Shown" + list.__repr__(self) if False else "Shown(%d)" % len(self)
    def __getitem__(self, i):
        return "item %r" % (i,)
sh = Shown([1, 2])
print(repr(sh), str(sh), sh[0], sh[5])
