# exceptions propagating out of handlers, nested try, unwinding calls, exception objects
# an exception raised in a handler propagates (after finally runs)
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally of handler_raises")
try:
    handler_raises()
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__))

# nested try: inner handler does not match, outer does
def nested():
    try:
        try:
            return [1, 2][5]
        except KeyError:
            return "inner"
        finally:
            print("inner finally")
    except IndexError as e:
        return "outer: " + str(e)
print(nested())

# an exception escaping a function unwinds its callers
def a():
    b()
def b():
    c()
def c():
    raise NotImplementedError("c is not done")
try:
    a()
except RuntimeError as e:
    print(type(e).__name__, e, isinstance(e, NotImplementedError))

# else runs only without an exception, and an exception in else is not caught by the same try
try:
    try:
        pass
    except ValueError:
        print("never")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer caught", e)

# exceptions are objects: stored, compared by identity, raised again later
saved = []
for v in ["1", "x", "3", "y"]:
    try:
        saved.append(int(v))
    except ValueError as e:
        saved.append(e)
print([s if isinstance(s, int) else type(s).__name__ for s in saved])
try:
    raise saved[1]
except ValueError as e:
    print(e is saved[1], e)

# catching BaseException-derived SystemExit
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
