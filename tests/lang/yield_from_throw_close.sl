# yield from: throw() and close() are forwarded, exceptions propagate out of the delegate
# throw() reaches the innermost generator
def worker():
    try:
        yield "w1"
        yield "w2"
    except RuntimeError as e:
        print("worker caught", e)
        return "handled"

def boss():
    result = yield from worker()
    print("boss sees", result)
    yield "boss done"

b = boss()
print(next(b))
print(b.throw(RuntimeError("stop")))

# close() is forwarded to the delegate
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")

def top():
    try:
        yield from sub()
    finally:
        print("top finally")

t = top()
print(next(t))
t.close()

# an exception raised in the delegate propagates through yield from
def bad():
    yield 1
    raise ValueError("from bad")

def wrapper():
    try:
        yield from bad()
    except ValueError as e:
        yield "wrapper caught " + str(e)
print(list(wrapper()))

