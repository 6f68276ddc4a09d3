# int and float arithmetic: division semantics, rounding, repr, math module
import math
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2))
print(6 / 3, type(6 / 3).__name__, 6 // 3, type(6 // 3).__name__, 2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e-7, 123456789.0 * 10, 1e22)
print(float("inf"), -float("inf"), float("inf") - float("inf"), 1e308 * 10)
print(3.0, -0.0, 100.0, 2.5e-3, 1.0 / 8, 10 / 4, float(7), float("  2.5 "))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234, -2), round(7.0))
print(int(3.9), int(-3.9), int("42"), int("-0x1f", 16), int("101", 2), int("  7  "), int("z", 36), int(True))
try:
    int("4.5")
except ValueError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(-2.5), abs(0), pow(2, 10), pow(2, 10, 1000), pow(3, -2))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -17 >> 2)
print(hex(255), hex(-255), bin(10), bin(-3), oct(8), 0xff, 0o17, 0b101, 1_000_000)
print(True + True, True * 10, False - 1, 3 * 1.0, 1 == 1.0, 2 < 2.5)
for label, compute in [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0),
                       ("5 % 0", lambda: 5 % 0), ("2.0 / 0", lambda: 2.0 / 0)]:
    try:
        compute()
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.e)
print(math.gcd(12, 18), math.fabs(-3), math.isinf(float("inf")), math.isnan(float("nan")), math.trunc(-2.7))
print(math.floor(7 / 2), type(math.floor(3.5)).__name__, math.hypot(3, 4), math.log(1), math.log10(1000), math.log2(8))
print(math.factorial(10), math.pow(2, 3), math.exp(0), math.sin(0), math.cos(0))
print(max(1, 2.5), min(-1, -1.5), sum([0.1] * 10), sum([1, 2, 3], 10))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7
y /= 2
print(y, type(y).__name__)
z = 6
z <<= 2; z |= 1; z &= 0b11101; z ^= 4; z >>= 1
print(z)
print(3 < 5 < 7, 3 < 5 > 7, 1 < 2 == 2 < 3, 0 <= -1 < 5, 10 > 5 >= 5 != 4)
print(float("nan") == float("nan"), 0.0 == -0.0, str(1e-5), repr(1e-4), 1.0e5, 12345678901234567.0)
