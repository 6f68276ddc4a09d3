//! Python's formatting machinery as pure functions: the format-spec mini-language
//! (`format()`, f-strings, `str.format`), `%`-formatting, and the template parser of
//! `str.format`.
//!
//! The VM supplies values (and, for `%`, the `str()`/`repr()` of arbitrary objects
//! through [`PctSource`]) and turns a returned [`FmtError`] into the Slate exception of
//! the same name. Every message is CPython 3.11's, word for word; the layout code
//! follows CPython's `Python/formatter_unicode.c` and `PyUnicode_Format` step by step,
//! because the corner cases (zero padding through thousands separators, `inf` with `0`
//! fill, `%` flags interacting with `#`) are defined by that code rather than by the docs.

use std::fmt;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::{float, intfmt, strutil};

/// The Python exception class an error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
}

/// An error raised by a formatting or arithmetic helper: the exception class and its
/// message, exactly as CPython 3.11 words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmtError {
    pub kind: ErrKind,
    pub msg: String,
}

impl FmtError {
    /// Build an error of the given kind.
    pub fn new(kind: ErrKind, msg: impl Into<String>) -> FmtError {
        FmtError {
            kind,
            msg: msg.into(),
        }
    }
}

impl fmt::Display for FmtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for FmtError {}

pub(crate) fn value_error(msg: impl Into<String>) -> FmtError {
    FmtError::new(ErrKind::ValueError, msg)
}

pub(crate) fn type_error(msg: impl Into<String>) -> FmtError {
    FmtError::new(ErrKind::TypeError, msg)
}

pub(crate) fn overflow_error(msg: impl Into<String>) -> FmtError {
    FmtError::new(ErrKind::OverflowError, msg)
}

pub(crate) fn zero_division_error(msg: impl Into<String>) -> FmtError {
    FmtError::new(ErrKind::ZeroDivisionError, msg)
}

// ---------------------------------------------------------------------------
// The format-spec mini-language
// ---------------------------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
///
/// Parsing is type-independent; the type-dependent defaults (alignment, the default
/// presentation type used to validate `,`/`_`) are applied by [`format_int`],
/// [`format_float`] and [`format_str`]. An empty spec formats like `str(value)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The explicit fill character (only present together with `align`).
    pub fill: Option<char>,
    /// One of `<`, `>`, `=`, `^`.
    pub align: Option<char>,
    /// One of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// The `z` option: coerce a negative zero result to positive zero (floats only).
    pub no_neg_zero: bool,
    /// The `#` option (alternate form).
    pub alternate: bool,
    /// The `0` option before the width (zero padding, given without an explicit fill).
    pub zero: bool,
    pub width: Option<usize>,
    /// The thousands separator, `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, e.g. `d`, `x`, `f`, `s`.
    pub ty: Option<char>,
    /// The Python type name of the value being formatted, for error messages.
    pub type_name: String,
}

impl FormatSpec {
    /// Parse `spec` for a value whose Python type is called `type_name` (used only in
    /// error messages, e.g. `Invalid format specifier 'xyz' for object of type 'int'`).
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut out = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            type_name: type_name.to_string(),
        };
        let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
        if end >= 2 && is_align(chars[1]) {
            out.fill = Some(chars[0]);
            out.align = Some(chars[1]);
            pos = 2;
        } else if end >= 1 && is_align(chars[0]) {
            out.align = Some(chars[0]);
            pos = 1;
        }
        if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
            out.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && chars[pos] == 'z' {
            out.no_neg_zero = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && pos < end && chars[pos] == '0' {
            out.zero = true;
            pos += 1;
        }
        out.width = spec_integer(&chars, &mut pos)?;
        if pos < end && chars[pos] == ',' {
            out.grouping = Some(',');
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if out.grouping.is_some() {
                return Err(value_error("Cannot specify both ',' and '_'."));
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if pos < end && chars[pos] == ',' && out.grouping == Some('_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        if pos < end && chars[pos] == '.' {
            pos += 1;
            out.precision = spec_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(value_error("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if end - pos == 1 {
            out.ty = Some(chars[pos]);
        }
        Ok(out)
    }

    /// The fill character and alignment, with `default_align` for the value's type.
    fn fill_align(&self, default_align: char) -> (char, char) {
        match self.fill {
            Some(fill) => (fill, self.align.unwrap_or(default_align)),
            None if self.zero => {
                let align = match self.align {
                    Some(a) => a,
                    None if default_align == '>' => '=',
                    None => default_align,
                };
                ('0', align)
            }
            None => (' ', self.align.unwrap_or(default_align)),
        }
    }

    /// Validate the thousands separator against the presentation type (`default_ty`
    /// when none is given) and return `(separator, group size)`.
    fn grouping_for(&self, default_ty: char) -> Result<Option<(char, usize)>, FmtError> {
        let Some(sep) = self.grouping else {
            return Ok(None);
        };
        let ty = self.ty.unwrap_or(default_ty);
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((sep, 3))),
            'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some(('_', 4))),
            _ if ty > ' ' && ty < '\u{80}' => {
                Err(value_error(format!("Cannot specify '{sep}' with '{ty}'.")))
            }
            _ => Err(value_error(format!(
                "Cannot specify '{sep}' with '\\x{:x}'.",
                ty as u32
            ))),
        }
    }
}

/// Read a run of (Unicode) decimal digits as in CPython's `get_integer`.
fn spec_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let mut acc: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| strutil::decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(acc))
}

