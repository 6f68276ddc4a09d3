# an uncaught AssertionError with a message
def balance(transactions):
    total = 0
    for t in transactions:
        total += t
        print("running total", total)
    assert total > 0, "total must be positive, got %d" % total
    return total

print(balance([5, -2]))
print(balance([4, -7]))
print("never printed")
