# every kind of plain value survives a round trip through pickle, with its type
import pickle
import math

vals = [None, True, False, 0, -5, 2 ** 100, -2 ** 70, 12345678901234567890, 1.5, -0.0,
        float('inf'), 1e-300, "", "h\u00e9llo \u20ac", "quote'\"", b"", b"\x00\xff",
        (), (1,), (1, (2, (3,))), [1, [2, [3]]], {"a": 1, 2: "b", (1, 2): None, 3.5: [4]},
        set(), {1, 2, 3}, frozenset({1, 2}), range(3), range(10, 1, -3), slice(1, None, -1),
        Ellipsis, NotImplemented, {"nested": {"deep": [(), {}, set(), frozenset()]}}]
for v in vals:
    b = pickle.loads(pickle.dumps(v))
    print(repr(b), b == v, type(b) is type(v))
back = pickle.loads(pickle.dumps(vals))
print(back == vals, back is vals, len(back))
nan = pickle.loads(pickle.dumps(float('nan')))
print(nan != nan, math.isnan(nan))
print(pickle.loads(pickle.dumps(len))([1, 2]), pickle.loads(pickle.dumps(math.sqrt))(16))
print(pickle.loads(pickle.dumps([int, str, dict, ValueError, range])))
print(pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(dict)) is dict)
for proto in range(5):
    print(proto, pickle.loads(pickle.dumps({"p": proto}, proto)), pickle.loads(pickle.dumps(proto, protocol=proto)))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(type(pickle.dumps(1)).__name__)
# iterators part-way through
it = iter([1, 2, 3]); next(it)
print(list(pickle.loads(pickle.dumps(it))), list(it))
d = {"a": 1, "b": 2, "c": 3}
di = iter(d.items()); next(di)
print(list(pickle.loads(pickle.dumps(di))))
for make in [lambda: iter(range(5)), lambda: iter("h\u00e9llo"), lambda: enumerate("ab"),
             lambda: zip([1, 2], "xy"), lambda: reversed([1, 2, 3]), lambda: iter((4, 5)),
             lambda: iter(b"ab"), lambda: iter({7, 8})]:
    it = make(); next(it)
    print(list(pickle.loads(pickle.dumps(it))), list(it))
