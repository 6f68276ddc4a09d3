# generator throw() and return without a value
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as exc:
            print("caught", repr(exc))
            yield "recovered"

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as exc:
    print("propagated", repr(exc))
print(next(c, "exhausted"))

# return inside a generator with no value
def upto(limit):
    i = 0
    while True:
        if i >= limit:
            return
        yield i
        i += 1
it = upto(3)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