fn unknown_code(ty: char, type_name: &str) -> FmtError {
    if ty > ' ' && ty < '\u{80}' {
        value_error(format!(
            "Unknown format code '{ty}' for object of type '{type_name}'"
        ))
    } else {
        value_error(format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            ty as u32
        ))
    }
}

/// How a number is laid out around its digits.
struct Layout {
    fill: char,
    align: char,
    sign: Option<char>,
    width: Option<usize>,
    grouping: Option<(char, usize)>,
}

/// Lay out `[sign][prefix][digits][.remainder]` with padding and grouping, as
/// CPython's `calc_number_widths` + `fill_number` do.
fn layout_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    l: &Layout,
) -> String {
    let sign = match l.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let remainder_len = remainder.chars().count();
    let non_digit = sign.is_some() as usize + prefix.len() + has_decimal as usize + remainder_len;
    let width = l.width.map_or(-1, |w| w as i64);
    let min_width = if l.fill == '0' && l.align == '=' {
        width - non_digit as i64
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, l.grouping)
    };
    let padding = (width - (non_digit + grouped.len()) as i64).max(0) as usize;
    let (lpad, spad, rpad) = match l.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(non_digit + grouped.len() + padding);
    out.extend(std::iter::repeat_n(l.fill, lpad));
    out.extend(sign);
    out.push_str(prefix);
    out.extend(std::iter::repeat_n(l.fill, spad));
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    out.extend(std::iter::repeat_n(l.fill, rpad));
    out
}

/// Insert thousands separators into ASCII `digits`, zero-extending them to at least
/// `min_width` characters (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, usize)>) -> String {
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width;
    let Some((sep, group)) = grouping else {
        let zeros = (remaining.max(min_width).max(1) - remaining) as usize;
        let mut out = "0".repeat(zeros);
        out.push_str(digits);
        return out;
    };
    let group = group as i64;
    // Built right to left, then reversed.
    let mut rev: Vec<char> = Vec::with_capacity(bytes.len() * 4 / 3 + 4);
    let mut end = bytes.len();
    let mut use_sep = false;
    loop {
        let l = group.min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_sep {
            rev.push(sep);
        }
        for _ in 0..n_chars {
            end -= 1;
            rev.push(bytes[end] as char);
        }
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    rev.iter().rev().collect()
}

/// `format(n, spec)` for an int (bools are formatted as ints by the caller, passing
/// `"bool"` as the type name to [`FormatSpec::parse`]).
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, FmtError> {
    let grouping = spec.grouping_for('d')?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = intfmt::to_f64(n)?;
            return float_body(f, spec, grouping);
        }
        _ => return Err(unknown_code(ty, &spec.type_name)),
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let (fill, align) = spec.fill_align('>');
    let mut layout = Layout {
        fill,
        align,
        sign: spec.sign,
        width: spec.width,
        grouping,
    };
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let v = n
            .to_i64()
            .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
        let c = code_point(v)?;
        layout.grouping = None;
        return Ok(layout_number(false, "", "", false, &c.to_string(), &layout));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = n.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(layout_number(
        n.is_negative(),
        prefix,
        &digits,
        false,
        "",
        &layout,
    ))
}

