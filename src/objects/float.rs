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
use crate::objects::intfmt::HASH_MODULUS;
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
            // The decimal exponent, estimated; the loop corrects an estimate that is
            // off by one near a power of ten.
            let mut k = x.log10().floor() as i64;
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
    if let Some(r) = scale_small(m, e, s) {
        return r;
    }
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

/// [`scale`] in 128-bit arithmetic, when everything fits (the common case).
fn scale_small(m: u64, e: i32, s: i64) -> Option<(BigUint, Ordering)> {
    if s.abs() > 27 {
        return None;
    }
    let p5 = 5u128.pow(s.unsigned_abs() as u32);
    let (mut num, mut den) = if s >= 0 {
        (u128::from(m) * p5, 1u128)
    } else {
        (u128::from(m), p5)
    };
    let p2 = e as i64 + s;
    if p2 >= 0 {
        if p2 >= i64::from(num.leading_zeros()) {
            return None;
        }
        num <<= p2;
    } else {
        // Keep den < 2**127 so that twice the remainder cannot overflow.
        if -p2 >= i64::from(den.leading_zeros()) {
            return None;
        }
        den <<= -p2;
    }
    Some((BigUint::from(num / den), (2 * (num % den)).cmp(&den)))
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
    if x.is_sign_negative() {
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
    // What is left is exactly the grammar of Rust's `f64::from_str` (digits, point,
    // exponent, `inf`/`infinity`/`nan`); the character check only keeps anything
    // else out of it.
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
        return Err(zero_division_error("float divmod()"));
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

/// `hash(f)`, equal to the hash of an equal int (modulo `intfmt::HASH_MODULUS`).
/// NaN hashes to 0, as in Python 3.7 (3.10 moved to the identity hash).
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::strutil::testutil::{float_of, hex_of, rows, show};

    #[test]
    fn repr_examples() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.8, "1234567890123456.8"),
            // A tie between two shortest candidates goes to the even digit.
            (2f64.powi(-25), "2.9802322387695312e-08"),
        ];
        for (f, s) in cases {
            assert_eq!(repr(f), s);
        }
    }

    #[test]
    fn repr_matches_python() {
        for r in rows(REPR) {
            assert_eq!(repr(float_of(&r[0])), r[1], "bits {}", r[0]);
        }
    }

    #[test]
    fn parse_matches_python() {
        for r in rows(PARSE) {
            let got = match parse(&r[0]) {
                Some(f) if f.is_nan() => "nan".to_string(),
                Some(f) => hex_of(f),
                None => "None".to_string(),
            };
            assert_eq!(got, r[1], "float({:?})", r[0]);
        }
    }

    #[test]
    fn round_matches_python() {
        assert_eq!(round(2.675, Some(2)), Ok(2.67));
        assert_eq!(round_to_int(2.5), Ok(BigInt::from(2)));
        for r in rows(ROUND) {
            let f = float_of(&r[0]);
            let got = if r[1] == "N" {
                show(round_to_int(f), |n| n.to_string())
            } else {
                show(round(f, Some(r[1].parse().unwrap())), hex_of)
            };
            assert_eq!(got, r[2], "round({f:?}, {})", r[1]);
        }
    }

    #[test]
    fn arithmetic_matches_python() {
        for r in rows(ARITH) {
            let (a, b) = (float_of(&r[1]), float_of(&r[2]));
            let got = match r[0].as_str() {
                "//" => show(floor_div(a, b), hex_of),
                "%" => show(modulo(a, b), hex_of),
                "divmod" => show(divmod(a, b), |(q, m)| {
                    format!("{},{}", hex_of(q), hex_of(m))
                }),
                _ => show(pow(a, b), hex_of),
            };
            assert_eq!(got, r[3], "{a:?} {} {b:?}", r[0]);
        }
    }

    #[test]
    fn hash_matches_python() {
        for r in rows(HASH) {
            assert_eq!(hash(float_of(&r[0])).to_string(), r[1], "bits {}", r[0]);
        }
    }

    #[test]
    fn to_bigint_matches_python() {
        for r in rows(TO_INT) {
            let got = show(to_bigint(float_of(&r[0])), |n| n.to_string());
            assert_eq!(got, r[1], "bits {}", r[0]);
        }
    }

    #[test]
    fn double_to_string_flags() {
        let sign = DtoaFlags {
            sign: true,
            ..DtoaFlags::default()
        };
        assert_eq!(double_to_string(1.5, 'f', 2, sign), "+1.50");
        assert_eq!(double_to_string(f64::NAN, 'G', 6, sign), "+NAN");
        let alt = DtoaFlags {
            alt: true,
            ..DtoaFlags::default()
        };
        assert_eq!(double_to_string(2.0, 'g', 6, alt), "2.00000");
        assert_eq!(double_to_string(2.0, 'f', 0, alt), "2.");
        assert_eq!(
            double_to_string(-0.0001, 'f', 2, DtoaFlags::default()),
            "-0.00"
        );
        assert_eq!(
            double_to_string(1e-5, 'E', 3, DtoaFlags::default()),
            "1.000E-05"
        );
    }

    const REPR: &str = r#"
