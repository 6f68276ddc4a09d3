# LEGB resolution, UnboundLocalError, NameError, global
x = "global x"

def reads_global():
    return x

def assigns_later():
    result = x          # x is local to this function because of the assignment below
    x = "local x"
    return result

def fixed_with_global():
    global x
    old = x
    x = "rebound"
    return old

print(reads_global())
try:
    assigns_later()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
print(fixed_with_global(), "->", x)

def conditional(flag):
    if flag:
        y = 1
    return y
print(conditional(True))
try:
    conditional(False)
except NameError as e:
    print(type(e).__name__, e)

def augmented():
    counter += 1        # augmented assignment makes counter local too
counter = 0
try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def free_before_assignment():
    def inner():
        return w
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = "now set"
    return inner()
print(free_before_assignment())

try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)

# a loop variable of a function stays local; the global one is untouched
i = "global i"
def loops():
    for i in range(3):
        pass
    return i
print(loops(), i)

# builtins can be shadowed by a global and restored with del
len = lambda obj: "shadowed"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

# a global created inside a function
def make_global():
    global created
    created = "created in function"
make_global()
print(created)
