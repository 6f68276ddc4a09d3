# try/except/else/finally order, handler matching, e.args
def attempt(action):
    steps = []
    try:
        steps.append("try")
        action()
    except (KeyError, IndexError) as e:
        steps.append("lookup " + type(e).__name__)
    except ZeroDivisionError:
        steps.append("zero")
    except Exception as e:
        steps.append("other " + repr(e))
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    return steps

print(attempt(lambda: None))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][0]))
print(attempt(lambda: 1 // 0))
print(attempt(lambda: int("x")))

# the first matching handler wins, base classes match subclasses
try:
    raise KeyError("key")
except LookupError as e:
    print("LookupError handler got", repr(e))
except KeyError:
    print("never")

# e.args and str(e) for various constructions
for exc in [ValueError(), ValueError("one"), ValueError("two", 2), KeyError("k"), OSError("disk full")]:
    print(type(exc).__name__, exc.args, repr(str(exc)))

