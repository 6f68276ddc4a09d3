# comprehensions: nested for/if, dict/set comprehensions, their own scope
x = "module x"
squares = [x * x for x in range(5)]
print(squares, x)               # the loop variable does not leak

pairs = [(i, j) for i in range(5) if i % 2 == 0 for j in range(i) if j != 1]
print(pairs)

matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
print([[row[c] for row in matrix] for c in range(3)])     # transpose

words = ["apple", "bob", "kayak", "tree", "noon"]
print({w: len(w) for w in words if w == w[::-1]})
print(sorted({len(w) for w in words}))
print({n % 3 for n in range(10)})
print({k: v for k, v in zip("abc", range(3))})

# a comprehension inside a function sees the function's locals (closure)
def scaled(factor, xs):
    return [factor * v for v in xs if v > factor]
print(scaled(2, [1, 2, 3, 4]))

# the first iterable is evaluated in the enclosing scope, immediately
def gen_first_iterable():
    data = [1, 2, 3]
    g = (v * 10 for v in data)
    data = [7, 8, 9]            # rebinding does not affect g
    return list(g)
print(gen_first_iterable())

# but later clauses see the current value of enclosing variables
def gen_late_condition():
    limit = 1
    g = (v for v in range(5) if v > limit)
    limit = 3
    return list(g)
print(gen_late_condition())

# a comprehension variable does not overwrite a function local
def no_clobber():
    i = "kept"
    total = sum([i for i in range(4)])
    return i, total
print(no_clobber())

# nested comprehension using the outer loop variable
print([[i * j for j in range(1, i + 1)] for i in range(1, 4)])

# conditional expression inside a comprehension
print(["even" if n % 2 == 0 else "odd" for n in range(4)])

# closures created in a comprehension share the loop variable's final value
fs = [lambda: n for n in range(3)]
print([f() for f in fs])

# generator expressions as function arguments
print(sum(n * n for n in range(10)), max(len(w) for w in words))
print(any(w.startswith("k") for w in words), all(len(w) > 3 for w in words))

# building a dict of lists with a comprehension
groups = {k: [w for w in words if len(w) == k] for k in sorted({len(w) for w in words})}
print(groups)
