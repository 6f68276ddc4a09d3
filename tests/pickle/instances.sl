# instances: by class reference and __dict__, __getstate__/__setstate__, __reduce__, subclasses of builtins, exceptions
import pickle

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))

class Counter:
    count = 0
    def __init__(self):
        self.n = 0
        self.cache = {"big": [1] * 3}
    def __getstate__(self):
        print("getstate")
        return {"n": self.n}
    def __setstate__(self, state):
        print("setstate", state)
        self.n = state["n"]
        self.cache = {}

class Reduced:
    def __init__(self, a, b=0):
        print("init", a, b)
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a,), {"b": self.b})

def make(v):
    return ["made", v]

class ViaFunc:
    def __reduce__(self):
        return (make, (42,))

class Stack(list):
    def peek(self):
        return self[-1]

class Config(dict):
    pass

class Base:
    def who(self):
        return type(self).__name__
class Derived(Base):
    pass

class MyErr(Exception):
    pass

s = {Point(1, 2), Point(3, 4)}
print(sorted(pickle.loads(pickle.dumps(s)), key=lambda p: p.x))
c = Counter(); c.n = 7
c2 = pickle.loads(pickle.dumps(c))
print(c2.n, c2.cache)
r = pickle.loads(pickle.dumps(Reduced(5, 6)))
print(r.a, r.b)
print(pickle.loads(pickle.dumps(ViaFunc())))
st = Stack([1, 2, 3]); st.label = "s"
st2 = pickle.loads(pickle.dumps(st))
print(type(st2).__name__, st2, st2.peek(), st2.label)
cf = Config(a=1)
cf2 = pickle.loads(pickle.dumps(cf))
print(type(cf2).__name__, cf2)
print(pickle.loads(pickle.dumps(Derived())).who())
e = MyErr("bad", 2)
e.extra = "x"
e2 = pickle.loads(pickle.dumps(e))
print(type(e2).__name__, e2.args, e2.extra, str(e2))
print(repr(pickle.loads(pickle.dumps(ValueError("v")))))
print(pickle.loads(pickle.dumps(KeyError("k"))))
print(pickle.loads(pickle.dumps([Point, Derived, make, Point.__init__]))[0](0, 0))
print(pickle.loads(pickle.dumps(pickle.PicklingError)).__name__)

class Slotted:
    kind = "class attr"
    def __init__(self):
        self.items = []
obj = Slotted()
obj.items.append(obj)
o2 = pickle.loads(pickle.dumps(obj))
print(o2.kind, o2.items[0] is o2, vars(o2).keys())

class Weird:
    def __reduce__(self):
        return "singleton"
singleton = Weird()
print(pickle.loads(pickle.dumps(singleton)) is singleton)

class Chained(Exception):
    pass
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise Chained("outer") from e
except Chained as e:
    c = pickle.loads(pickle.dumps(e))
    print(repr(c), c.args)
