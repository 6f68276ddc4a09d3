# functions: module-level ones and classes by name; lambdas, nested functions
# and closures by value (code, defaults, closure cells), sharing their cells
import pickle

def top(x):
    return x + 1

class K:
    def method(self):
        return "method of " + type(self).__name__
    @staticmethod
    def stat():
        return "static"

print(pickle.loads(pickle.dumps(top)) is top, pickle.loads(pickle.dumps(K.method)) is K.method)
bound = pickle.loads(pickle.dumps(K().method))
print(bound())

square = lambda n: n * n
sq = pickle.loads(pickle.dumps(square))
print(sq(7), sq is square, sq.__name__)

def make_counter(start, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return inc, peek

inc, peek = make_counter(10, step=5)
inc()
inc2, peek2 = pickle.loads(pickle.dumps((inc, peek)))
print(inc2(), inc2(), peek2(), "original:", peek())

def with_defaults(a, b=[1, 2], *args, c=3, **kw):
    return (a, b, args, c, kw)
def outer():
    def inner(a, b=[1, 2], *args, c=3, **kw):
        return (a, b, args, c, kw)
    return inner
f = pickle.loads(pickle.dumps(outer()))
print(f(0), f(1, 2, 3, c=4, d=5))

def recursive_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
fact = pickle.loads(pickle.dumps(recursive_maker()))
print(fact(10))

adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in pickle.loads(pickle.dumps(adders))])
gen_fn = pickle.loads(pickle.dumps(lambda n: (i * i for i in range(n))))
print(list(gen_fn(4)))
