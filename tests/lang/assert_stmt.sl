# assert: passing, failing with and without a message, lazy message, e.args
assert True
assert 1 + 1 == 2, "never shown"
print("passing asserts do nothing")

def checked_sqrt(x):
    assert x >= 0, "x must be non-negative, got %r" % x
    return x ** 0.5

print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print(type(e).__name__, e, e.args)

try:
    assert 0
except AssertionError as e:
    print("no message:", repr(e), e.args, repr(str(e)))

# the message expression is only evaluated when the assertion fails
calls = []
def message():
    calls.append("evaluated")
    return "lazy message"
assert len(calls) == 0, message()
print("after passing assert:", calls)
try:
    assert [], message()
except AssertionError as e:
    print(e, calls)

# the message can be any object
try:
    assert None, ("tuple", 1)
except AssertionError as e:
    print(e.args, e.args[0][1])
try:
    assert "", {"code": 7}
except AssertionError as e:
    print(e.args[0]["code"], repr(e))

# AssertionError is an Exception, and an assert inside a loop
print(isinstance(AssertionError("x"), Exception))
failures = 0
for value in [2, 4, 5, 8, 9]:
    try:
        assert value % 2 == 0, "odd: %d" % value
    except AssertionError as e:
        failures += 1
        print("failure", failures, "-", e)

# a failing assert inside nested calls, caught at the top
def level_a(n):
    return level_b(n) * 2
def level_b(n):
    assert n < 3, f"n too large: {n}"
    return n
results = []
for n in range(5):
    try:
        results.append(level_a(n))
    except AssertionError as e:
        results.append(str(e))
print(results)