0000000000000000	0.0
8000000000000000	-0.0
3fe0000000000000	0.5
3ff8000000000000	1.5
4004000000000000	2.5
c004000000000000	-2.5
3fc0000000000000	0.125
3fd8000000000000	0.375
4341c37937e08000	1e+16
430c6bf526340000	1000000000000000.0
4341c37937e07fff	9999999999999998.0
42dc12218377de40	123456789012345.0
43118b54f22aeb03	1234567890123456.8
3ee4f8b588e368f1	1e-05
3f1a36e2eb1c432d	0.0001
3f1a36e2eb1c432d	0.0001
4023fd70a3d70a3d	9.995
4005666666666666	2.675
4480f0cf064dd592	1e+22
44b52d02c7e14af6	1e+23
7ff0000000000000	inf
fff0000000000000	-inf
7ff8000000000000	nan
0000000000000001	5e-324
0010000000000000	2.2250738585072014e-308
7fefffffffffffff	1.7976931348623157e+308
3fb999999999999a	0.1
3fc999999999999a	0.2
3fd3333333333333	0.3
3fd3333333333334	0.30000000000000004
4059000000000000	100.0
54b249ad2594c37d	1e+100
3e60000000000000	2.9802322387695312e-08
4318ab069c92298d	1735861081508451.2
3ff0000000000000	1.0
bff0000000000000	-1.0
4008000000000000	3.0
3fd5555555555555	0.3333333333333333
3fe5555555555555	0.6666666666666666
405edd2f1a9fbe77	123.456
3e7ad7f29abcaf48	1e-07
3e8421f5f40d8376	1.5e-07
40c81cd6c8b43958	12345.678
0000000000000001	5e-324
4011666666666666	4.35
7e37e43c8800759c	1e+300
c05ec00000000000	-123.0
62a0000000000002	1.1793632577567322e+167
5d96cf7f265beda9	6.953979603744903e+142
436577bc44a2ca00	4.8341e+16
4de45321ad915a36	1.7123553371149197e+67
c0871b353f7ced91	-739.401
bfb637dd5bae2d26	-0.08678992737093391
158d003d9a0b2361	7.226450560613817e-205
33f5f28807f0cbd4	2.1852629101185172e-58
c1202dfc78d538ae	-530174.2360017502
c104bbec9db6ce18	-169853.57700882922
765890e0f94855d0	1.2086749044087354e+262
5d70000000000005	1.2194330274671858e+142
412a94d8fda9d0e4	871020.4954362181
88311333b1b6d7e3	-3.2321e-269
c10e02b8950a14e8	-245847.0727731355
9c65a5dcf10f8ea0	-7.0021e-172
68b0000000000006	1.8687756769780537e+196
3020000000000000	6.908934844075556e-77
412c04eb51ffd9ac	918133.6601551077
33f0000000000002	1.593091911132453e-58
ea394aba6a42ed19	-4.956084037695639e+203
090bfdfc3187c5c6	4.3406e-265
0000000000000af1	1.384e-320
40ba479eb851eb85	6727.62
c0ae821eb851eb85	-3905.06
289a47d0522eff53	4.2687e-113
40f4816d7a51baf0	83990.84236310027
c07df3c28f5c28f6	-479.235
412098232d966384	543761.589038
05f44492e1248cde	5.5828e-280
412a7fd200000000	868329.0
8000000004279e60	-3.4439e-316
9e6024cdf6bd8eca	-2.242731314697605e-162
dbda118b3d0d125a	-2.9605652679662333e+134
c0e077c800000000	-33726.25
c12b8f5e92eee0f4	-903087.28697875
7e3b9a592875a2d0	1.155342559288388e+300
40a6848a3d70a3d7	2882.27
c12345c53e2d03b8	-631522.6214371836
5ef0000000000007	2.045869129935092e+149
dae36d40690893d5	-6.733e+129
67b0000000000000	2.851525386013872e+191
4127cc0c2f823a0e	779782.0927904265
49a7a58cb216749a	6.749933350342303e+46
3173f9f7b59ecf10	1.8090019352134793e-70
25c8e40952a69ac0	1.1490796092503208e-126
c062428f5c28f5c3	-146.08
406f8795810624dd	252.237
517f1efe987474ab	3.7786211929804913e+84
4128d65cd6a17304	813870.4192005103
0a8e9f78fecdeeb7	7.966739340871635e-258
c0e89e112732d3a0	-50416.53603497823
2630000000000002	9.454570104612598e-125
6fa1f15587fd6cdf	5.4407e+229
bcd501afe3902ae9	-1.1661e-15
0000000000000ba5	1.473e-320
c10f5961478ca63c	-256812.1599362361
6c738235ffaf06a5	2.6270228226861637e+214
01d03bab9fb2e4cd	6.0599e-300
fa69b704d6ebf52a	-4.66778775202687e+281
410173f13dc38c68	142974.15515813534
c1130adc62e050a0	-311991.0965588186
dcc28f65ddd54ebf	-6.907e+138
000000cf0fbc218a	4.39383555931e-312
70e96a3451bc0aa4	8.0808e+235
410b395ef2c80158	223019.86854554224
477bbd87851be906	2.3045780414834826e+36
a7ac12766b748647	-1.391511843629171e-117
0045a9a2c9608b20	2.410048718186725e-307
dbbf482a9281cdb5	-8.8816e+133
4163e669cc345283	10433358.381387
c108b0a000000000	-202260.0
7fbed9be4d999fdd	2.1664e+307
f0611ec6d6b5b8ce	-2.126356294547698e+233
c11a24fc78696342	-428351.11758952227
0001e0d253af6946	2.611971555803934e-309
4119ab86d7145c08	420577.7100386028
2ab189a9412c657f	4.8939e-103
40e8bed800000000	50678.75
4ea0000000000002	5.521397077432453e+70
40280ccccccccccd	12.025
c103944800000000	-160393.0
7c20000000000001	7.796251209120001e+289
3370000000000005	6.223015277861149e-61
c11cc90c85949e70	-471619.1304497486
9fa97e0fa339fd96	-3.7135e-156
000000003b27d16c	4.903429897e-315
0002deeeeb921de6	3.9923848476074e-309
40fa1ecc47127800	106988.76735159755
0000000004e566d2	4.0584e-316
00fb7addef5e4cb2	6.261239404919973e-304
b1280dce01f54b1c	-6.807019451986475e-72
c092bd7ae147ae14	-1199.37
ec0cfbf8fad0fde2	-3.0492237610619468e+212
521fce68169c7be3	3.9545e+87
c0b0eddc28f5c28f	-4333.86
07ff0e992a22f697	3.674208085627376e-270
6c60000000000003	1.0772758326371076e+214
5a475811dac9fc91	7.901033149288583e+126
99ea5086bc4d120a	-7.741207398440969e-184
411c6ff7e2e12c50	465917.9715620922
000001fb13040e5f	1.0760094892285e-311
92a92da7edfd4d52	-8.9158e-219
411995f44d2c4120	419197.0753641296
c40e7518a73e7d78	-7.023e+19
c08a5aeb851eb852	-843.365
c0e7fe86b45fe040	-49140.20951837348
c128c073179464da	-811065.546054031
0000003addc47a56	1.24913996829e-312
b88d5d6d33d8c258	-2.7614663964187648e-36
412afdb518802a3a	884442.547852821
411944173fbd26e0	413957.81224499457
c104434c00000000	-165993.5
debb417ff54c0564	-2.1782e+148
000030a6ff5910c1	2.6429452171284e-310
c10bd88fd001964c	-228113.97656552715
1911794258630159	6.2749e-188
02512c34db9df445	1.6411278254250686e-297
13f0000000000005	1.1881822289344762e-212
0000002aceefa1b9	9.0839125765e-313
40e61f5666666666	45306.7
c0e40c241e3c06c0	-41057.12869073218
15e13b456d262b54	2.748e-203
aa81a4d4020cfbd8	-6.154391325986285e-104
4127270638ba5918	758659.1107967226
c4ce1c3f57842e30	-2.84384135164469e+23
38b0000000000000	1.2037062152420224e-35
16a0000000000001	1.0451361413042085e-199
6e3775add8d50882	8.480060790623877e+222
86937eed9647c19c	-5.499020562838221e-277
991bdcb953741eb4	-1.0005485435458902e-187
2e3b7361eebeff3b	5.519692440088504e-86
c0aa0ac28f5c28f6	-3333.38
4100beb800000000	137175.0
2000000000000001	1.4916681462400417e-154
4b8317a6c32f5c12	5.8518e+55
5ae23e68ef784b90	6.323e+129
426d05cb21500000	997210000000.0
eb5c143966832c9f	-1.4423765674761943e+209
c13927b92796d7e4	-1648569.1546454364
6438065b205a68b3	5.942070349171297e+174
000000001215fcf0	1.499147816e-315
4333942264e48800	5510900000000000.0
9482969d71efab64	-7.067627251051978e-210
c0fc85e800000000	-116830.5
40ec398666666666	57804.2
0000000000000002	1e-323
000000000a18f2b1	8.36982545e-316
3f3c0af881867d5d	0.0004279
c10766160baaece0	-191682.75569710787
6531f3f3cfe45981	2.91e+179
4129ca58c7096362	845100.3887435014
4127f451e816d250	784936.9532991145
00000390ec0cb761	1.937216787973e-311
c111b22c00000000	-289931.0
3be0000000000002	2.710505431213762e-20
84140b4e310a9f25	-5.142e-289
410c25e6f4f4b5d8	230588.8696073729
5710e53c50a4088f	2.5395e+111
869e83d4a151805f	-8.6071e-277
8270c1eb2c7aa1a3	-6.4058e-297
4fb23c77128a1756	8.248463906022502e+75
ab0e238baccffddc	-2.691275434610469e-101
6ee0000000000000	1.1844773043065711e+226
5bfb4ecfe3d8dbae	1.2405256169567955e+135
9da399a24df97c33	-6.6477e-166
c1271f92979ad43f	-757705.2961031272
412d375c9da0f374	957358.3078685836
c02048525e17b616	-8.141253414530222
04c0000000000003	8.40609136905908e-286
c0e5daaa20ccd9c0	-44757.31650393037
0564d3c9c65a9589	1.1204874656459582e-282
00000207d345bbf4	1.1030670621587e-311
c0e53da3a0eecf00	-43501.11339512281
a0424c89b556f1d8	-2.7296e-153
8c08365a8346d17e	-1.0567931774133558e-250
34ae032c5c3505ed	6.1200006036669106e-55
5dc6443e25e265c4	5.430518978840921e+143
052ca115d0e4831e	9.6264e-284
c317e6321757eae4	-1681756819684025.0
411672970144c990	367781.75123896543
40801bcac083126f	515.474
9e7b81af525f18d6	-7.642561822692478e-162
476826bc43a86998	1.0032061760273693e+36
000000000e46e8b9	1.18342616e-315
411cabda95d3c304	469750.6463156196
893f046e730f20d7	-3.8477597810445287e-264
c0549034d3a2f242	-82.25322428620078
172af1524f36990d	4.5054e-197
03a683537252a8bb	4.511982634305167e-291
c105144d5e501d0c	-172681.6710512418
e1903628a31ce20c	-9.1168e+161
c114840dc4e43e40	-336131.4422769286
304c834ddc741730	4.924845385313297e-76
7b20000000000003	1.1896135267822272e+285
c0f224a800000000	-74314.5
6dc0000000000005	4.518422333933153e+220
4114dd1c82661e88	341831.1273426791
32ed8c9af904c796	2.2446944589665563e-63
cbba33fd20e33134	-6.42497681139857e+56
00000000001de6c0	9.68179e-318
c116155600000000	-361813.5
4123863a8d69aadc	639773.2761968034
0000001d7b06db77	6.2557652636e-313
4f65a07609067128	3.0569e+74
2a90000000000000	1.1161986242990967e-103
eb6ec3547507ad92	-3.1605e+209
412d14927c11275c	952905.2423183727
84c6981411d99beb	-1.1870481321799894e-285
c1299468103d947e	-838196.0317198185
dfd7665d15f7e024	-4.9022e+153
3ad2f08ab7e1532c	2.4478880814209826e-25
40c8b9df77065080	12659.745819844538
6ec2ef3d4cc1f367	3.5043e+225
c12a15478badaca9	-854691.7728094059
22cc6116dd439ee9	4.6545e-141
40b8224000000000	6178.25
c7ec6623487452e7	-3.0198971029050008e+38
7270000000000005	1.7070116948172446e+243
46d5246ccb3fef4f	1.715265942488497e+33
661becc94a28f32d	7.416e+183
ad3cb8a610c356bd	-8.812216712116457e-91
c115122277c03096	-345224.61694408336
c0e096c2ea7f2090	-33974.0911250721
0000000000000025	1.83e-322
8c5a394f1bc1e3b0	-3.6626909218949155e-249
ff79cdb80671813f	-1.132493536420073e+306
40d4019b8ebdf9e0	20486.430587286013
0000000000000019	1.24e-322
d3adb57befee29dd	-1.2394115831868736e+95
8708d94e1425bd9c	-8.9714e-275
c127147251d89c10	-756281.1598557252
e1c5bc2ef1f1e173	-9.778430218919903e+162
c12d6842b0fd7bbb	-963617.3456839243
c0f1d488685717c8	-73032.52547368326
f96c599c9109c49f	-7.852352534740103e+276
0280000000000006	1.2232472900445407e-296
752c68e7a539323c	2.6660867025013277e+256
9b943d9f699194a3	-7.991869113141755e-176
f26abe5027e1f769	-1.426603581871941e+243
00000000000bd849	3.83526e-318
8d246a8501aec205	-2.3359640620004784e-245
ad3810679514bbc6	-7.383301283323016e-91
04aeaaa9a93b8456	4.0279167656112404e-286
000000000000182e	3.0583e-320
b7554b164d05745b	-3.8193e-42
bca071bc4967b0f8	-1.1410510923366234e-16
0000011b974d06db	6.017789488547e-312
0eb56bc37154639a	8.223982571157629e-238
c38f2c08d35a2e70	-2.8077250224939366e+17
0000001e2866bd27	6.3994762162e-313
c1208d059c666c0c	-542338.8054689183
0000000000076772	2.397374e-318
e88ed524d1e388fa	-4.5015e+195
0cd0000000000006	5.720889335234196e-247
c0f7ee85ff20e188	-98024.37478721712
40eba3f666666666	56607.7
a20b0ca0af075ddb	-1.0831e-144
c121bf1e7bf6cfee	-581519.2421174028
2f0fe6fae2c829b2	5.255e-82
b939e9f501fb8edc	-4.990834591612278e-33
9767cbd6835b7b75	-6.3668e-196
c124657511825936	-668346.534197605
9b15ed36a1da8b78	-3.381848624263054e-178
c0e7b0fc00000000	-48519.875
79017767a6e2c9dc	7.5591e+274
65a0000000000004	3.319612455104797e+181
f7dc489b19e549cd	-2.3347e+269
3480000000000002	8.15663058499816e-56
ebb0e8a4ccdeb315	-5.5589e+210
0ce5d506cd5a2398	1.561240356637806e-246
70b43d47c9bcbc89	8.044031596463559e+234
5efbb8f53f24ef6a	3.5447869330848964e+149
"#;

    const PARSE: &str = r#"
 1.5 	3ff8000000000000
