import traceback, sys
def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    parts = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(parts), parts[0] == 'Traceback (most recent call last):\n', parts[-1])
    print(len(traceback.format_exception_only(type(e), e)))
    s = traceback.format_exc()
    print(s.count("\n"))
try:
    try:
        f()
    except ValueError:
        raise KeyError("k")
except KeyError as e:
    parts = traceback.format_exception(type(e), e, e.__traceback__)
    print(len(parts), [p.count("\n") for p in parts])
