# implicit chaining (__context__), explicit chaining (__cause__), raise from None
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")

try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)

def explicit():
    try:
        int("abc")
    except ValueError as exc:
        raise RuntimeError("conversion failed") from exc

try:
    explicit()
except RuntimeError as e:
    print(repr(e))
    print(repr(e.__cause__))
    print(e.__cause__ is e.__context__, e.__suppress_context__)

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise LookupError("clean") from None

try:
    suppressed()
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

# an exception raised inside finally replaces the one in flight
def finally_raises():
    try:
        raise TypeError("first")
    finally:
        raise IndexError("second")

try:
    finally_raises()
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))

# a chain three levels deep
def level3():
    raise OSError("disk")
def level2():
    try:
        level3()
    except OSError as e:
        raise RuntimeError("io layer") from e
def level1():
    try:
        level2()
    except RuntimeError:
        raise Exception("top")

try:
    level1()
except Exception as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

