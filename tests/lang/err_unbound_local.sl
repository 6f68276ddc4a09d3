# an uncaught UnboundLocalError: the assignment later in the function makes count local
count = 10

def increment():
    print("before the read")
    count = count + 1
    return count

print("count is", count)
increment()
print("never printed")
