//! Python int semantics over `BigInt`: `int(str, base)`, `hex`/`oct`/`bin`, `hash`,
//! floor division and modulo, `**` (also 3-argument `pow`), shifts, true division and
//! conversion to float, with machine-int fast paths where they are cheap.
//!
//! Conversions to float are correctly rounded (half to even) for any size, as
//! CPython's are: `int / int` divides exactly and rounds once (`10**400 // 3 /
//! 10**390` is right to the last bit) instead of converting both sides first.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::objects::float;
use crate::objects::format::{overflow_error, value_error, zero_division_error, FmtError};
use crate::objects::strutil;

/// The result of `int ** int`: an int, or a float for a negative exponent.
#[derive(Debug, Clone, PartialEq)]
pub enum Num {
    Int(BigInt),
    Float(f64),
}

/// `int(s, base)` for a str `s`: surrounding whitespace, a sign, `_` between digits
/// (and after a base prefix), base 0 (prefix detection; no leading zeros in decimal),
/// prefixes `0x`/`0o`/`0b` allowed in bases 16/8/2, Unicode decimal digits.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FmtError> {
    if base == 1 || base > 36 {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        let r: String = strutil::repr(s).chars().take(200).collect();
        value_error(format!("invalid literal for int() with base {base}: {r}"))
    };
    // CPython maps non-ASCII whitespace to ' ' and non-ASCII decimal digits to
    // ASCII first; any other non-ASCII character is invalid.
    let mut buf: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            buf.push(c as u8);
        } else if strutil::is_space(c) {
            buf.push(b' ');
        } else if let Some(d) = strutil::decimal_value(c) {
            buf.push(b'0' + d as u8);
        } else {
            return Err(invalid());
        }
    }
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_space(at(i)) {
        i += 1;
    }
    let negative = match at(i) {
        b'+' => {
            i += 1;
            false
        }
        b'-' => {
            i += 1;
            true
        }
        _ => false,
    };
    let mut radix = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        radix = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (radix, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let mut digits: Vec<u8> = Vec::with_capacity(buf.len() - i);
    let mut prev_underscore = false;
    while i < buf.len() {
        let c = buf[i];
        if c == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
        } else if (c as char).to_digit(36).is_some_and(|d| d < radix) {
            digits.push(c);
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if prev_underscore || digits.is_empty() {
        return Err(invalid());
    }
    if error_if_nonzero && digits.iter().any(|&d| d != b'0') {
        return Err(invalid());
    }
    while is_space(at(i)) {
        i += 1;
    }
    if i != buf.len() {
        return Err(invalid());
    }
    let magnitude = if digits.len() <= 12 {
        // Fits easily in an i64 for every base <= 36.
        let text = std::str::from_utf8(&digits).map_err(|_| invalid())?;
        BigInt::from(i64::from_str_radix(text, radix).map_err(|_| invalid())?)
    } else {
        BigInt::parse_bytes(&digits, radix).ok_or_else(invalid)?
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// `n` in `base` (2..=36, lowercase digits), with the `0b`/`0o`/`0x` prefix of bases
/// 2/8/16 when `prefix` is set: `to_base(-255, 16, true)` is `-0xff` (`hex()`).
pub fn to_base(n: &BigInt, base: u32, prefix: bool) -> String {
    let digits = n.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if n.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

/// The modulus of Python's numeric hash, `2**61 - 1`.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(i)` for a machine int, as CPython computes it.
pub fn hash_i64(i: i64) -> i64 {
    let h = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for any int, as CPython computes it.
pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(i) = n.to_i64() {
        return hash_i64(i);
    }
    let h = (n.magnitude() % HASH_MODULUS).to_i64().unwrap_or(0);
    let h = if n.is_negative() { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Both operands as machine ints, when the operation cannot overflow an i64.
fn small_pair(a: &BigInt, b: &BigInt) -> Option<(i64, i64)> {
    let (x, y) = (a.to_i64()?, b.to_i64()?);
    (x != i64::MIN && y != 0).then_some((x, y))
}

/// `a // b`, rounding toward negative infinity.
pub fn floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, FmtError> {
    if b.is_zero() {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    if let Some((x, y)) = small_pair(a, b) {
        return Ok(BigInt::from(Integer::div_floor(&x, &y)));
    }
    Ok(a.div_floor(b))
}

/// `a % b`: the result has the sign of `b`.
pub fn modulo(a: &BigInt, b: &BigInt) -> Result<BigInt, FmtError> {
    if b.is_zero() {
        return Err(zero_division_error("integer modulo by zero"));
    }
    if let Some((x, y)) = small_pair(a, b) {
        return Ok(BigInt::from(x.mod_floor(&y)));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`.
pub fn divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), FmtError> {
    if b.is_zero() {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    if let Some((x, y)) = small_pair(a, b) {
        let (q, r) = x.div_mod_floor(&y);
        return Ok((BigInt::from(q), BigInt::from(r)));
    }
    Ok(a.div_mod_floor(b))
}

/// `a ** b`: an int for `b >= 0`, else the float power of the converted operands
/// (`2 ** -1 == 0.5`). An exponent beyond `u32::MAX` with `|a| >= 2` (a result of
/// billions of bits, a `MemoryError` in CPython) is an `OverflowError` here.
pub fn pow(a: &BigInt, b: &BigInt) -> Result<Num, FmtError> {
    if b.is_negative() {
        return Ok(Num::Float(float::pow(to_f64(a)?, to_f64(b)?)?));
    }
    if a.is_zero() || a.is_one() {
        return Ok(Num::Int(if b.is_zero() {
            BigInt::one()
        } else {
            a.clone()
        }));
    }
    if *a == BigInt::from(-1) {
        return Ok(Num::Int(if b.is_even() {
            BigInt::one()
        } else {
            a.clone()
        }));
    }
    let e = b
        .to_u32()
        .ok_or_else(|| overflow_error("exponent too large"))?;
    if let Some(x) = a.to_i64() {
        if let Some(r) = x.checked_pow(e) {
            return Ok(Num::Int(BigInt::from(r)));
        }
    }
    Ok(Num::Int(a.pow(e)))
}

/// `pow(a, b, m)`: modular power, with the modular inverse for negative `b` (Python
/// 3.8+); the result has the sign of `m`.
pub fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> Result<BigInt, FmtError> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    if modulus.is_one() {
        return Ok(BigInt::zero());
    }
    let mut base = a.mod_floor(&modulus);
    let mut exp = b.clone();
    if exp.is_negative() {
        base = base
            .modinv(&modulus)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    let r = base.modpow(&exp, &modulus);
    Ok(if m.is_negative() && !r.is_zero() {
        r - modulus
    } else {
        r
    })
}

/// `a << n`. Shifting a non-zero value by more than `u32::MAX` bits (a `MemoryError`
/// in CPython) is an `OverflowError` here.
pub fn shl(a: &BigInt, n: &BigInt) -> Result<BigInt, FmtError> {
    if n.is_negative() {
        return Err(value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    let n = n
        .to_u32()
        .ok_or_else(|| overflow_error("too many digits in integer"))?;
    if let Some(x) = a.to_i64() {
        if n < 63 && x.unsigned_abs().leading_zeros() > n + 1 {
            return Ok(BigInt::from(x << n));
        }
    }
    Ok(a << n as usize)
}

/// `a >> n`, rounding toward negative infinity.
pub fn shr(a: &BigInt, n: &BigInt) -> Result<BigInt, FmtError> {
    if n.is_negative() {
        return Err(value_error("negative shift count"));
    }
    let Some(n) = n.to_u64().filter(|&n| n < u64::from(u32::MAX)) else {
        return Ok(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        });
    };
    if let Some(x) = a.to_i64() {
        return Ok(BigInt::from(x >> n.min(63)));
    }
    Ok(a >> n as usize)
}

/// `2**k` as a float, for `k` in the normal range.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `float(n)`: correctly rounded (half to even).
pub fn to_f64(n: &BigInt) -> Result<f64, FmtError> {
    if let Some(x) = n.to_i64() {
        return Ok(x as f64);
    }
    let mag = n.magnitude();
    let bits = mag.bits();
    if bits > 1024 {
        return Err(overflow_error("int too large to convert to float"));
    }
    // The top 64 bits, with a sticky bit for anything below: the u64 -> f64 cast then
    // rounds exactly as rounding the whole value would.
    let shift = bits - 64;
    let mut top = (mag >> shift as usize).to_u64().unwrap_or(u64::MAX);
    if mag.trailing_zeros().unwrap_or(0) < shift {
        top |= 1;
    }
    let r = top as f64 * pow2(shift as i64);
    if r.is_infinite() {
        return Err(overflow_error("int too large to convert to float"));
    }
    Ok(if n.is_negative() { -r } else { r })
}

/// `a / b`: the correctly rounded quotient (CPython's `long_true_divide`).
pub fn truediv(a: &BigInt, b: &BigInt) -> Result<f64, FmtError> {
    if b.is_zero() {
        return Err(zero_division_error("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let negate = a.is_negative() != b.is_negative();
    let signed = |v: f64| if negate { -v } else { v };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (am, bm) = (a.magnitude(), b.magnitude());
    let diff = am.bits() as i64 - bm.bits() as i64;
    // The quotient lies in [2**(diff-1), 2**(diff+1)).
    const MANT: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    if diff > MAX_EXP {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    if diff < MIN_EXP - MANT - 1 {
        return Ok(signed(0.0));
    }
    // Scale so the integer quotient has MANT + 2 or MANT + 3 bits (fewer for results
    // in the subnormal range), keeping track of inexactness.
    let shift = diff.max(MIN_EXP) - MANT - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        am << (-shift) as usize
    } else {
        if am.trailing_zeros().unwrap_or(0) < shift as u64 {
            inexact = true;
        }
        am >> shift as usize
    };
    let (q, r) = x.div_rem(bm);
    if !r.is_zero() {
        inexact = true;
    }
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    let q_bits = 64 - q.leading_zeros() as i64;
    // Round away the low bits, half to even, with `inexact` as a sticky bit.
    let extra = q_bits.max(MIN_EXP - shift) - MANT;
    let mask = 1u64 << (extra - 1);
    if inexact {
        q |= 1;
    }
    if q & mask != 0 && q & (3 * mask - 1) != 0 {
        q += mask;
    }
    q &= !(2 * mask - 1);
    // q * 2**shift is exact now; apply the power of two in two steps so neither
    // factor leaves the normal range.
    let mut r = q as f64;
    let mut s = shift;
    if s < -1022 {
        r *= pow2(-1022);
        s += 1022;
    }
    r *= pow2(s.min(1023));
    if r.is_infinite() || s > 1023 {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(signed(r))
}
