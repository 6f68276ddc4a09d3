# dict: insertion order, methods, views, KeyError
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20                     # updating keeps the original position
print(d, len(d), list(d))
print(d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 2                      # re-inserting after del goes to the end
print(d)

e = dict(x=1, y=2)
e.update({"y": 20, "z": 30})
e.update([("w", 0)], v=-1)
print(e)
c = e.copy()
c["x"] = "changed"
print(e["x"], c["x"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []))
print(dict([("k1", 1), ("k2", 2)]), dict(zip(range(3), "xyz")))

# views are live
keys = e.keys()
e["new"] = 1
print(len(keys), "new" in keys)
e.clear()
print(e, len(keys))

# iterating over items, sorting by value
scores = {"ann": 3, "bob": 7, "cy": 5}
for name, score in sorted(scores.items(), key=lambda kv: -kv[1]):
    print(name, score)
print(max(scores, key=scores.get), min(scores.values()), sum(scores.values()))

# counting and grouping
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ["ant", "bee", "ape", "bat", "cow"]:
    groups.setdefault(word[0], []).append(word)
print(groups)

# keys of mixed hashable types; 1 and True and 1.0 are the same key
m = {1: "int", (1, 2): "tuple", None: "none"}
m[True] = "bool"
m[1.0] = "float"
print(m, len(m))
try:
    m[[1]] = "list"
except TypeError as exc:
    print(type(exc).__name__, exc)

# equality ignores order
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {} == dict())

# mutating while iterating is an error
try:
    for k in scores:
        scores[k + "!"] = 0
except RuntimeError as exc:
    print(type(exc).__name__, exc)
