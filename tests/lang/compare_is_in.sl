# chained comparisons, is / is not, in / not in, truthiness and short-circuiting
calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 != 2 != 1)
print(v(1) < v(0) < v(5), calls)           # stops after the first false link
calls.clear()
print(v(1) < v(2) < v(3), calls)           # the middle operand is evaluated once
calls.clear()
x = 5
print(0 < x <= 5, 0 < x < 5, 1 <= x != 4, x in [5] in [[5]], "a" < "b" < "c")

# is / is not: identity, not equality
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
print(True is True, (1 == 1) is True, [] is not [], isinstance(None, object))
def nothing():
    pass
print(nothing() is None, nothing() == None)

# in / not in across containers
print(2 in [1, 2], 2 in (1,), 2 in {2: "x"}, "x" in {2: "x"}, 3 in {1, 3}, 3 in range(0, 10, 3))
print("ell" in "hello", "" in "abc", "z" not in "abc", [1] in [[1], 2], (1, 2) in [(1, 2)])
print(1 in [1.0], 1.5 in range(3), "1" in [1], None in [0, False, None])

# truthiness of builtin values
values = [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
print([bool(val) for val in values])

# and / or return one of their operands
print(0 or "default", "set" or "default", [] or {} or "last", 1 and 2, 0 and 1 / 0, None and x)
print("" or 0 or None, 3 and [] and "never", not [], not "x", not not 2)
calls.clear()
result = v(0) or v("") or v("found") or v("skipped")
print(result, calls)
calls.clear()
result = v(1) and v("t") and v(None) and v("skipped")
print(result, calls)

# comparisons across types and of containers
print(1 == 1.0 == True, 0 == False, "1" == 1, [1, 2] == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
print([1, [2, 3]] < [1, [2, 4]], "abc" < "abd", "Z" < "a", "apple" > "app", max((1, "b"), (1, "a")))
for left, right in [(1, "1"), ([1], (1,)), (None, 0)]:
    try:
        left < right
    except TypeError as e:
        print(type(e).__name__, e)

# conditional expressions nest right to left
for n in [-5, 0, 7]:
    print(n, "negative" if n < 0 else "zero" if n == 0 else "positive")