1_000.5	408f440000000000
1__0	None
_1	None
1_	None
1_.5	None
1._5	None
1e_5	None
-Infinity	fff0000000000000
+nan	nan
nAn	nan
infinit	None
١.٥	3ff8000000000000
1e5000	7ff0000000000000
.	None
.e1	None
0x10	None
\u{2000}1.5\u{2000}	3ff8000000000000
5.	4014000000000000
.5	3fe0000000000000
1e-400	0000000000000000
	None
 	None
1e	None
--1	None
\u{1c}1	None
1\u{0}	None
\u{2000}inf1e.	None
naninf.	None
+	None
 	None
_-iNF+1iNF	None
0	0000000000000000
_١	None
nanxnaninf0	None
inf	7ff0000000000000
nane5Infinitynan 	None
\u{2000}	None
1	3ff0000000000000
5E\u{2000}\t\u{2000}e	None
5	4014000000000000
_	None
E +_\u{2000}2	None
nan١nan١inf	None
\t -	None
1-Infinity	None
51e0	4049800000000000
-infInfinity	None
iNF e	None
x\u{2000}inf.2	None
1nan \u{2000}	None
E	None
+\t2.	None
1_	None
infinf	None
e١e5	None
x2 x_١	None
02	4000000000000000
١	3ff0000000000000
0.	0000000000000000
02+22	None
nan\u{2000}iNF2١	None
2xx	None
 \u{2000}infe	None
