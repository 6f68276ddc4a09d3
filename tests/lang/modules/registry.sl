# a module imported by two others: runs once
print("registry loading")
names = []

def register(name):
    names.append(name)
