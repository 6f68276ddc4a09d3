# for/else with break and continue, nested loops, leaving two loops
# for/else: primes by trial division
primes = []
for cand in range(2, 30):
    for p in primes:
        if p * p > cand:
            primes.append(cand)
            break
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)

# break only leaves the innermost loop
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("pair", i, j)
    else:
        print("inner else never runs")
else:
    print("outer else runs")

# leaving two loops with a flag
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found, "with i =", i, "and j =", j)

# for over an empty sequence still runs else; the loop variable stays unbound
for never in []:
    pass
else:
    print("empty for else")
try:
    print(never)
except NameError as e:
    print(type(e).__name__, e)

# modifying the list while iterating over a copy
todo = [1, 2, 3, 4]
for item in todo[:]:
    if item % 2 == 0:
        todo.remove(item)
print(todo)