/// The character for a `%c`/`'c'` code point (Slate strings cannot hold surrogates).
fn code_point(v: i64) -> Result<char, FmtError> {
    if !(0..=0x10ffff).contains(&v) {
        return Err(overflow_error("%c arg not in range(0x110000)"));
    }
    char::from_u32(v as u32).ok_or_else(|| value_error("surrogates not allowed"))
}

/// `format(f, spec)` for a float.
pub fn format_float(f: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    let grouping = spec.grouping_for('\0')?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(ty) => return Err(unknown_code(ty, &spec.type_name)),
    }
    float_body(f, spec, grouping)
}

fn float_body(
    f: f64,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> Result<String, FmtError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let (mut code, default_precision, add_dot_0) = match spec.ty {
        None => ('r', 0, true),
        Some('n') => ('g', 6, false),
        Some('%') => ('f', 6, false),
        Some(c) => (c, 6, false),
    };
    let value = if spec.ty == Some('%') { f * 100.0 } else { f };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let flags = float::DtoaFlags {
        sign: false,
        add_dot_0,
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
    };
    let mut s = float::double_to_string(value, code, precision, flags);
    if spec.ty == Some('%') {
        s.push('%');
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let (fill, align) = spec.fill_align('>');
    let layout = Layout {
        fill,
        align,
        sign: spec.sign,
        width: spec.width,
        grouping,
    };
    Ok(layout_number(
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        &layout,
    ))
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FmtError> {
    spec.grouping_for('s')?;
    if let Some(ty) = spec.ty.filter(|&t| t != 's') {
        return Err(unknown_code(ty, &spec.type_name));
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (fill, align) = spec.fill_align('<');
    if align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let len = s.chars().count();
    let shown = spec.precision.map_or(len, |p| p.min(len));
    let body: &str = if shown < len {
        let cut = s.char_indices().nth(shown).map_or(s.len(), |(i, _)| i);
        &s[..cut]
    } else {
        s
    };
    let total = spec.width.map_or(shown, |w| w.max(shown));
    let lpad = match align {
        '>' => total - shown,
        '^' => (total - shown) / 2,
        _ => 0,
    };
    let rpad = total - shown - lpad;
    let mut out = String::with_capacity(body.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

// ---------------------------------------------------------------------------
// %-formatting
// ---------------------------------------------------------------------------

/// The shape of the right operand of `fmt % args`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PctShape {
    /// A tuple with this many items: each conversion takes the next item.
    Tuple(usize),
    /// A mapping (anything but a tuple or str that supports `[]`, as CPython's
    /// `PyMapping_Check`; lists count): `%(key)s` looks keys up, and unused
    /// arguments are not an error.
    Mapping,
    /// Any other single object: it is the one and only argument.
    Single,
}

/// What a conversion needs from an argument; the VM answers with a [`PctValue`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PctWant {
    /// `%s`: `str(arg)` as [`PctValue::Str`].
    Str,
    /// `%r`: `repr(arg)` as [`PctValue::Str`].
    Repr,
    /// `%a`: `ascii(arg)` as [`PctValue::Str`] (see [`strutil::ascii`]).
    Ascii,
    /// `%d %i %u`: an int, a float (truncated here), the result of `__int__`, or
    /// [`PctValue::WrongType`] for non-numbers.
    Int,
    /// `%o %x %X`: an int or the result of `__index__`, else `WrongType`.
    Index,
    /// `%e %f %g …`: a float or an int (converted here), else `WrongType`.
    Float,
    /// `%c`: an int or a str, else `WrongType`.
    Char,
    /// A `*` width or precision: the value if the argument is an int, else `WrongType`.
    Star,
}

/// An argument's value, as the VM supplies it for a [`PctWant`].
#[derive(Debug, Clone, PartialEq)]
pub enum PctValue {
    Int(BigInt),
    Float(f64),
    Str(String),
    /// The argument is not of a kind the conversion accepts; the payload is its
    /// Python type name, for the error message.
    WrongType(String),
}

/// The right operand of `fmt % args`, as seen by [`percent_format`].
///
/// `Arg` is the VM's handle to one argument object; conversions are requested
/// lazily, one per use, so `__str__`/`__repr__`/`__getitem__` run exactly when
/// CPython would run them. `Error` lets the VM's own exceptions (raised by those
/// methods) pass through unchanged.
pub trait PctSource {
    type Arg;
    type Error: From<FmtError>;
    /// The shape of the right operand.
    fn shape(&self) -> PctShape;
    /// Item `index` of a [`PctShape::Tuple`] operand (always in range).
    fn item(&mut self, index: usize) -> Self::Arg;
    /// The operand itself ([`PctShape::Single`] or [`PctShape::Mapping`]).
    fn whole(&mut self) -> Self::Arg;
    /// `operand[key]` for `%(key)s` ([`PctShape::Mapping`] only).
    fn lookup(&mut self, key: &str) -> Result<Self::Arg, Self::Error>;
    /// Convert an argument as `want` asks.
    fn convert(&mut self, arg: &Self::Arg, want: PctWant) -> Result<PctValue, Self::Error>;
}

/// Which argument the next conversion takes.
enum ArgState<A> {
    Tuple {
        len: usize,
        next: usize,
    },
    /// A single object: the operand itself (`None`) or the value of the last
    /// `%(key)` lookup.
    One {
        value: Option<A>,
        used: bool,
    },
}

fn next_arg<S: PctSource + ?Sized>(
    state: &mut ArgState<S::Arg>,
    src: &mut S,
) -> Result<S::Arg, S::Error> {
    let missing = || type_error("not enough arguments for format string");
    match state {
        ArgState::Tuple { len, next } => {
            if *next < *len {
                *next += 1;
                Ok(src.item(*next - 1))
            } else {
                Err(missing().into())
            }
        }
        ArgState::One { value, used } => {
            if *used {
                return Err(missing().into());
            }
            *used = true;
            Ok(match value.take() {
                Some(v) => v,
                None => src.whole(),
            })
        }
    }
}

fn wrong_type_name(v: &PctValue) -> &str {
    match v {
        PctValue::Int(_) => "int",
        PctValue::Float(_) => "float",
        PctValue::Str(_) => "str",
        PctValue::WrongType(name) => name,
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `fmt % args` (CPython's `PyUnicode_Format`): `%s %r %a %d %i %u %o %x %X %e %E %f
/// %F %g %G %c %%`, flags `-+ #0`, width and precision (including `*`), `h`/`l`/`L`
/// length modifiers (ignored) and `%(key)` mapping keys.
pub fn percent_format<S: PctSource + ?Sized>(fmt: &str, src: &mut S) -> Result<String, S::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let len = chars.len();
    let is_dict = src.shape() == PctShape::Mapping;
    let mut state = match src.shape() {
        PctShape::Tuple(n) => ArgState::Tuple { len: n, next: 0 },
        _ => ArgState::One {
            value: None,
            used: false,
        },
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < len {
        if chars[pos] != '%' {
            let start = pos;
            while pos < len && chars[pos] != '%' {
                pos += 1;
            }
            out.extend(&chars[start..pos]);
            continue;
        }
        pos += 1;
        if pos < len && chars[pos] == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        let mut cur = Cursor {
            chars: &chars,
            pos,
            ch: '\0',
            exhausted: false,
        };
        if cur.pos < len && chars[cur.pos] == '(' {
            if !is_dict {
                return Err(type_error("format requires a mapping").into());
            }
            cur.pos += 1;
            let key_start = cur.pos;
            let mut depth = 1;
            while depth > 0 && cur.read() {
                match cur.ch {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
            }
            if depth > 0 {
                return Err(value_error("incomplete format key").into());
            }
            let key: String = chars[key_start..cur.pos - 1].iter().collect();
            let value = src.lookup(&key)?;
            state = ArgState::One {
                value: Some(value),
                used: false,
            };
        }
        let mut flags = 0u8;
        while cur.read() {
            match cur.ch {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                _ => break,
            }
        }
        let mut width: Option<usize> = None;
        if cur.ch == '*' {
            let arg = next_arg(&mut state, src)?;
            let v = star_int(src.convert(&arg, PctWant::Star)?)?;
            let w = v
                .to_i64()
                .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
            if w < 0 {
                flags |= F_LJUST;
            }
            width = Some(w.unsigned_abs() as usize);
            cur.read();
        } else if let Some(d) = cur.ch.to_digit(10) {
            let mut w = d as usize;
            while cur.read() {
                let Some(d) = cur.ch.to_digit(10) else {
                    break;
                };
                w = w
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d as usize))
                    .filter(|&w| w <= isize::MAX as usize)
                    .ok_or_else(|| value_error("width too big"))?;
            }
            width = Some(w);
        }
        let mut prec: Option<usize> = None;
        if cur.ch == '.' {
            prec = Some(0);
            cur.read();
            if cur.ch == '*' {
                let arg = next_arg(&mut state, src)?;
                let v = star_int(src.convert(&arg, PctWant::Star)?)?;
                let p = v
                    .to_i32()
                    .ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
                prec = Some(p.max(0) as usize);
                cur.read();
            } else if let Some(d) = cur.ch.to_digit(10) {
                let mut p = d as usize;
                while cur.read() {
                    let Some(d) = cur.ch.to_digit(10) else {
                        break;
                    };
                    p = p * 10 + d as usize;
                    if p > i32::MAX as usize {
                        return Err(value_error("precision too big").into());
                    }
                }
                prec = Some(p);
            }
        }
        if !cur.exhausted && matches!(cur.ch, 'h' | 'l' | 'L') {
            cur.read();
        }
        if cur.exhausted {
            return Err(value_error("incomplete format").into());
        }
        let ch = cur.ch;
        pos = cur.pos;
        let arg = next_arg(&mut state, src)?;
        let (text, numeric) = match ch {
            's' | 'r' | 'a' => {
                let want = match ch {
                    's' => PctWant::Str,
                    'r' => PctWant::Repr,
                    _ => PctWant::Ascii,
                };
                let text = match src.convert(&arg, want)? {
                    PctValue::Str(s) => s,
                    PctValue::Int(n) => n.to_string(),
                    PctValue::Float(f) => float::repr(f),
                    PctValue::WrongType(name) => {
                        return Err(
                            type_error(format!("cannot convert '{name}' object to str")).into()
                        )
                    }
                };
                (text, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let index_only = matches!(ch, 'o' | 'x' | 'X');
                let want = if index_only {
                    PctWant::Index
                } else {
                    PctWant::Int
                };
                let n = match src.convert(&arg, want)? {
                    PctValue::Int(n) => n,
                    PctValue::Float(f) if !index_only => float::to_bigint(f)?,
                    other => {
                        let what = if index_only {
                            "an integer"
                        } else {
                            "a real number"
                        };
                        return Err(type_error(format!(
                            "%{ch} format: {what} is required, not {}",
                            wrong_type_name(&other)
                        ))
                        .into());
                    }
                };
                (format_long(&n, flags & F_ALT != 0, prec, ch), true)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match src.convert(&arg, PctWant::Float)? {
                    PctValue::Float(f) => f,
                    PctValue::Int(n) => intfmt::to_f64(&n)?,
                    other => {
                        return Err(type_error(format!(
                            "must be real number, not {}",
                            wrong_type_name(&other)
                        ))
                        .into())
                    }
                };
                let dflags = float::DtoaFlags {
                    sign: false,
                    add_dot_0: false,
                    alt: flags & F_ALT != 0,
                    no_neg_0: false,
                };
                (
                    float::double_to_string(f, ch, prec.unwrap_or(6), dflags),
                    true,
                )
            }
            'c' => {
                let c = match src.convert(&arg, PctWant::Char)? {
                    PctValue::Int(n) => code_point(n.to_i64().unwrap_or(-1))?,
                    PctValue::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                    _ => return Err(type_error("%c requires int or char").into()),
                };
                (c.to_string(), false)
            }
            _ => {
                let shown = if ('\u{1f}'..='~').contains(&ch) {
                    ch
                } else {
                    '?'
                };
                return Err(value_error(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    ch as u32,
                    pos - 1
                ))
                .into());
            }
        };
        pct_output(&mut out, &text, ch, flags, width, prec, numeric);
        if is_dict && matches!(state, ArgState::One { used: false, .. }) {
            return Err(type_error("not all arguments converted during string formatting").into());
        }
    }
    let unused = match &state {
        ArgState::Tuple { len, next } => next < len,
        ArgState::One { used, .. } => !used,
    };
    if unused && !is_dict {
        return Err(type_error("not all arguments converted during string formatting").into());
    }
    Ok(out)
}

/// Reads a `%` directive one character at a time, as CPython's `--fmtcnt >= 0` loops
/// do: at the end of the string `ch` keeps its last value and `exhausted` is set.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
    ch: char,
    exhausted: bool,
}

impl Cursor<'_> {
    fn read(&mut self) -> bool {
        match self.chars.get(self.pos) {
            Some(&c) => {
                self.ch = c;
                self.pos += 1;
                true
            }
            None => {
                self.exhausted = true;
                false
            }
        }
    }
}

fn star_int(v: PctValue) -> Result<BigInt, FmtError> {
    match v {
        PctValue::Int(n) => Ok(n),
        _ => Err(type_error("* wants int")),
    }
}

/// `%d %o %x %X` text: `[-][0x]digits`, digits zero-filled to `prec`
/// (CPython's `_PyUnicode_FormatLong`).
fn format_long(n: &BigInt, alt: bool, prec: Option<usize>, ch: char) -> String {
    let (base, prefix) = match ch {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = n.magnitude().to_str_radix(base);
    if ch == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::new();
    if n.is_negative() {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    if let Some(p) = prec {
        out.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    out.push_str(&digits);
    out
}

/// Pad and sign one converted argument (CPython's `unicode_format_arg_output`).
fn pct_output(
    out: &mut String,
    text: &str,
    ch: char,
    flags: u8,
    width: Option<usize>,
    prec: Option<usize>,
    numeric: bool,
) {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let fill = if numeric && flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    if width.is_none_or(|w| w <= len)
        && prec.is_none_or(|p| p >= len)
        && flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(text);
        return;
    }
    if matches!(ch, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(p);
        }
    }
    let mut idx = 0;
    let mut sign_char = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                idx = 1;
            }
            _ if flags & F_SIGN != 0 => sign_char = Some('+'),
            _ if flags & F_BLANK != 0 => sign_char = Some(' '),
            _ => {}
        }
    }
    let mut width = width.unwrap_or(0).max(len) as i64;
    let len_i = len as i64;
    let alt_prefix = flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o');
    if let Some(s) = sign_char {
        if fill != ' ' {
            out.push(s);
        }
        if width > len_i {
            width -= 1;
        }
    }
    let mut len_i = len_i;
    if alt_prefix {
        if fill != ' ' {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
        }
        width = (width - 2).max(0);
        len_i -= 2;
    }
    if width > len_i && flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len_i) as usize));
        width = len_i;
    }
    if fill == ' ' {
        if let Some(s) = sign_char {
            out.push(s);
        }
        if alt_prefix {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
        }
    }
    out.extend(&chars[idx..idx + len_i.max(0) as usize]);
    if width > len_i {
        out.extend(std::iter::repeat_n(' ', (width - len_i) as usize));
    }
}

