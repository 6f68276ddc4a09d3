# return crossing try/finally, and exceptions passing through finally
log = []
def f1():
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")
print(f1(), log)

def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"      # a return in finally discards the exception
print(f3())

def f4():
    x = 1
    try:
        return x
    finally:
        x = 99                  # too late: the return value is already computed
print(f4())

# return from a loop inside try/finally inside another loop
def search(grid, target):
    steps = []
    for r, row in enumerate(grid):
        try:
            for c, v in enumerate(row):
                if v == target:
                    return (r, c), steps
        finally:
            steps.append(r)
    return None, steps
print(search([[1, 2], [3, 4], [5, 6]], 4))
print(search([[1, 2]], 9))

# an exception passes through finally and is caught further out
def g():
    try:
        try:
            1 // 0
        finally:
            print("cleanup 1")
    finally:
        print("cleanup 2")
try:
    g()
except ZeroDivisionError as e:
    print("caught:", e)
