# while/else with break and continue
def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found after", i, "steps")
find([4, 8, 15], 8)
find([4, 8, 15], 16)
find([], 1)

# else runs when the condition is false from the start
n = 0
while n > 0:
    n -= 1
else:
    print("while else on false condition")

# continue does not skip the else clause
k = 0
while k < 5:
    k += 1
    if k % 2:
        continue
    print("even", k)
else:
    print("while finished, k =", k)

# while True with break and a counter
total = 0
count = 0
while True:
    count += 1
    if count > 100:
        break
    if count % 3 and count % 5:
        continue
    total += count
print(total, count)

