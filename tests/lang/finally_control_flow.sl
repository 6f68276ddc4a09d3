# break / continue crossing try/finally in for and while loops
out = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)

# break unwinds two nested finally blocks, innermost first
out = []
for i in range(3):
    try:
        try:
            if i == 2:
                break
            out.append(("body", i))
        finally:
            out.append(("inner", i))
    finally:
        out.append(("outer", i))
else:
    out.append("else not reached")
print(out)

# continue in a while loop body protected by finally
n = 0
trace = []
while n < 4:
    n += 1
    try:
        if n % 2:
            continue
        trace.append(n)
    finally:
        trace.append(-n)
print(trace)

# break inside finally discards the pending exception
for i in range(3):
    try:
        raise KeyError(i)
    finally:
        print("finally with i =", i)
        break
print("after loop, i =", i)

