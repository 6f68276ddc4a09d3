//! Python float semantics as pure functions: `repr`, `float(str)`, `round`, `//`, `%`,
//! `**`, `hash`, `int()`, and the decimal conversion behind every float format.
//!
//! Decimal digits come from two sources. The shortest round-trip digits (`repr`) are
//! Rust's own (`{:e}`), with one correction: when two shortest candidates are equally
//! close to the binary value, Rust rounds the tie up while CPython's dtoa rounds it to
//! even (`2**-25` is `2.9802322387695312e-08`). Fixed-precision digits (`'%.3f'`,
//! `'.10e'`, `round`) are computed exactly with big integers and rounded half to even,
//! as dtoa's modes 2 and 3 do, so `format(2.675, '.2f')` is `2.67` and
//! `format(1e300, '.2f')` prints the exact decimal expansion.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Zero};

use crate::objects::format::{overflow_error, value_error, zero_division_error, FmtError};
use crate::objects::strutil;

/// `repr(f)` and `str(f)`.
pub fn repr(f: f64) -> String {
    double_to_string(
        f,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// Options of CPython's `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DtoaFlags {
    /// Always write a sign (`Py_DTSF_SIGN`).
    pub sign: bool,
    /// Write `.0` after an integral value in fixed notation (`Py_DTSF_ADD_DOT_0`).
    pub add_dot_0: bool,
    /// Alternate form: keep the decimal point and trailing zeros (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Drop the sign of a result that rounds to zero (`Py_DTSF_NO_NEG_0`).
    pub no_neg_0: bool,
}

/// How many digits to produce (dtoa's modes 0, 2 and 3).
#[derive(Debug, Clone, Copy)]
enum Mode {
    /// The shortest digits that round-trip.
    Shortest,
    /// This many significant digits (at least 1).
    Significant(usize),
    /// Digits through this decimal place after the point (may be negative).
    Fixed(i64),
}

/// `x` (finite, non-negative) as `(digits, decpt)`: the value is `0.DIGITS * 10**decpt`,
/// digits without trailing zeros, rounded half to even. Zero is `("0", 1)`; a value
/// that rounds to zero in fixed mode is `("", -places)`, as in dtoa.
fn digits(x: f64, mode: Mode) -> (String, i64) {
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    let (m, e) = decompose(x);
    match mode {
        Mode::Shortest => shortest(x, m, e),
        Mode::Fixed(places) => {
            let n = round_half_even(scale(m, e, places));
            if n.is_zero() {
                return (String::new(), -places);
            }
            let s = n.to_string();
            let decpt = s.len() as i64 - places;
            (strip_zeros(s), decpt)
        }
        Mode::Significant(n) => {
            let n = n.max(1);
            let low = BigUint::from(10u32).pow(n as u32 - 1);
            let high = &low * 10u32;
            // Decimal exponent estimate from the shortest digits; off by at most one.
            let mut k = shortest(x, m, e).1 - 1;
            loop {
                let (q, half) = scale(m, e, n as i64 - 1 - k);
                if q >= high {
                    k += 1;
                } else if q < low {
                    k -= 1;
                } else {
                    let mut q = round_half_even((q, half));
                    if q == high {
                        q = low;
                        k += 1;
                    }
                    return (strip_zeros(q.to_string()), k + 1);
                }
            }
        }
    }
}

fn strip_zeros(mut s: String) -> String {
    let keep = s.trim_end_matches('0').len().max(1);
    s.truncate(keep);
    s
}

/// `x = m * 2**e` for a finite non-zero `x` (sign ignored).
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// `floor(m * 2**e * 10**s)` and how the discarded fraction compares with one half.
fn scale(m: u64, e: i32, s: i64) -> (BigUint, Ordering) {
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if s >= 0 {
        num *= BigUint::from(5u32).pow(s as u32);
    } else {
        den *= BigUint::from(5u32).pow((-s) as u32);
    }
    let p2 = e as i64 + s;
    if p2 >= 0 {
        num <<= p2 as usize;
    } else {
        den <<= (-p2) as usize;
    }
    let (q, r) = num.div_rem(&den);
    let half = (r << 1usize).cmp(&den);
    (q, half)
}

fn round_half_even((q, half): (BigUint, Ordering)) -> BigUint {
    if half == Ordering::Greater || (half == Ordering::Equal && q.is_odd()) {
        q + 1u32
    } else {
        q
    }
}

/// Shortest round-trip digits of `x = m * 2**e`, ties rounded to even as dtoa does.
fn shortest(x: f64, m: u64, e: i32) -> (String, i64) {
    let s = format!("{:e}", x.abs());
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let decpt = exp + 1;
    let last = digits.as_bytes()[digits.len() - 1];
    if last % 2 == 1 && is_tie(m, e, &digits, decpt - digits.len() as i64) {
        let mut lower = digits.clone();
        lower.pop();
        lower.push((last - 1) as char);
        if format!("{lower}e{}", decpt - lower.len() as i64).parse::<f64>() == Ok(x.abs()) {
            digits = strip_zeros(lower);
        }
    }
    (digits, decpt)
}

/// Is `m * 2**e` exactly halfway between `D - 1` and `D` units of `10**q`, where `D`
/// is the integer spelled by `digits`? (Then both are equally close candidates.)
fn is_tie(m: u64, e: i32, digits: &str, q: i64) -> bool {
    // m * 2**(e+1) == (2D - 1) * 10**q. Both odd parts must agree and so must the
    // powers of two; 2D - 1 and 5**|q| are odd.
    let Ok(d) = digits.parse::<u128>() else {
        return false;
    };
    let odd_rhs = 2 * d - 1;
    let tz = m.trailing_zeros();
    let m_odd = (m >> tz) as u128;
    if e as i64 + tz as i64 + 1 != q {
        return false;
    }
    let Some(p5) = 5u128.checked_pow(q.unsigned_abs().min(64) as u32) else {
        return false;
    };
    if q >= 0 {
        odd_rhs.checked_mul(p5) == Some(m_odd)
    } else {
        m_odd.checked_mul(p5) == Some(odd_rhs)
    }
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r` (`r` = repr,
/// precision ignored).
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (Mode::Significant(precision + 1), precision as i64 + 1),
        'f' => (Mode::Fixed(precision as i64), precision as i64),
        'g' => {
            let p = precision.max(1);
            (Mode::Significant(p), p as i64)
        }
        _ => (Mode::Shortest, 0),
    };
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_sign_negative() && x.is_infinite() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let (digits, mut decpt) = digits(x.abs(), mode);
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let rounds_to_zero = digits.is_empty() || digits == "0";
    if x.is_sign_negative() && !(flags.no_neg_0 && rounds_to_zero) {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("{sign}{:02}", exp.unsigned_abs()));
    }
    out
}

/// `float(s)` for a str: surrounding whitespace, `_` between digits, Unicode decimal
/// digits, `inf`/`infinity`/`nan` in any case with an optional sign. `None` when
/// Python raises `ValueError` (`could not convert string to float: <repr(s)>`).
pub fn parse(s: &str) -> Option<f64> {
    // CPython first maps non-ASCII whitespace to ' ' and non-ASCII decimal digits to
    // ASCII; any other non-ASCII character makes the string invalid.
    let mut ascii = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else if strutil::is_space(c) {
            ascii.push(' ');
        } else {
            ascii.push(char::from_digit(strutil::decimal_value(c)?, 10)?);
        }
    }
    let trimmed =
        ascii.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    let text = if trimmed.contains('_') {
        let mut out = String::with_capacity(trimmed.len());
        let mut prev = '\0';
        for c in trimmed.chars() {
            if c == '_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == '_' && !c.is_ascii_digit() {
                    return None;
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == '_' {
            return None;
        }
        out
    } else {
        trimmed.to_string()
    };
    // Rust's grammar is Python's (after the steps above), except that it would also
    // accept nothing else; reject stray characters explicitly to be safe.
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    text.parse::<f64>().ok()
}

/// `round(f)` (`ndigits` is `None`: the nearest integral value, ties to even, still a
/// float; see [`round_to_int`] for the int Python returns) and `round(f, ndigits)`.
/// Errors with `OverflowError: rounded value too large to represent`.
pub fn round(f: f64, ndigits: Option<i64>) -> Result<f64, FmtError> {
    let Some(nd) = ndigits else {
        return Ok(f.round_ties_even());
    };
    // The limits of CPython's float___round___impl (NDIGITS_MAX / NDIGITS_MIN).
    if !f.is_finite() || nd > 323 {
        return Ok(f);
    }
    if nd < -308 {
        return Ok(0.0 * f);
    }
    let (digits, decpt) = digits(f.abs(), Mode::Fixed(nd));
    let text = format!(
        "{}0{}e{}",
        if f.is_sign_negative() { "-" } else { "" },
        digits,
        decpt - digits.len() as i64
    );
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `round(f)` with no `ndigits`: the nearest int, ties to even.
pub fn round_to_int(f: f64) -> Result<BigInt, FmtError> {
    to_bigint(f.round_ties_even())
}

/// `int(f)`: truncation toward zero.
pub fn to_bigint(f: f64) -> Result<BigInt, FmtError> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (m, e) = decompose(t);
    // |t| >= 2**53 here, so e >= 0.
    let magnitude = BigInt::from(m) << (e as usize);
    Ok(if t < 0.0 { -magnitude } else { magnitude })
}

/// CPython's `_float_div_mod`: `(a // b, a % b)` for `b != 0`.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn floor_div(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return Err(zero_division_error("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` for floats: the result takes the sign of `b`.
pub fn modulo(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return Err(zero_division_error("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats.
pub fn divmod(a: f64, b: f64) -> Result<(f64, f64), FmtError> {
    if b == 0.0 {
        return Err(zero_division_error("float divmod()"));
    }
    Ok(div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x % 2.0 != 0.0 && x.fract() == 0.0
}

/// `a ** b` for floats (CPython's `float_pow`). A negative base with a non-integral
/// exponent, complex in Python, is `ValueError: negative number cannot be raised to
/// a fractional power` here (Slate has no complex numbers).
pub fn pow(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            b.abs()
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(zero_division_error(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return Err(value_error(
                "negative number cannot be raised to a fractional power",
            ));
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// The modulus of Python's numeric hash, `2**61 - 1`.
const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(f)`, equal to the hash of an equal int. CPython 3.10+ hashes NaN by object
/// identity; this returns 0 for NaN, and the VM should substitute the identity hash.
pub fn hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314_159 } else { -314_159 };
    }
    if f == 0.0 {
        return 0;
    }
    let (m, e) = decompose(f);
    // hash = m * 2**e mod P, and 2**61 == 1 (mod P), so 2**e == 2**(e mod 61).
    let shift = e.rem_euclid(61) as u32;
    let x = ((m as u128 % HASH_MODULUS as u128) << shift) % HASH_MODULUS as u128;
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}
