# global declarations and del of names, items, slices and keys
counter = 0
history = []

def bump(by=1):
    global counter
    counter += by
    history.append(counter)     # mutating a global needs no declaration

for step in (1, 2, 3):
    bump(step)
print(counter, history)

def reset():
    global counter, history
    counter, history = 100, ["reset"]
reset()
bump()
print(counter, history)

# del of names, list items, slices, dict keys
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
nums = list(range(8))
del nums[0], nums[-1]
print(nums)
del nums[1:3]
print(nums)
scores = {"a": 1, "b": 2, "c": 3}
del scores["b"]
print(scores)
try:
    del scores["zz"]
except KeyError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)

def delete_global():
    global counter
    del counter
delete_global()
try:
    counter
except NameError as e:
    print(type(e).__name__, e)