\tnan١	None
.١22	3fbf3b645a1cac08
\u{2000}-	None
x \t nan	None
xe	None
e1	None
1	3ff0000000000000
-552E١	c0b5900000000000
E	None
١١	4026000000000000
\tinf 0	None
inf١ 	None
\tInfinity	7ff0000000000000
x_Infinity50	None
 Infinity 	7ff0000000000000
0	0000000000000000
E.2nan15	None
iNF	7ff0000000000000
5	4014000000000000
E5	None
Infinity\u{2000}nan 	None
nan	nan
55.	404b800000000000
.E0\u{2000}١iNF	None
x_ inf	None
2	4000000000000000
 	None
e5	None
١15ex1	None
nan	nan
2	4000000000000000
5..e0.	None
inf	7ff0000000000000
iNF5	None
\t\t١E 	None
2	4000000000000000
_inf55  	None
xxiNFEInfinityx	None
nan	nan
-- 1infE	None
  Infinity\u{2000}1	None
inf5eiNF+-	None
nan0e.Infinity	None
  0	0000000000000000
inf١enannan_	None
 0	0000000000000000
e_e x5	None
\u{2000}225	406c200000000000
e+iNF	None
\tx\u{2000}Infinitynan	None
_\t1.	None
-12	c028000000000000
+-	None
E	None
.nannan5	None
1	3ff0000000000000
E	None
١	3ff0000000000000
\t	None
nan+	None
Infinity١E-nanx	None
52	404a000000000000
5.Eeinf+	None
 5nanInfinity_0	None
nanx  .	None
١	3ff0000000000000
"#;

    const ROUND: &str = r#"
