# Set algebra reuses the stored hashes of members: __hash__ runs once per new
# object, __eq__ only between members of equal hash (as Python).
class Key:
    def __init__(self, name): self.name = name
    def __hash__(self):
        print("hash", self.name); return len(self.name)
    def __eq__(self, o): print("eq", self.name); return self.name == o.name
s = set([Key("x"), Key("yy")])
s.update([Key("zzz")])
t = s | {Key("w")}
print(len(t), len(s & t), s <= t)
