# print statement with a trailing comma: the output ends with one space, no newline
print "a", 1
print "x",
print "y"
for i in range(4):
    print i,
print "end"
print "one", "two",
print "three"
for word in ["p", "q"]:
    print word,
    print "-",
print "done"

def row(values):
    for v in values:
        print v,
    print "|"

row([1, 2, 3])
row([])
row(["solo"])
print "last"