0000000000000000	N	0
8000000000000000	1	8000000000000000
3fe0000000000000	15	3fe0000000000000
3ff8000000000000	324	3ff8000000000000
4004000000000000	-2	0000000000000000
c004000000000000	2	c004000000000000
3fc0000000000000	3	3fc0000000000000
3fd8000000000000	2	3fd851eb851eb852
4341c37937e08000	-2	4341c37937e08000
430c6bf526340000	-1	430c6bf526340000
4341c37937e07fff	-309	0000000000000000
42dc12218377de40	-18	0000000000000000
43118b54f22aeb03	5	43118b54f22aeb03
3ee4f8b588e368f1	15	3ee4f8b588e368f1
3f1a36e2eb1c432d	10	3f1a36e2eb1c432d
3f1a36e2eb1c432d	3	0000000000000000
4023fd70a3d70a3d	15	4023fd70a3d70a3d
4005666666666666	300	4005666666666666
4480f0cf064dd592	-1	4480f0cf064dd592
44b52d02c7e14af6	-2	44b52d02c7e14af6
7ff0000000000000	1	7ff0000000000000
fff0000000000000	324	fff0000000000000
7ff8000000000000	N	!ValueError: cannot convert float NaN to integer
0000000000000001	17	0000000000000000
0010000000000000	3	0000000000000000
7fefffffffffffff	323	7fefffffffffffff
3fb999999999999a	3	3fb999999999999a
3fc999999999999a	-308	0000000000000000
3fd3333333333333	17	3fd3333333333333
3fd3333333333334	10	3fd3333333333333
4059000000000000	-1	4059000000000000
54b249ad2594c37d	15	54b249ad2594c37d
3e60000000000000	15	3e5ffffff904122a
4318ab069c92298d	10	4318ab069c92298d
3ff0000000000000	-1	0000000000000000
bff0000000000000	15	bff0000000000000
4008000000000000	17	4008000000000000
3fd5555555555555	N	0
3fe5555555555555	N	1
405edd2f1a9fbe77	-308	0000000000000000
3e7ad7f29abcaf48	-1	0000000000000000
3e8421f5f40d8376	3	0000000000000000
40c81cd6c8b43958	324	40c81cd6c8b43958
0000000000000001	0	0000000000000000
4011666666666666	17	4011666666666666
7e37e43c8800759c	10	7e37e43c8800759c
c05ec00000000000	17	c05ec00000000000
38ff5dee9e7bd053	N	0
40e4765000000000	-2	40e4758000000000
411550c200000000	17	411550c200000000
ec2444cb2f95e8f6	323	ec2444cb2f95e8f6
646ec66ed9eaeab5	-309	0000000000000000
410a74a6db23dcd8	N	216725
80d1897410d2b059	15	8000000000000000
c11b7480452a1f82	N	-449824
4393e3447e897856	300	4393e3447e897856
64d0000000000001	2	64d0000000000001
0000000000000000	-308	0000000000000000
00000000003f70b1	17	0000000000000000
40cf2fc000000000	-1	40cf310000000000
d5a36f085c87c6b1	-1	d5a36f085c87c6b1
0f40000000000003	17	0000000000000000
0000002653295e1e	5	0000000000000000
0c20000000000002	324	0c20000000000002
76f0000000000001	-2	76f0000000000001
5910000000000003	0	5910000000000003
e675066a4bb9f3cb	-1	e675066a4bb9f3cb
e0b852d1cb62a77a	2	e0b852d1cb62a77a
c11ed35f5669aacd	300	c11ed35f5669aacd
eec117485e06f130	-1	eec117485e06f130
c11ffaa925ff60fd	0	c11ffaa800000000
aeb10b7e184a29f3	5	8000000000000000
0000000000000007	324	0000000000000007
62ab956d3c5c2885	300	62ab956d3c5c2885
02ce48c77ad9a60b	300	02ce48c8886218bc
0000000000000004	2	0000000000000000
d91ea092ef8feecd	N	-19771798020329813060271403861134319013712198051366786238030033836587176657399445325784344985630285347892760469660619505664
c10114067f77a8a0	4	c10114067f62b6ae
c0e97d4400000000	N	-52202
c0fa29cced04e660	15	c0fa29cced04e660
c0f5a09000000000	10	c0f5a09000000000
303e236be344bd41	6	0000000000000000
c118d2d200000000	-1	c118d2d800000000
00018e995e7a594e	-1	0000000000000000
1512b318caf03053	-308	0000000000000000
50e5cd8e44ca54ce	323	50e5cd8e44ca54ce
3290000000000006	10	0000000000000000
c08801020c49ba5e	1	c08800cccccccccd
411990bc85d08a38	15	411990bc85d08a38
e7c5af0fac62e6a5	5	e7c5af0fac62e6a5
5df5e6abd1dbf047	17	5df5e6abd1dbf047
987b3fef6995425e	-15	8000000000000000
f9532df74bd19f3a	-1	f9532df74bd19f3a
999d4c7b78cd2ebc	1	8000000000000000
c2c4415955afea92	-2	c2c4415955b00000
41249df05f665d7a	0	41249df000000000
0000065393a4b6c3	3	0000000000000000
63b0000000000002	2	63b0000000000002
2dd0000000000007	323	2dd0000000000007
c0a38a6666666666	0	c0a38a0000000000
c115c9aa00000000	324	c115c9aa00000000
c1010c2eae5529cc	300	c1010c2eae5529cc
c0c150f333333333	-1	c0c1530000000000
97d2d630525ed96d	-1	8000000000000000
0000000000000000	324	0000000000000000
48c8e24c3a0b7966	17	48c8e24c3a0b7966
f7b9b203b76bf533	0	f7b9b203b76bf533
6474e76aa2062ec2	17	6474e76aa2062ec2
51d0000000000007	-309	0000000000000000
9762ea24f0425593	3	8000000000000000
40aa064000000000	324	40aa064000000000
412470f386327084	0	412470f400000000
c0fae282ef0f9e00	15	c0fae282ef0f9e00
41274abb44729938	3	41274abb449ba5e3
bcbd342e7f6d00e2	18	bcbd2eee6cf1a50f
d008b230ed88dff7	5	d008b230ed88dff7
40f6e3b7f8ef3000	15	40f6e3b7f8ef3000
7535b482e7fb4234	-308	0000000000000000
c127d7b15b12caac	20	c127d7b15b12caac
41274f43476351fa	1	41274f4333333333
c0887d0000000000	15	c0887d0000000000
30aaaaa36f0a0f62	300	30aaaaa36f0a0f62
9357459c464be8f6	-309	8000000000000000
126b8663c6f4f005	15	0000000000000000
41095af591e171f8	17	41095af591e171f8
0000000000007a2f	-1	0000000000000000
3a5e9528a4ea386b	1	0000000000000000
410fb67ec2c904c0	10	410fb67ec2c904c1
4126ff8aeee439bc	3	4126ff8aef1a9fbe
411a262b60e20f7c	17	411a262b60e20f7c
c08a95b851eb851f	323	c08a95b851eb851f
000000000000001b	300	0000000000000000
2883b70363a41abb	17	0000000000000000
01a42510fc206c74	15	0000000000000000
4124fcc89ed96d9e	0	4124fcc800000000
c0e7b61800000000	-13	8000000000000000
7c5dbdf611534430	15	7c5dbdf611534430
c097a60000000000	1	c097a60000000000
6ca4a4444af3dd8c	-6	6ca4a4444af3dd8c
40481a1cac083127	15	40481a1cac083127
0000000000000219	N	0
412629a600000000	17	412629a600000000
0000014fe3ee9b19	3	0000000000000000
c0fc953e00000000	-2	c0fc96c000000000
412d9c49465e4d02	-1	412d9c5000000000
c12bb52346dff2ba	3	c12bb52346a7ef9e
76e7c06ef53d4dbc	300	76e7c06ef53d4dbc
5922d8f3f969d845	300	5922d8f3f969d845
41214ad1c0032766	15	41214ad1c0032766
412a00cefeba638a	10	412a00cefeba638a
e11c5cdba054645e	17	e11c5cdba054645e
4050000000000002	3	4050000000000000
0b90000000000003	324	0b90000000000003
c1179a2485861e5a	300	c1179a2485861e5a
000000000000f8b6	N	0
c125de9f50e2fc6a	-309	8000000000000000
8f9aa69f9df411a8	-309	8000000000000000
00000001c502e5aa	-13	0000000000000000
000000000000000a	1	0000000000000000
c11e12a400000000	-1	c11e129800000000
00000002da4c7041	323	00000002da4c7041
718805706b489ebd	3	718805706b489ebd
0000000000000002	-309	0000000000000000
411b673a54f5e4bc	-308	0000000000000000
5c10000000000003	15	5c10000000000003
bd8cbd87dcb106b7	15	bd8cbca1471c47f3
a3725e712bdfa85f	-308	8000000000000000
0cb5c401e454f0a5	-1	0000000000000000
3eb7c1a377288728	3	0000000000000000
000000ca69be10e7	2	0000000000000000
4005666666666666	2	40055c28f5c28f5c
3fe0000000000000	N	0
4004000000000000	N	2
bfe0000000000000	N	0
7fefffffffffffff	-308	!OverflowError: rounded value too large to represent
"#;

    const ARITH: &str = r#"
