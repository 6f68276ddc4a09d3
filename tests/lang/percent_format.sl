# printf-style % formatting
print("%s and %s" % ("this", "that"))
print("%s" % "single", "%s" % 42, "%s" % None, "%s" % [1, 2], "%s" % ((1, 2),))
print("%r %r %r" % ("str", 1.5, [None]))
print("%d %i %d %d" % (42, -7, 3.99, True))
print("[%5d] [%-5d] [%05d] [%+d] [% d]" % (42, 42, 42, 42, 42))
print("[%.2f] [%8.3f] [%-8.1f] [%08.2f] [%.0f] [%f]" % (3.14159, 3.14159, 3.14159, -3.14159, 2.5, 1 / 3))
print("[%e] [%.2e] [%g] [%g] [%g]" % (12345.678, 0.000123, 0.0001, 1e-5, 123456789.0))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c %c" % (72, 105, "!"))
print("100%% sure, %d%%" % 50)
print("[%10s] [%-10s] [%.3s] [%10.2s]" % ("right", "left", "truncate", "xy z"))
print("%(name)s is %(age)d years old, %(name)r" % {"name": "Bob", "age": 30})
print("%s" % (1,), "%s %s" % tuple("ab"), "no args" % ())
big = 2 ** 70
print("%d %x %s" % (big, big, -big))
for bad in [lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%d" % "x", lambda: "%s %s" % "ab"]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "%(missing)s" % {"other": 1}
except KeyError as e:
    print(type(e).__name__, e)
try:
    "%z" % 1
except ValueError as e:
    print(type(e).__name__, e)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for label, count, ratio in rows:
    print("%-6s|%4d|%7.2f" % (label, count, ratio))
msg = "%s=%d"
parts = [msg % (k, v) for k, v in [("a", 1), ("b", 2)]]
print(", ".join(parts))
s = "x"
s %= ()
print(s)
s = "%s-%s"
s %= ("y", "z")
print(s)
