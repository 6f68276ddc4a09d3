# script-to-script calls do not use the Rust stack: 200,000 frames deep
import sys
sys.setrecursionlimit(250000)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(200000))

def forever(n):
    return forever(n + 1)

sys.setrecursionlimit(1000)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