**	8000000000000000	8000000000000000	3ff0000000000000
//	401e000000000000	c0e5c6d62b67a4e0	bff0000000000000
divmod	401e000000000000	4008000000000000	4000000000000000,3ff8000000000000
divmod	3ff0000000000000	4000000000000000	0000000000000000,3ff0000000000000
**	c01e000000000000	c008000000000000	bf636b06e70b7421
%	3ffdc64d32147e00	c000000000000000	bfc1cd966f5c1000
**	c0229c797e3fe089	4008000000000000	c0892e8468cabc92
%	0000000000000000	702a3c12f9da2174	0000000000000000
divmod	c01e000000000000	0000000000000000	!ZeroDivisionError: float divmod()
%	401c9097981b5098	3fe0000000000000	3fc212f3036a1300
//	8000000000000000	0000000000000000	!ZeroDivisionError: float divmod()
//	1f789a33f07b5e73	3fe0000000000000	0000000000000000
divmod	0000000000000000	c000000000000000	8000000000000000,8000000000000000
%	c01e000000000000	c010ecb58f1ab79b	c00a2694e1ca90ca
divmod	bff0000000000000	c000000000000000	0000000000000000,bff0000000000000
//	0000000000000000	4000000000000000	0000000000000000
//	7fe1ccf385ebc8a0	fadc6f694dad4227	c4f4083c9b7865ce
divmod	fff0000000000000	0000000000000000	!ZeroDivisionError: float divmod()
**	bff0000000000000	7ff0000000000000	3ff0000000000000
divmod	4013f21593cd4e34	3fe0000000000000	4022000000000000,3fdf21593cd4e340
**	c01c61a92ae0474f	c008000000000000	bf66eee57ddfd19c
//	8000000000000000	4008000000000000	8000000000000000
%	3ff0000000000000	0000000000000000	!ZeroDivisionError: float modulo
**	c022cfaff645ed94	8000000000000000	3ff0000000000000
**	0000000000000000	40120423277752c4	0000000000000000
**	c01e000000000000	c000000000000000	3f923456789abcdf
divmod	0000000000000000	7ff0000000000000	0000000000000000,0000000000000000
**	bff0000000000000	0000000000000000	3ff0000000000000
divmod	107a448e122ae082	c010000000000000	bff0000000000000,c010000000000000
%	0000000000000000	7ff0000000000000	0000000000000000
//	bff0000000000000	8000000000000000	!ZeroDivisionError: float divmod()
divmod	046eb54115ed4ece	8000000000000000	!ZeroDivisionError: float divmod()
//	401e000000000000	401ee4c7de23e684	0000000000000000
divmod	401e000000000000	4008000000000000	4000000000000000,3ff8000000000000
//	7fe1ccf385ebc8a0	40043293833e46f4	7fcc33cdb7c11c56
%	0000000000000000	0000000000000000	!ZeroDivisionError: float modulo
%	401e000000000000	4000000000000000	3ff8000000000000
**	fff0000000000000	7ff0000000000000	7ff0000000000000
divmod	0000000000000000	c008000000000000	8000000000000000,8000000000000000
//	401e000000000000	c000000000000000	c010000000000000
//	bff0000000000000	5700000000000005	bff0000000000000
**	7ff0000000000000	3fe0000000000000	7ff0000000000000
**	7ff0000000000000	7ff0000000000000	7ff0000000000000
divmod	3ff0000000000000	8000000000000000	!ZeroDivisionError: float divmod()
divmod	401e000000000000	4000000000000000	4008000000000000,3ff8000000000000
%	7fe1ccf385ebc8a0	4000000000000000	0000000000000000
divmod	3ff0000000000000	0000000000000000	!ZeroDivisionError: float divmod()
%	d22ba79337317988	3fe0000000000000	0000000000000000
divmod	401e000000000000	c01f7b19e12004c6	bff0000000000000,bfd7b19e12004c60
divmod	4020e6b061e7088c	c000000000000000	c014000000000000,bff8ca7cf0c7bba0
%	0000000000000000	7ff0000000000000	0000000000000000
divmod	7fe1ccf385ebc8a0	4008000000000000	7fc7bbef5d3a60d5,4000000000000000
**	7fe1ccf385ebc8a0	3fe0000000000000	5fe7dddf6b095ff1
**	c01e000000000000	bff0000000000000	bfc1111111111111
%	7fe1ccf385ebc8a0	c008000000000000	bff0000000000000
**	7fe1ccf385ebc8a0	c01d7f476267fd7a	0000000000000000
divmod	8000000000000000	3fe0000000000000	8000000000000000,0000000000000000
**	c0124f0221aa314a	c008000000000000	bf855b6c15d0517f
**	c01e000000000000	0000000000000000	3ff0000000000000
%	7fe1ccf385ebc8a0	3fe0000000000000	0000000000000000
//	bfe70cc819766390	4008000000000000	bff0000000000000
divmod	fff0000000000000	8000000000000000	!ZeroDivisionError: float divmod()
divmod	7fe1ccf385ebc8a0	3fe0000000000000	7ff0000000000000,0000000000000000
divmod	3ff0000000000000	4008000000000000	0000000000000000,3ff0000000000000
divmod	401e000000000000	c008000000000000	c008000000000000,bff8000000000000
**	401e000000000000	c008000000000000	3f636b06e70b7421
//	8000000000000000	4022560261401084	8000000000000000
//	401e000000000000	402279d7fb03ce18	0000000000000000
%	401e000000000000	0000000000000000	!ZeroDivisionError: float modulo
divmod	401e000000000000	c0f0487800000000	bff0000000000000,c0f0480000000000
%	c01e000000000000	59e0000000000007	59e0000000000007
%	bff0000000000000	4008000000000000	4000000000000000
**	0000000000000000	7ff0000000000000	0000000000000000
%	0000000000000000	3fe0000000000000	0000000000000000
%	7fe1ccf385ebc8a0	c010000000000000	8000000000000000
**	0000000000000000	7ff0000000000000	0000000000000000
%	3ff0000000000000	3fe0000000000000	0000000000000000
**	3ff0000000000000	0000000000000000	3ff0000000000000
**	fff0000000000000	0000000000000000	3ff0000000000000
divmod	cf5cbbeb6dd4ba21	4000000000000000	cf4cbbeb6dd4ba21,0000000000000000
%	401e000000000000	c008000000000000	bff8000000000000
//	401e000000000000	4000000000000000	4008000000000000
//	4017c797022d13b2	0000000000000000	!ZeroDivisionError: float divmod()
%	401e000000000000	4000000000000000	3ff8000000000000
//	7ff0000000000000	8000000000000000	!ZeroDivisionError: float divmod()
divmod	c01e000000000000	c0f540b800000000	0000000000000000,c01e000000000000
**	e628e7af1a4dcea9	4004623b2fc69c48	!ValueError: negative number cannot be raised to a fractional power
**	00000000003c72ad	4008000000000000	0000000000000000
**	8000000000000000	4000000000000000	0000000000000000
%	c01e000000000000	4000000000000000	3fe0000000000000
%	00005396b91243d8	0000000000000000	!ZeroDivisionError: float modulo
%	2fe8295521750891	c008000000000000	c008000000000000
//	41187a0d72b3e77c	4000000000000000	41087a0800000000
divmod	bff0000000000000	7ff0000000000000	bff0000000000000,7ff0000000000000
divmod	401e000000000000	4000000000000000	4008000000000000,3ff8000000000000
**	c1757e84f5dd53e8	6d90000000000002	!OverflowError: (34, 'Numerical result out of range')
%	c01e000000000000	c000000000000000	bff8000000000000
//	0000000000000000	8000000000000000	!ZeroDivisionError: float divmod()
//	4121c5b8de998798	c000000000000000	c111c5bc00000000
divmod	3ff0000000000000	408d4b4dd2f1a9fc	0000000000000000,3ff0000000000000
//	bff0000000000000	4008000000000000	bff0000000000000
%	c01e000000000000	c000000000000000	bff8000000000000
**	bff0000000000000	94b50a4b852faf01	!ValueError: negative number cannot be raised to a fractional power
%	c01e000000000000	4000000000000000	3fe0000000000000
**	8000000000000000	0000000000000000	3ff0000000000000
**	c009ce2dcac573aa	c008000000000000	bf9e827fcb7f62aa
**	bff0000000000000	3fe0000000000000	!ValueError: negative number cannot be raised to a fractional power
//	8000000000000000	4000000000000000	8000000000000000
//	6e3973ad9c71fd5b	8000000000000000	!ZeroDivisionError: float divmod()
//	0000000000000000	0000000000000000	!ZeroDivisionError: float divmod()
divmod	401e000000000000	c000000000000000	c010000000000000,bfe0000000000000
%	4018546fa61a704c	c11e2cca326d21ee	c11e2cb1ddfd7bd4
//	3ff0000000000000	0000000000000000	!ZeroDivisionError: float divmod()
**	8000000000000000	3fe0000000000000	0000000000000000
divmod	3ff0000000000000	c008000000000000	bff0000000000000,c000000000000000
//	0000000000000015	4008000000000000	0000000000000000
%	8000000000000000	c008000000000000	8000000000000000
//	fff0000000000000	8000000000000000	!ZeroDivisionError: float divmod()
%	401e000000000000	4014000000000000	4004000000000000
**	c0132c1b11e55f68	3fe0000000000000	!ValueError: negative number cannot be raised to a fractional power
//	412da0ca72e57a5a	4000000000000000	411da0c800000000
**	c01e000000000000	0000000000000000	3ff0000000000000
**	401e000000000000	4000000000000000	404c200000000000
//	3ff0000000000000	8000000000000000	!ZeroDivisionError: float divmod()
%	8000000000000000	4008000000000000	0000000000000000
%	0000000000000000	8000000000000000	!ZeroDivisionError: float modulo
**	4022ea8b7997650e	3fb4a612df9dac00	3ff32dd727c25657
divmod	c01e000000000000	c008000000000000	4000000000000000,bff8000000000000
//	0000000000000000	7ff0000000000000	0000000000000000
%	401e000000000000	7ff0000000000000	401e000000000000
%	0000000000000000	0000000000000000	!ZeroDivisionError: float modulo
//	c01e000000000000	c000000000000000	4008000000000000
divmod	401e000000000000	0000000000000000	!ZeroDivisionError: float divmod()
**	7fe1ccf385ebc8a0	8000000000000000	3ff0000000000000
//	bff0000000000000	0000000000000000	!ZeroDivisionError: float divmod()
//	8000000000000000	c008000000000000	0000000000000000
**	fff0000000000000	7ff0000000000000	7ff0000000000000
//	401e000000000000	4008000000000000	4000000000000000
**	7ff0000000000000	c008000000000000	0000000000000000
divmod	7fe1ccf385ebc8a0	4000000000000000	7fd1ccf385ebc8a0,0000000000000000
//	3ff0000000000000	3fe0000000000000	4000000000000000
//	7fe1ccf385ebc8a0	bff0000000000000	ffe1ccf385ebc8a0
//	7ff0000000000000	8000000000000000	!ZeroDivisionError: float divmod()
**	fff0000000000000	4008000000000000	fff0000000000000
**	c01e000000000000	4008000000000000	c07a5e0000000000
%	e7f8f7a381957ff9	0f9a6e84ed05b016	0f9257e787699574
"#;

    const HASH: &str = r#"
