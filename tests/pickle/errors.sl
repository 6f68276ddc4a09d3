# the errors of pickling and unpickling: clear exceptions, never a crash
import pickle
import stackless

def attempt(what, f):
    try:
        r = f()
        print(what, "-> ok", type(r).__name__)
    except Exception as e:
        print(what, "->", type(e).__name__ + ":", e)

print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))
good = pickle.dumps({"key": [1, 2.5, "three"]})
attempt("empty", lambda: pickle.loads(b""))
attempt("truncated", lambda: pickle.loads(good[:-1]))
attempt("header only", lambda: pickle.loads(good[:5]))
attempt("trailing", lambda: pickle.loads(good + b"xx"))
attempt("bad magic", lambda: pickle.loads(b"\x80\x03N."))
attempt("bad version", lambda: pickle.loads(b"SLPK\x09\x01\x00"))
attempt("bad opcode", lambda: pickle.loads(b"SLPK\x01\x02\xff\x00"))
attempt("underflow", lambda: pickle.loads(b"SLPK\x01\x03\x0e\x02\x00"))
attempt("no value", lambda: pickle.loads(b"SLPK\x01\x01\x00"))
attempt("bad memo", lambda: pickle.loads(b"SLPK\x01\x03\x09\x05\x00"))
attempt("str", lambda: pickle.loads("text"))
attempt("protocol", lambda: pickle.dumps(1, 5))
attempt("file", lambda: pickle.dumps(open("errors.sl")))
attempt("main tasklet", lambda: pickle.dumps(stackless.main))

class BadReduce:
    def __reduce__(self):
        return 42
class ShortReduce:
    def __reduce__(self):
        return (BadReduce,)
attempt("reduce type", lambda: pickle.dumps(BadReduce()))
attempt("reduce length", lambda: pickle.dumps(ShortReduce()))

def local_class():
    class Local:
        pass
    return Local
attempt("local class", lambda: pickle.dumps(local_class()))

class Gone:
    pass
data = pickle.dumps(Gone())
del Gone
attempt("missing class", lambda: pickle.loads(data))

def running():
    me = yield
    yield pickle.dumps(me)
g = running()
next(g)
attempt("running generator", lambda: g.send(g))

deep = []
for i in range(5000):
    deep = [deep]
attempt("too deep", lambda: pickle.dumps(deep))
attempt("after errors", lambda: pickle.loads(good))
