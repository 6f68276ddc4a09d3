# f-strings: expressions, conversions, format specs, nesting, escapes
name = "Ada"
n = 42
pi = 3.14159265
items = ["x", "y"]
print(f"hello {name}!", f"{n + 1}", f"{len(items)} items", f"{items[0]}{items[-1]}")
print(f"{name!r}", f"{name!s}", f"{items!r}", f"{'quoted'!r:>12}|")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{n:+}] [{-n:+}]")
print(f"[{name:10}] [{name:>10}] [{name:*^9}] [{name:.2}]")
print(f"{pi:.2f} {pi:8.3f}| {pi:<8.1f}| {pi:e} {pi:.0f} {2.5:.0f} {1e-7:g} {1234567.0:g}")
print(f"{1234567:,} {1234567.891:,.2f} {0.25:%} {0.256:.1%}")
print(f"{255:x} {255:X} {255:#x} {5:b} {5:08b} {8:o} {8:#o} {65:c}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}]")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested' + ' ' + 'expr'} {[i * 2 for i in range(3)]} {dict(a=1)}")
print(f"{n if n > 40 else 0} {(lambda v: v * 2)(n)} {n > 40 and 'big'}")
print(f"{True} {None} {3.0} {1e16} {-0.0} {10 / 4}")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f"multi"
      f"part {n}"
      " plain")
print(f"{n:d}", f"{3:03d}", f"{-3:03d}", f"{7:>+4}")
print(F"capital F {n}", rf"raw \n {n}")
print(f"{'a':>3}{'b':<3}|")
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:.3}".format(2 / 3))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print(format(3.5, ".2f"), format(10, "b"), format("s", "^5"), format(1234, ","))
row = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for fruit, qty, price in row:
    print(f"{fruit:<8}{qty:>4}{qty * price:>8.2f}")
