# bare raise, raising a class, e.args, the except variable's scope
# bare raise re-raises the current exception, unchanged
def reraiser():
    try:
        raise KeyError("k", 2)
    except KeyError as e:
        print("logging", e.args)
        raise

try:
    reraiser()
except KeyError as e:
    print("outer got", repr(e), e.args)

# raise a class instead of an instance, and e.args
def raise_class():
    raise ValueError
def raise_empty():
    raise ValueError()
def raise_two_args():
    raise ValueError("a", 1)
for fn in (raise_class, raise_empty, raise_two_args):
    try:
        fn()
    except ValueError as e:
        print(repr(e), e.args, repr(str(e)))

# the except variable is deleted at the end of the handler
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
