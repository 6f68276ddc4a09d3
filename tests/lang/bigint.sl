# arbitrary-precision integers
big = 2 ** 100
print(big, len(str(big)), type(big).__name__)
print(big + 1, big - 2 ** 99, big * big)
print(-big, -big // 7, -big % 7, big // -7, big % -7, divmod(-big, 10 ** 9))
print(big / 2 ** 98, (3 ** 50) / 3 ** 48, 10 ** 20 / 4)
fact = 1
for i in range(1, 31):
    fact *= i
print(fact)
print(fact // (2 ** 26), fact % 1000003, fact == 265252859812191058636308480000000)

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(150), fib(150) % 10 ** 9, fib(151) - fib(150) == fib(149))

# crossing the machine word boundary in both directions
m = 2 ** 63 - 1
print(m, m + 1, -m - 1, -m - 2, (m + 1) * 2 // 2 == m + 1, (m + 1) - 1 == m)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 4611686018427387904 * 2)
print(abs(-(10 ** 25)), pow(2, 200, 10 ** 9 + 7), pow(7, 128), 3 ** 40 % 1000)
print(hex(2 ** 70), bin(2 ** 65 + 1), oct(8 ** 25), int("1" * 30), int("f" * 20, 16))
print(1 << 100, (1 << 100) >> 98, (2 ** 80 - 1) & 0xFFFF, (2 ** 80) | 1, 2 ** 70 ^ 2 ** 70, ~(2 ** 70))
print(-(2 ** 70) >> 3, -(2 ** 70) & 0xFF, (-1) ** 101, (-10) ** 21)
print(10 ** 30 > 10 ** 29, -10 ** 30 < 10, 10 ** 18 == 1000000000000000000, 2 ** 64 == 2.0 ** 64)
print(float(2 ** 80), int(1e20), int(2.5e30), round(2 ** 70 / 3), 10 ** 25 // 3)
print(sum(range(10 ** 6)), sum(2 ** i for i in range(70)), max(2 ** 65, 3 ** 41))
print(str(-12345678901234567890123)[:10], repr(10 ** 22), hash(5) == 5, 12345678901234567890 % 97)
digits = sum(int(d) for d in str(2 ** 1000))
print(digits, len(str(3 ** 2000)))
n = 10 ** 40
n += 1
n *= n
print(n)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 90 * 3 ** 5, 2 ** 60 * 3 ** 9 * 5), gcd(fib(100), fib(80)) == fib(20))