// ---------------------------------------------------------------------------
// str.format templates
// ---------------------------------------------------------------------------

/// One piece of a `str.format` template.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtPiece {
    /// Literal text (`{{`/`}}` already unescaped).
    Literal(String),
    /// A replacement field `{name!conversion:spec}`.
    ///
    /// `spec` is itself a template: to format the field, render its pieces (nested
    /// fields such as `{:{width}}` included, in order) into a string and parse that
    /// with [`FormatSpec::parse`]. An empty vector is the empty spec.
    /// `conversion` is the raw character after `!`; the caller validates it when it
    /// renders the field (after looking the field up, as CPython does) and reports
    /// anything but `r`, `s`, `a` with [`conversion_error`].
    Field {
        name: FieldName,
        conversion: Option<char>,
        spec: Vec<FmtPiece>,
    },
}

/// A field name: the argument it selects and the accessors that follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    pub first: FieldKey,
    pub rest: Vec<Accessor>,
}

/// Which argument a field selects. Automatic numbering (`{}`) is resolved while
/// parsing, so `"{} {}"` yields `Index(0)` and `Index(1)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    /// A positional argument.
    Index(usize),
    /// A keyword argument.
    Name(String),
}

/// `.attr`, `[0]` or `[key]` after a field's first part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor {
    Attr(String),
    /// `[digits]`: an integer index (CPython uses the sequence protocol when the
    /// object is a sequence, else `obj[int]`).
    Index(usize),
    /// `[anything else]`: a string key.
    Key(String),
}

