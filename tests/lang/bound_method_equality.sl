class A:
    def f(self): pass
a, b = A(), A()
print(a.f == a.f, a.f != a.f, a.f == b.f, a.f != b.f, [a.f].count(a.f), a.f in [a.f])
a = A()
d = {a.f: 1}
print(d.get(a.f), hash(a.f) == hash(a.f), len({a.f, a.f}))
