# recursion: mutual recursion, accumulation, memoisation, backtracking
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(n) for n in range(6)], is_odd(301))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(4, "A", "C", "B", [])
print(len(m), " ".join(m[:7]))

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
cache = {}
print(fib(90), fib(30, cache), len(cache))

def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    result = []
    for i in range(len(xs)):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            result.append([xs[i]] + rest)
    return result
print(permutations([1, 2, 3]))

def flatten(x, depth=0):
    if not isinstance(x, (list, tuple)):
        return [(x, depth)]
    out = []
    for item in x:
        out.extend(flatten(item, depth + 1))
    return out
print(flatten([1, (2, [3]), [[4, 5]]]))

def queens(n, row=0, cols=()):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
            count += queens(n, row + 1, cols + (c,))
    return count
print([queens(n) for n in range(1, 8)])

# a recursive closure and a recursive lambda through a global name
def make_walker():
    seen = []
    def walk(tree):
        seen.append(tree[0])
        for child in tree[1:]:
            walk(child)
        return seen
    return walk
print(make_walker()(["a", ["b", ["d"]], ["c"]]))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))

def depth_counter(n):
    return 0 if n == 0 else 1 + depth_counter(n - 1)
print(depth_counter(500))