/// The error for a `!x` conversion other than `r`, `s`, `a`.
pub fn conversion_error(c: char) -> FmtError {
    if c > ' ' && c < '\u{7f}' {
        value_error(format!("Unknown conversion specifier {c}"))
    } else {
        value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: usize,
}

/// Parse a `str.format` template into pieces (CPython's `MarkupIterator`), resolving
/// automatic field numbering and nested specs (one level, as Python allows).
pub fn parse_format_string(s: &str) -> Result<Vec<FmtPiece>, FmtError> {
    let chars: Vec<char> = s.chars().collect();
    let mut auto = AutoNumber {
        state: AutoState::Init,
        next: 0,
    };
    parse_markup(&chars, 2, &mut auto)
}

fn parse_markup(
    chars: &[char],
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<Vec<FmtPiece>, FmtError> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let end = chars.len();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < end {
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < end {
            c = chars[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut lit_len = pos - start;
        if c == '}' && markup && (at_end || chars[pos] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup {
            if chars[pos] == c {
                pos += 1;
                markup = false;
            } else {
                lit_len -= 1;
            }
        }
        literal.extend(&chars[start..start + lit_len]);
        if !markup {
            continue;
        }
        if !literal.is_empty() {
            pieces.push(FmtPiece::Literal(std::mem::take(&mut literal)));
        }
        let field = parse_field(chars, &mut pos)?;
        let name = parse_field_name(field.name, auto)?;
        let spec = if field.expand {
            parse_markup(field.spec, depth - 1, auto)?
        } else if field.spec.is_empty() {
            Vec::new()
        } else {
            vec![FmtPiece::Literal(field.spec.iter().collect())]
        };
        pieces.push(FmtPiece::Field {
            name,
            conversion: field.conversion,
            spec,
        });
    }
    if !literal.is_empty() {
        pieces.push(FmtPiece::Literal(literal));
    }
    Ok(pieces)
}

struct RawField<'a> {
    name: &'a [char],
    conversion: Option<char>,
    spec: &'a [char],
    expand: bool,
}

/// Scan one `{...}` field (the opening brace already consumed), as CPython's
/// `parse_field`.
fn parse_field<'a>(chars: &'a [char], pos: &mut usize) -> Result<RawField<'a>, FmtError> {
    let end = chars.len();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < end {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < end && chars[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = &chars[name_start..(*pos - 1).max(name_start)];
    let mut field = RawField {
        name,
        conversion: None,
        spec: &[],
        expand: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= end {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(chars[*pos]);
            *pos += 1;
            if *pos < end {
                let next = chars[*pos];
                *pos += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < end {
            let c = chars[*pos];
            *pos += 1;
            match c {
                '{' => {
                    field.expand = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = &chars[spec_start..*pos - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(value_error("unmatched '{' in format spec"))
    } else if c != '}' {
        Err(value_error("expected '}' before end of string"))
    } else {
        Ok(field)
    }
}

/// A run of decimal digits as an index, `None` if empty or not all digits.
fn field_integer(s: &[char]) -> Result<Option<usize>, FmtError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = strutil::decimal_value(c) else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

fn parse_field_name(name: &[char], auto: &mut AutoNumber) -> Result<FieldName, FmtError> {
    let split = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let index = field_integer(first)?;
    let empty = first.is_empty();
    let first = if empty || index.is_some() {
        if auto.state == AutoState::Init {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if auto.state == AutoState::Manual && empty {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.state == AutoState::Auto && !empty {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        match index {
            Some(i) => FieldKey::Index(i),
            None => {
                auto.next += 1;
                FieldKey::Index(auto.next - 1)
            }
        }
    } else {
        FieldKey::Name(first.iter().collect())
    };
    let mut accessors = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        i += 1;
        let start = i;
        let accessor = match c {
            '.' => {
                while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    i += 1;
                }
                let part = &rest[start..i];
                if part.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                Accessor::Attr(part.iter().collect())
            }
            '[' => {
                while i < rest.len() && rest[i] != ']' {
                    i += 1;
                }
                if i >= rest.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                let part = &rest[start..i];
                i += 1;
                let index = field_integer(part)?;
                if part.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                match index {
                    Some(n) => Accessor::Index(n),
                    None => Accessor::Key(part.iter().collect()),
                }
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        accessors.push(accessor);
    }
    Ok(FieldName {
        first,
        rest: accessors,
    })
}
