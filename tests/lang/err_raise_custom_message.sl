# a ValueError raised at top level, after some output and a handled exception
values = [3, 1, 2]
print(sorted(values))
try:
    raise ValueError("handled first")
except ValueError as e:
    print("caught:", e)
total = sum(values)
print("total", total)
if total > 5:
    raise ValueError("bad value")
print("never printed")
