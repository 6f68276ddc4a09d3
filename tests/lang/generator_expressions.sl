# generator expressions: laziness, single use, as call arguments
squares = (n * n for n in range(6))
print(next(squares), next(squares), sum(squares))
print(list(x for x in "abc"), tuple(n for n in range(4) if n % 2), sorted((c for c in "gen"), reverse=True))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print(dict((k, len(k)) for k in ["a", "bb"]), set(n % 3 for n in range(9)) == {0, 1, 2})

gen = (x * 2 for x in [1, 2, 3])
print(3 in (1, 2, 3), 4 in gen, list(gen))


# nothing runs until the generator expression is consumed
seen = []
def noted(v):
    seen.append(v)
    return v
lazy = (noted(v) * 10 for v in range(4) if v != 2)
print("before consuming:", seen)
print(next(lazy), seen)
print(list(lazy), seen)

# a genexp as the only argument needs no extra parentheses
print(sum(v for v in range(5)), max(len(w) for w in ["a", "abc", "ab"]), "-".join(str(v) for v in (3, 2, 1)))
print(min((v * v for v in [-3, 2, -1]), default=None), min((v for v in []), default="none"))

# nested generator expressions
rows = ((r, (r * c for c in range(3))) for r in range(1, 3))
for r, cells in rows:
    print(r, list(cells))

# a genexp over a dict iterates its keys; over items gives pairs
prices = {"tea": 3, "cake": 5}
print(list(k.upper() for k in prices), sum(p for _, p in prices.items()))
print(type(x for x in []).__name__)
