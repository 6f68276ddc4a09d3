# Natives nested through their callbacks (a key function that sorts with a
# key function that sorts …) count against the recursion limit: deep
# nesting ends in a RecursionError that can be caught, and the natives
# unwind cleanly (the program goes on and sorts again afterwards).
import stackless

def nest(depth):
    if depth == 0:
        stackless.schedule()
        return 0
    return sorted([depth], key=lambda d: nest(d - 1))[0]

def ticker():
    for i in range(3):
        print("tick", i)
        stackless.schedule()

def deep():
    print("nested 50:", nest(50))
    try:
        nest(100000)
    except RecursionError:
        print("nested 100000: RecursionError")
    print("nested 60:", nest(60))

stackless.tasklet(deep)()
stackless.tasklet(ticker)()
stackless.run()