0000000000000000	0
8000000000000000	0
3fe0000000000000	1152921504606846976
3ff8000000000000	1152921504606846977
4004000000000000	1152921504606846978
c004000000000000	-1152921504606846978
3fc0000000000000	288230376151711744
3fd8000000000000	864691128455135232
4341c37937e08000	10000000000000000
430c6bf526340000	1000000000000000
4341c37937e07fff	9999999999999998
42dc12218377de40	123456789012345
43118b54f22aeb03	1730616824800393920
3ee4f8b588e368f1	2170758078822671208
3f1a36e2eb1c432d	936979306793984537
3f1a36e2eb1c432d	936979306793984537
4023fd70a3d70a3d	2294313794167623689
4005666666666666	1556444031219243010
4480f0cf064dd592	1864712049423028464
44b52d02c7e14af6	200376420512344424
7ff0000000000000	314159
fff0000000000000	-314159
7ff8000000000000	0
0000000000000001	16777216
0010000000000000	32768
7fefffffffffffff	2234066890152476671
3fb999999999999a	230584300921369408
3fc999999999999a	461168601842738816
3fd3333333333333	691752902764108160
3fd3333333333334	691752902764108288
4059000000000000	100
54b249ad2594c37d	1822893315824342674
3e60000000000000	68719476736
4318ab069c92298d	578196613384931939
3ff0000000000000	1
bff0000000000000	-2
4008000000000000	3
3fd5555555555555	768614336404564608
3fe5555555555555	1537228672809129216
405edd2f1a9fbe77	1051464412201451643
3e7ad7f29abcaf48	851743510110745977
3e8421f5f40d8376	124693760559271990
40c81cd6c8b43958	1563361560246628409
0000000000000001	16777216
4011666666666666	807045053224792068
7e37e43c8800759c	1224995262755759164
c05ec00000000000	-123
0bf0000000000003	6446645248
622e356c17fff574	1088382422618913280
412451f64edec372	355199667137030395
65fec482010135d8	1108519928700005376
6ac6f240177da476	3306034886106057
c1019177539e905c	-2111759696753996334
c126bb169566e532	-672846497637424523
c12cb7e3323a9913	-1379132351947103217
308705019d405a9d	414683453164267328
412c83f531faed7a	1378012252125151738
4123e453129ce94e	1236746711499141673
9796307cdc9fde86	-1332918258269294491
60a73408fa4c8753	609446150965329190
4125c5ba00000000	713437
a5e35c43997dd16e	-152220712825783511
67c288ea3defc8dc	2232815371197642014
3c75d5ce61901a70	1545746652493250603
c085a23333333333	-634106827533714100
b4257293399b1c40	-48295609305195008
00000000000c2c2c	13383856291840
0000000000000003	50331648
411de4f454b92668	190779781187860797
c0fc24d398fb0550	-518465957618893389
40c34d0a3d70a3d7	184467440736937626
7ed0000000000004	2200096997376
4f0680dc5d9247e6	405384540074408320
4110affc9ac7d934	348535056861768703
0000000000017718	1611015389184
c1252ecb8320debc	-1743471311936198501
c0d0da4ccccccccd	-461168601844433769
77a0000000000004	281612415664128
8e82abcaf37cf8e5	-1539764449727424516
0000000000000003	50331648
"#;

    const TO_INT: &str = r#"
