# the Python 2 print statement (compatibility form): values separated by spaces
print "hello"
print "a", 1
print 1, 2.5, None, True
x = 7
print "x is", x
print x * 6
print "sum:", 1 + 2, "list:", [1, 'b'], {"k": (1, 2)}
print
print "after an empty line"
name = "slate"
print "%s has %d letters" % (name, len(name))
print name.upper(), len(name), name[::-1]

def greet(who, punctuation="!"):
    print "hi", who + punctuation
    return len(who)

n = greet("bob")
print "greet returned", n
for i in range(3):
    print i, i * i
words = ["x", "y"]
if words:
    print "words:", " ".join(words)
else:
    print "no words"
print "quotes: it's", 'say "hi"', repr("r")
print "last line"
