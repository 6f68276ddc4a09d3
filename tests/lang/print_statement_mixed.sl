# print statements and print() calls in one program; print( is always the function
print("function call", 1)
print "statement", 1
print("a", "b", sep="-")
print "x",
print("y")
print("no newline", end="")
print " then a statement"
print()
print
print("after two empty lines")
printed = ["p"]
print printed, len(printed)
printer_count = 2
print printer_count
def show(*args):
    print "show:", args
show(1, "two")
items = [3, 1, 2]
print sorted(items), sum(items)
print "%d-%d" % (1, 2), "{}!".format("fmt")
print "v",
print("w", end="!\n")
print("end", "marker", sep=", ")