0000000000000000	0
8000000000000000	0
3fe0000000000000	0
3ff8000000000000	1
4004000000000000	2
c004000000000000	-2
3fc0000000000000	0
3fd8000000000000	0
4341c37937e08000	10000000000000000
430c6bf526340000	1000000000000000
4341c37937e07fff	9999999999999998
42dc12218377de40	123456789012345
43118b54f22aeb03	1234567890123456
3ee4f8b588e368f1	0
3f1a36e2eb1c432d	0
3f1a36e2eb1c432d	0
4023fd70a3d70a3d	9
4005666666666666	2
4480f0cf064dd592	10000000000000000000000
44b52d02c7e14af6	99999999999999991611392
7ff0000000000000	!OverflowError: cannot convert float infinity to integer
fff0000000000000	!OverflowError: cannot convert float infinity to integer
7ff8000000000000	!ValueError: cannot convert float NaN to integer
0000000000000001	0
0010000000000000	0
7fefffffffffffff	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368
3fb999999999999a	0
3fc999999999999a	0
3fd3333333333333	0
3fd3333333333334	0
4059000000000000	100
54b249ad2594c37d	10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104
3e60000000000000	0
4318ab069c92298d	1735861081508451
3ff0000000000000	1
bff0000000000000	-1
4008000000000000	3
3fd5555555555555	0
3fe5555555555555	0
405edd2f1a9fbe77	123
3e7ad7f29abcaf48	0
3e8421f5f40d8376	0
40c81cd6c8b43958	12345
0000000000000001	0
4011666666666666	4
7e37e43c8800759c	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
c05ec00000000000	-123
00000000000001d2	0
411df5cd82580c90	490867
412706e17a9d5148	754544
9d22d1efd2eff020	0
00000052aa3f4e36	0
2290000000000000	0
411bc36000000000	454872
40d0a75333333333	17053
412843095b129846	795012
85f6cb554a45674a	0
00041fa55c52d2da	0
c083c326e978d4fe	-632
a7f4486b9af1353e	0
c0ccfa0000000000	-14836
fae0114e8c25dc72	-74664999999999993886761224403713818015529458044253489415054988657390178871200689741893135861453422520930334349709144725513863491276069305856279221068583951723442572437159764866888846059605627996082586726426354815591448281570987812822466178063214490723090131274403266244254433946894336
0000000000014ee7	0
8c94d47bdcb2655a	0
c11a4189cefba73e	-430178
65c0000000000007	132784498204191981060967159066159857542414427227712952818990276074186816788995105367362006386947669877277615524775475177888404329310944766056226943703743931189393442934413191834238976
ee38cfffd7ed078b	-8969067469440031161599531988900507676365912281603147712205220561571470828383856277369895049233759770608034294558967910184281246031458082503341998713175994519146304123647618105921930720091887156526149583198824733665346453504
00000000000113a3	0
4ec0000000000003	220855883097298188317484110718195216879750093539133997164156504787386368
38b0000000000004	0
"#;
}
