//! Python's formatting machinery as pure functions: the format-spec mini-language
//! (`format()`, f-strings, `str.format`), `%`-formatting, and the template parser of
//! `str.format`.
//!
//! The VM supplies values (and, for `%`, the `str()`/`repr()` of arbitrary objects
//! through [`PctSource`]) and turns a returned [`FmtError`] into the Slate exception of
//! the same name. Every message is CPython 3.7's (the reference interpreter's), word
//! for word, and so are the options (no `z`; a `0` before the width means `=`
//! alignment for every type); the layout code follows CPython's
//! `Python/formatter_unicode.c` and `PyUnicode_Format` step by step,
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
/// message, exactly as CPython 3.7 words it.
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

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
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
    /// error messages, e.g. `Unknown format code 'z' for object of type 'int'`).
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut out = FormatSpec {
            fill: None,
            align: None,
            sign: None,
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
        if pos < end && chars[pos] == ',' {
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
            return Err(value_error("Invalid format specifier"));
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
                // Python 3.7: a `0` without an alignment means `=`, for every
                // type (so `format('ab', '05')` is an error, not `'ab000'`).
                ('0', self.align.unwrap_or('='))
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
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
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
                        let what = if index_only { "an integer" } else { "a number" };
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
                };
                (
                    float::double_to_string(f, ch, prec.unwrap_or(6), dflags),
                    true,
                )
            }
            'c' => {
                let c = match src.convert(&arg, PctWant::Char)? {
                    PctValue::Int(n) => match n.to_i64() {
                        Some(v) => code_point(v)?,
                        None => return Err(type_error("%c requires int or char").into()),
                    },
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
    let mut len_i = len as i64;
    let mut width = width.unwrap_or(0).max(len) as i64;
    let alt_prefix = flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o');
    if let Some(s) = sign_char {
        if fill != ' ' {
            out.push(s);
        }
        if width > len_i {
            width -= 1;
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::strutil::testutil::{float_of, rows, show};

    fn fmt_float(f: f64, spec: &str) -> Result<String, FmtError> {
        format_float(f, &FormatSpec::parse(spec, "float")?)
    }

    fn fmt_int(n: i64, spec: &str) -> Result<String, FmtError> {
        format_int(&BigInt::from(n), &FormatSpec::parse(spec, "int")?)
    }

    #[test]
    fn format_examples() {
        assert_eq!(fmt_float(1234.5, "012,.2f").unwrap(), "0,001,234.50");
        assert_eq!(fmt_float(123.0, ".3").unwrap(), "1.23e+02");
        assert_eq!(fmt_float(f64::INFINITY, "010").unwrap(), "0000000inf");
        assert_eq!(fmt_int(1234, "010,").unwrap(), "00,001,234");
        assert_eq!(fmt_int(12345678, "#012_x").unwrap(), "0x0_00bc_614e");
        assert_eq!(
            fmt_int(1, "xyz").unwrap_err().msg,
            "Invalid format specifier"
        );
        let spec = FormatSpec::parse("<05", "str").unwrap();
        assert_eq!(format_str("ab", &spec).unwrap(), "ab000");
    }

    #[test]
    fn format_float_matches_python() {
        for r in rows(FORMAT_FLOAT) {
            let f = float_of(&r[0]);
            assert_eq!(
                show(fmt_float(f, &r[1]), |s| s),
                r[2],
                "format({f:?}, {:?})",
                r[1]
            );
        }
    }

    #[test]
    fn format_int_matches_python() {
        for r in rows(FORMAT_INT) {
            let n: BigInt = r[0].parse().unwrap();
            let got = show(
                FormatSpec::parse(&r[1], "int").and_then(|s| format_int(&n, &s)),
                |s| s,
            );
            assert_eq!(got, r[2], "format({n}, {:?})", r[1]);
        }
    }

    #[test]
    fn format_str_matches_python() {
        for r in rows(FORMAT_STR) {
            let got = show(
                FormatSpec::parse(&r[1], "str").and_then(|s| format_str(&r[0], &s)),
                |s| s,
            );
            assert_eq!(got, r[2], "format({:?}, {:?})", r[0], r[1]);
        }
    }

    /// A `%` right operand built from test values, converting as the VM would.
    #[derive(Clone)]
    enum Val {
        Int(BigInt),
        Float(f64),
        Str(String),
    }

    struct Args {
        shape: PctShape,
        items: Vec<Val>,
        keys: Vec<(String, Val)>,
    }

    impl PctSource for Args {
        type Arg = Val;
        type Error = FmtError;
        fn shape(&self) -> PctShape {
            self.shape
        }
        fn item(&mut self, index: usize) -> Val {
            self.items[index].clone()
        }
        fn whole(&mut self) -> Val {
            self.items
                .first()
                .cloned()
                .unwrap_or(Val::Str("<mapping>".into()))
        }
        fn lookup(&mut self, key: &str) -> Result<Val, FmtError> {
            self.keys
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| type_error(format!("KeyError: {key}")))
        }
        fn convert(&mut self, arg: &Val, want: PctWant) -> Result<PctValue, FmtError> {
            use PctWant::*;
            Ok(match (arg, want) {
                (Val::Int(n), Str | Repr | Ascii) => PctValue::Str(n.to_string()),
                (Val::Int(n), _) => PctValue::Int(n.clone()),
                (Val::Float(f), Str | Repr | Ascii) => PctValue::Str(float::repr(*f)),
                (Val::Float(f), Int | Float) => PctValue::Float(*f),
                (Val::Float(_), _) => PctValue::WrongType("float".into()),
                (Val::Str(s), Str | Char) => PctValue::Str(s.clone()),
                (Val::Str(s), Repr) => PctValue::Str(strutil::repr(s)),
                (Val::Str(s), Ascii) => PctValue::Str(strutil::ascii(&strutil::repr(s))),
                (Val::Str(_), _) => PctValue::WrongType("str".into()),
            })
        }
    }

    fn val(s: &str) -> Val {
        let (kind, v) = s.split_at(2);
        match kind {
            "i:" => Val::Int(v.parse().unwrap()),
            "f:" => Val::Float(float_of(v)),
            _ => Val::Str(v.to_string()),
        }
    }

    #[test]
    fn percent_format_matches_python() {
        for r in rows(PERCENT) {
            let parts: Vec<&str> = if r[2].is_empty() {
                Vec::new()
            } else {
                r[2].split('|').collect()
            };
            let mut args = Args {
                shape: match r[1].as_str() {
                    "T" => PctShape::Tuple(parts.len()),
                    "S" => PctShape::Single,
                    _ => PctShape::Mapping,
                },
                items: Vec::new(),
                keys: Vec::new(),
            };
            for p in parts {
                if r[1] == "M" {
                    let (k, v) = p.split_once('=').unwrap();
                    args.keys.push((k.to_string(), val(v)));
                } else {
                    args.items.push(val(p));
                }
            }
            let got = show(percent_format(&r[0], &mut args), |s| s);
            assert_eq!(got, r[3], "{:?} % {:?}", r[0], r[2]);
        }
    }

    /// Pieces spelled as the test table does: `L(text)` and `F(#0.attr[#1][$k]!r:spec)`.
    fn spell(pieces: &[FmtPiece]) -> String {
        let mut out = String::new();
        for p in pieces {
            match p {
                FmtPiece::Literal(s) => out.push_str(&format!("L({s})")),
                FmtPiece::Field {
                    name,
                    conversion,
                    spec,
                } => {
                    out.push_str("F(");
                    match &name.first {
                        FieldKey::Index(i) => out.push_str(&format!("#{i}")),
                        FieldKey::Name(n) => out.push_str(&format!("${n}")),
                    }
                    for a in &name.rest {
                        match a {
                            Accessor::Attr(s) => out.push_str(&format!(".{s}")),
                            Accessor::Index(i) => out.push_str(&format!("[#{i}]")),
                            Accessor::Key(k) => out.push_str(&format!("[${k}]")),
                        }
                    }
                    out.push('!');
                    out.extend(conversion);
                    out.push(':');
                    out.push_str(&spell(spec));
                    out.push(')');
                }
            }
        }
        out
    }

    #[test]
    fn parse_format_string_matches_python() {
        for r in rows(STR_FORMAT) {
            let got = show(parse_format_string(&r[0]), |p| spell(&p));
            assert_eq!(got, r[1], "{:?}", r[0]);
        }
        assert_eq!(conversion_error('x').msg, "Unknown conversion specifier x");
        assert_eq!(
            conversion_error('\u{1}').msg,
            "Unknown conversion specifier \\x1"
        );
    }

    const FORMAT_FLOAT: &str = r#"
40934a0000000000	012,.2f	0,001,234.50
40934a0000000000	,	1,234.5
4415af1d78b58c40	,	1e+20
40934a0000000000	.2%	123450.00%
8000000000000000		-0.0
8000000000000000	z	!ValueError: Unknown format code 'z' for object of type 'float'
bf1a36e2eb1c432d	z.2f	!ValueError: Invalid format specifier
405ec00000000000	.3	1.23e+02
4341c37937e08000		1e+16
3ff0000000000000	.0	1e+00
3ff8000000000000	\u{23}.0	2.e+00
4000000000000000	\u{23}	2.0
4000000000000000	\u{23}g	2.00000
4000000000000000	n	2
4132d68700000000	n	1.23457e+06
3ff8000000000000	^10	   1.5\u{20}\u{20}\u{20}\u{20}
3ff8000000000000	=+10	+      1.5
7ff0000000000000	010	0000000inf
7ff8000000000000	+010	+000000nan
7ff0000000000000	F	INF
fff0000000000000	+	-inf
3e7ad7f29abcaf48	g	1e-07
7e37e43c8800759c	.2f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00
4005666666666666	.2f	2.67
3fc0000000000000	.2f	0.12
3fe0000000000000	.0f	0
4004000000000000	.0f	2
3ff8000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'
3ff8000000000000	xyz	!ValueError: Invalid format specifier
3ff8000000000000	,_	!ValueError: Cannot specify both ',' and '_'.
3ff8000000000000	.	!ValueError: Format specifier missing precision
3ff8000000000000	z,c	!ValueError: Invalid format specifier
3ff8000000000000	99999999999999999999	!ValueError: Too many decimal digits in format string
3ff8000000000000	.2147483648f	!ValueError: precision too big
3ee4f8b588e368f1	.1e	1.0e-05
4023fd70a3d70a3d	.2f	9.99
419d6f3454000000	,.2f	123,456,789.00
419d6f3454000000	_.3e	1.235e+08
3fb999999999999a	.30f	0.100000000000000005551115123126
0000000000000001	.3g	4.94e-324
7fefffffffffffff	,.0f	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368
3ff8000000000000	\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'float'
0000000000000000	 < _.2%	 0.00%
8000000000000000	+.7	-0.0
3fe0000000000000	=12F	    0.500000
3ff8000000000000	0<-07,.5n	!ValueError: Cannot specify ',' with 'n'.
4004000000000000	*<+,f	+2.500000
c004000000000000	0^+E	-2.500000E+00
3fc0000000000000	 ^+0_E	+1.250000E-01
3fd8000000000000	 <z%	!ValueError: Invalid format specifier
4341c37937e08000	é> z015%	!ValueError: Invalid format specifier
430c6bf526340000	 =-z,n	!ValueError: Invalid format specifier
4341c37937e07fff	 ^-.0%	999999999999999744%
42dc12218377de40	 ^+E	+1.234568E+14
43118b54f22aeb03	>+G	+1.23457E+15
3ee4f8b588e368f1	 0,.6n	!ValueError: Cannot specify ',' with 'n'.
3f1a36e2eb1c432d	< \u{23},	 0.0001
3f1a36e2eb1c432d	> 0_.15e	 1.000000000000000e-04
4023fd70a3d70a3d	<-13g	9.995\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
4005666666666666	 >+z\u{23}.9f	!ValueError: Invalid format specifier
4480f0cf064dd592	z011_e	!ValueError: Invalid format specifier
44b52d02c7e14af6	*^+_g	+1e+23
7ff0000000000000	q	!ValueError: Unknown format code 'q' for object of type 'float'
fff0000000000000	*<0e	-inf
7ff8000000000000	 z\u{23}019,.14%	!ValueError: Invalid format specifier
0000000000000001	=-z\u{23}0,.13	!ValueError: Invalid format specifier
0010000000000000	18E	     2.225074E-308
7fefffffffffffff	 \u{23}_.1G	 2.E+308
3fb999999999999a	*^+_e	+1.000000e-01
3fc999999999999a	012G	0000000000.2
3fd3333333333333	>019_g	00000000000000000.3
3fd3333333333334	< 0n	 0.3
4059000000000000	é=E	1.000000E+02
54b249ad2594c37d	< 5g	 1e+100
3e60000000000000	>z0n	!ValueError: Invalid format specifier
4318ab069c92298d	_E	1.735861E+15
3ff0000000000000	 >0_	1.0
bff0000000000000	-00	-1.0
4008000000000000	=z,G	!ValueError: Invalid format specifier
3fd5555555555555	*^\u{23}2.16g	0.3333333333333333
3fe5555555555555	 \u{23}n	 0.666667
405edd2f1a9fbe77	é> .17g	 123.456
3e7ad7f29abcaf48	é> \u{23}09_	éé 1.e-07
3e8421f5f40d8376	 11.20e	 1.49999999999999993212e-07
40c81cd6c8b43958	*<-0e	1.234568e+04
0000000000000001	 E	 4.940656E-324
4011666666666666	 ,g	 4.35
7e37e43c8800759c	<+9G	+1E+300\u{20}\u{20}
c05ec00000000000	<-_E	-1.230000E+02
62a0000000000002	09,.14G	1.1793632577567E+167
5d96cf7f265beda9	14,	6.953979603744903e+142
436577bc44a2ca00	0<0_.0	5e+16
4de45321ad915a36	^-	1.7123553371149197e+67
c0871b353f7ced91	é> z0,.20F	!ValueError: Invalid format specifier
bfb637dd5bae2d26	 6_.15n	!ValueError: Cannot specify '_' with 'n'.
158d003d9a0b2361	z0,.16g	!ValueError: Invalid format specifier
33f5f28807f0cbd4	> .12f	 0.000000000000
c1202dfc78d538ae	=+z,.12G	!ValueError: Invalid format specifier
c104bbec9db6ce18	*>.15%	-16985357.700882922858000%
765890e0f94855d0	0=-0	1.2086749044087354e+262
5d70000000000005	>+e	+1.219433e+142
412a94d8fda9d0e4	 =011	871020.4954362181
88311333b1b6d7e3	^-17,	  -3.2321e-269\u{20}\u{20}\u{20}
c10e02b8950a14e8	 z\u{23}.11e	!ValueError: Invalid format specifier
9c65a5dcf10f8ea0	*>0,e	-7.002100e-172
68b0000000000006	 >.16%	1868775676978053551676391565146783429823195882677833130734267026975197505987296159328841261350687651580592083533129779236440781563129948463691309513740796274347921468261048270794664028413694549426176.0000000000000000%
3020000000000000	é^\u{23}3G	6.90893E-77
412c04eb51ffd9ac	é=18_.11n	!ValueError: Cannot specify '_' with 'n'.
33f0000000000002	-02.1G	2E-58
ea394aba6a42ed19	-zG	!ValueError: Invalid format specifier
090bfdfc3187c5c6	0=+0,	+4.3406e-265
0000000000000af1	=\u{23}09.18g	1.38387787400133157e-320
40ba479eb851eb85	<-17_.0g	7e+03\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
c0ae821eb851eb85	^010_.15n	!ValueError: Cannot specify '_' with 'n'.
289a47d0522eff53	^-n	4.2687e-113
40f4816d7a51baf0	,.15f	83,990.842363100266084
c07df3c28f5c28f6	-0_.18F	-479.235000000000013642
412098232d966384	é^ ,.12%	 54,376,158.903799995780%
05f44492e1248cde	é^0_.13E	5.5828000000000E-280
412a7fd200000000	-03,.15g	868,329
8000000004279e60	< .1e	-3.4e-316
9e6024cdf6bd8eca	*>+0_G	-2.24273E-162
dbda118b3d0d125a	<+10.2F	-296056526796623333677855442297410330681609289713764686665158132392011288277546104737075916525051766440341953547773416474144069340102656.00
c0e077c800000000	> 0g	-33726.2
c12b8f5e92eee0f4	 8%	-90308728.697875%
7e3b9a592875a2d0	-z,.2g	!ValueError: Invalid format specifier
40a6848a3d70a3d7	+zg	!ValueError: Invalid format specifier
c12345c53e2d03b8	é=.3	-6.32e+05
5ef0000000000007	 <-15_	2.045869129935092e+149
dae36d40690893d5	=-,E	-6.733000E+129
67b0000000000000	é< \u{23}16,E	 2.851525E+191éé
4127cc0c2f823a0e	0_%	77_978_209.279043%
49a7a58cb216749a	^+03	+6.749933350342303e+46
3173f9f7b59ecf10	<19e	1.809002e-70\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
25c8e40952a69ac0	-_G	1.14908E-126
c062428f5c28f5c3	 >-z8.6f	!ValueError: Invalid format specifier
406f8795810624dd	> 0,G	 252.237
517f1efe987474ab	+\u{23}_.3f	+3_778_621_192_980_491_252_384_569_689_762_425_619_141_834_371_986_852_163_852_806_916_986_866_706_124_950_732_800.000
4128d65cd6a17304	^-0.9G	813870.419
0a8e9f78fecdeeb7	F	0.000000
c0e89e112732d3a0	z0_%	!ValueError: Invalid format specifier
2630000000000002	-.20	9.4545701046125976382e-125
6fa1f15587fd6cdf	 ^0e	5.440700e+229
bcd501afe3902ae9	4.13f	-0.0000000000000
0000000000000ba5	é=-.2F	0.00
c10f5961478ca63c	_e	-2.568122e+05
6c738235ffaf06a5	^z4_.20%	!ValueError: Invalid format specifier
01d03bab9fb2e4cd	 <-_.2g	6.1e-300
fa69b704d6ebf52a	+0_f	-466_778_775_202_687_014_242_210_282_102_524_198_100_725_172_059_311_978_462_823_309_972_524_844_782_101_388_960_738_337_419_560_484_547_704_591_224_359_048_884_933_923_357_467_315_027_286_050_794_326_549_326_953_288_474_399_694_352_448_733_936_335_221_730_492_427_842_869_230_643_661_464_925_469_232_029_095_830_832_274_408_941_398_879_745_293_008_487_890_378_088_465_301_504.000000
410173f13dc38c68	 11	 142974.15515813534
c1130adc62e050a0	^ .11G	-311991.09656
dcc28f65ddd54ebf	-\u{23}7.7g	-6.907000e+138
000000cf0fbc218a	z\u{23}	!ValueError: Invalid format specifier
70e96a3451bc0aa4	^,G	8.0808E+235
410b395ef2c80158	-z.6e	!ValueError: Invalid format specifier
477bbd87851be906	-.12e	2.304578041483e+36
a7ac12766b748647	*=z0F	!ValueError: Invalid format specifier
0045a9a2c9608b20	^-z,.16	!ValueError: Invalid format specifier
dbbf482a9281cdb5	<+0,G	-8.8816E+133
4163e669cc345283	<\u{23}0g	1.04334e+07
c108b0a000000000	=-020,.4g	-000,000,002.023e+05
7fbed9be4d999fdd	*>-z_.13F	!ValueError: Invalid format specifier
f0611ec6d6b5b8ce	-\u{23}0,n	!ValueError: Cannot specify ',' with 'n'.
c11a24fc78696342	>-7e	-4.283511e+05
0001e0d253af6946	-zn	!ValueError: Invalid format specifier
4119ab86d7145c08	0> 0	 420577.7100386028
2ab189a9412c657f	^+z\u{23},g	!ValueError: Invalid format specifier
40e8bed800000000	>_.2g	5.1e+04
4ea0000000000002	>+_e	+5.521397e+70
40280ccccccccccd	*^+019.20e	+1.20250000000000003553e+01
c103944800000000	^_.19%	-16_039_300.0000000000000000000%
7c20000000000001	é^ 0_.17F	 77_962_512_091_200_009_953_982_255_356_480_298_960_479_887_005_176_222_624_532_431_209_333_626_615_147_922_205_775_359_505_816_277_331_507_080_256_602_002_278_158_248_497_971_217_301_989_388_728_154_500_911_981_911_467_873_255_840_372_981_178_523_319_027_227_816_767_968_975_367_456_487_548_719_667_380_626_688_562_005_806_926_783_159_211_489_223_085_481_985_854_847_577_014_042_361_856.00000000000000000
3370000000000005	*^ 6.16n	 6.223015277861149e-61
c11cc90c85949e70	<-0f	-471619.130450
9fa97e0fa339fd96	0> \u{23}2f	-0.000000
000000003b27d16c	 \u{23}0.15E	 4.903429896569007E-315
0002deeeeb921de6	^13.0F	      0\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
40fa1ecc47127800	=0,.3g	1.07e+05
0000000004e566d2	+.19n	+4.058399976174230599e-316
00fb7addef5e4cb2	0<+14G	+6.26124E-3040
b1280dce01f54b1c	+G	-6.80702E-72
c092bd7ae147ae14	= \u{23}01F	-1199.370000
ec0cfbf8fad0fde2	 < 019e	-3.049224e+212\u{20}\u{20}\u{20}\u{20}\u{20}
521fce68169c7be3	-.3	3.95e+87
c0b0eddc28f5c28f	 <+z.12	!ValueError: Invalid format specifier
07ff0e992a22f697	*>019%	**********0.000000%
6c60000000000003	=0.20E	1.07727583263710761189E+214
5a475811dac9fc91	+.12s	!ValueError: Unknown format code 's' for object of type 'float'
99ea5086bc4d120a	*<-z\u{23}_G	!ValueError: Invalid format specifier
411c6ff7e2e12c50	é^ \u{23}%	 46591797.156209%
000001fb13040e5f	é>019.4%	éééééééééééé0.0000%
92a92da7edfd4d52	-.11f	-0.00000000000
411995f44d2c4120	<-F	419197.075364
c40e7518a73e7d78	1.19E	-7.0230000000000000000E+19
c08a5aeb851eb852	0^z0.14%	!ValueError: Invalid format specifier
c0e7fe86b45fe040	15g	       -49140.2
c128c073179464da	> 11_.20g	-811_065.5460540310014
0000003addc47a56	0>+_%	+0.000000%
b88d5d6d33d8c258	é<0e	-2.761466e-36
412afdb518802a3a	 zf	!ValueError: Invalid format specifier
411944173fbd26e0	<+013.11E	+4.13957812245E+05
c104434c00000000	> 010_%	-16_599_350.000000%
debb417ff54c0564	-\u{23}f	-21781999999999999139552753369858493542050839237869640262567342555856250902452250493790082781882494864738130866678952541221674179219146004311079649280.000000
000030a6ff5910c1	.13g	2.642945217128e-310
c10bd88fd001964c	_.14G	-228_113.97656553
1911794258630159	>_.10n	!ValueError: Cannot specify '_' with 'n'.
02512c34db9df445	*^019_F	*****0.000000******
13f0000000000005	<-\u{23}.2E	1.19E-212
0000002aceefa1b9	^-.18e	9.083912576498924689e-313
40e61f5666666666	 ^-,.13	45,306.7
c0e40c241e3c06c0	-_f	-41_057.128691
15e13b456d262b54	-\u{23}5f	0.000000
aa81a4d4020cfbd8	0=-\u{23}0F	-0.000000
4127270638ba5918	z,E	!ValueError: Invalid format specifier
c4ce1c3f57842e30	11.5e	-2.84384e+23
38b0000000000000	 z15,g	!ValueError: Invalid format specifier
16a0000000000001	 >z\u{23}.16F	!ValueError: Invalid format specifier
6e3775add8d50882	*=zg	!ValueError: Invalid format specifier
86937eed9647c19c	< .20F	-0.00000000000000000000
991bdcb953741eb4	g	-1.00055e-187
2e3b7361eebeff3b	=-_n	!ValueError: Cannot specify '_' with 'n'.
c0aa0ac28f5c28f6	-	-3333.38
4100beb800000000	0>\u{23}0E	1.371750E+05
2000000000000001	=-z09n	!ValueError: Invalid format specifier
4b8317a6c32f5c12	=\u{23}0,.9F	58,518,000,000,000,003,069,930,087,533,354,342,459,715,067,816,821,391,360.000000000
5ae23e68ef784b90	é>-\u{23}G	6.32300E+129
426d05cb21500000	>-0.14G	997210000000
eb5c143966832c9f	 ^3,.7	-1.442377e+209
c13927b92796d7e4	=\u{23}_e	-1.648569e+06
6438065b205a68b3	-7	5.942070349171297e+174
000000001215fcf0	*>+\u{23}6,.8	+1.4991478e-315
4333942264e48800	0.12%	551090000000000000.000000000000%
9482969d71efab64	0^ 0.12e	-7.067627251052e-210
c0fc85e800000000	>20_%	 -11_683_050.000000%
40ec398666666666	>+z0.2f	!ValueError: Invalid format specifier
0000000000000002	15E	  9.881313E-324
000000000a18f2b1	 ^ f	 0.000000
3f3c0af881867d5d	14,F	      0.000428
c10766160baaece0	 =-6.13e	-1.9168275569711e+05
6531f3f3cfe45981	=,.9f	291,000,000,000,000,009,140,969,707,645,581,481,765,955,214,040,969,658,104,686,512,889,948,978,374,305,640,185,090,734,065,613,152,991,376,553,818,441,160,650,941,512,727,305,031,437,252,168,035,180,990,019,558,291,349,472,891,786,756,096.000000000
4129ca58c7096362	<-z1	!ValueError: Invalid format specifier
4127f451e816d250	 	 784936.9532991145
00000390ec0cb761	*^z5,G	!ValueError: Invalid format specifier
c111b22c00000000	-\u{23}0_%	-28_993_100.000000%
3be0000000000002	>z0_.19g	!ValueError: Invalid format specifier
84140b4e310a9f25	 z\u{23}17.1G	!ValueError: Invalid format specifier
410c25e6f4f4b5d8	< 016_	 230_588.8696073729
5710e53c50a4088f	0>+0,E	+2.539500E+111
869e83d4a151805f	*>+0.17	-8.6070999999999996e-277
8270c1eb2c7aa1a3	17.19g	-6.405799999999999837e-297
4fb23c77128a1756	 zn	!ValueError: Invalid format specifier
ab0e238baccffddc	 > 0F	-0.000000
6ee0000000000000	+0f	+11844773043065711480323635013294239465766037117894719018089691452225120183459296312949206610325977157215024800850914559983608856537741198665193842125253152001987113769690322155382272992184436377145866387891513586051123404341248.000000
5bfb4ecfe3d8dbae	-0.12%	124052561695679554776339714029294651829777464981463356492264973360275091512037707106792069243462388318356291643662162179835469009663295488.000000000000%
9da399a24df97c33	é^z\u{23}g	!ValueError: Invalid format specifier
c1271f92979ad43f	 \u{23}0,.10F	-757,705.2961031272
412d375c9da0f374	0^+13e	+9.573583e+05
c02048525e17b616	*^\u{23},G	-8.14125
04c0000000000003	+013,	+8.40609136905908e-286
c0e5daaa20ccd9c0	^ z,.15n	!ValueError: Invalid format specifier
0564d3c9c65a9589	 =-,g	1.12049e-282
00000207d345bbf4	\u{23}3,e	1.103067e-311
c0e53da3a0eecf00	 	-43501.11339512281
a0424c89b556f1d8	=z\u{23}0_.17G	!ValueError: Invalid format specifier
8c08365a8346d17e	*=+\u{23}g	-1.05679e-250
34ae032c5c3505ed	= \u{23}.14e	 6.12000060366691e-55
5dc6443e25e265c4	*=_E	5.430519E+143
052ca115d0e4831e	>-18E	     9.626400E-284
c317e6321757eae4	é>+019,%	-168,175,681,968,402,496.000000%
411672970144c990	*^-n	367782
40801bcac083126f	 020	 000000000000515.474
9e7b81af525f18d6	 = z\u{23}0_g	!ValueError: Invalid format specifier
476826bc43a86998	-z,E	!ValueError: Invalid format specifier
000000000e46e8b9	>-0.3d	!ValueError: Unknown format code 'd' for object of type 'float'
411cabda95d3c304	0=8n	00469751
893f046e730f20d7	 ^\u{23}0,	-3.8477597810445287e-264
c0549034d3a2f242	^+z%	!ValueError: Invalid format specifier
172af1524f36990d	 ^+6E	+4.505400E-197
03a683537252a8bb	 =-z.10%	!ValueError: Invalid format specifier
c105144d5e501d0c	^-0.0F	-172682
e1903628a31ce20c	0>20.18e	-9.116800000000000745e+161
c114840dc4e43e40	0,.0n	!ValueError: Cannot specify ',' with 'n'.
304c834ddc741730	^17,	4.924845385313297e-76
7b20000000000003	0>+0F	+1189613526782227242680246702017789976614685536102425345515606541635035717669387038846988486684214292097722810517936220451956158082128942889754003718910221576434844366767333261734175126375064442593467871265542729301203561282284910292568118279621534724004984234918029864566883625658744832.000000
c0f224a800000000	-\u{23}0F	-74314.500000
6dc0000000000005	é=0f	45184223339331530115750842606460600159609772942414790702587884941710544315954414309614533817398195043111288050926371106876491535123006749014947767581034888540359651181764400647893718007262923646184009928506114060532580352.000000
4114dd1c82661e88	0^ 0.11e	 3.41831127343e+05
32ed8c9af904c796	*<\u{23}0	2.2446944589665563e-63
cbba33fd20e33134	+,	-6.42497681139857e+56
00000000001de6c0	^+0E	+9.681789E-318
c116155600000000	> %	-36181350.000000%
4123863a8d69aadc	>-\u{23}0.3n	6.40e+05
0000001d7b06db77	+0,%	+0.000000%
4f65a07609067128	=0.15G	3.0569E+74
2a90000000000000	+\u{23},F	+0.000000
eb6ec3547507ad92	é=0g	-3.1605e+209
412d14927c11275c	<4	952905.2423183727
84c6981411d99beb	-e	-1.187048e-285
c1299468103d947e	 ^\u{23}020.9e	  -8.381960317e+05\u{20}\u{20}
dfd7665d15f7e024	+0_.8	-4.9022e+153
3ad2f08ab7e1532c	< \u{23}5f	 0.000000
40c8b9df77065080	é>+0	+12659.745819844538
6ec2ef3d4cc1f367	-e	3.504300e+225
c12a15478badaca9	é<.5	-8.5469e+05
22cc6116dd439ee9	=\u{23}0g	4.65450e-141
40b8224000000000	+.9	+6178.25
c7ec6623487452e7	<011_%	-30_198_971_029_050_005_427_708_747_146_437_821_726_720.000000%
7270000000000005	0=-0.8e	1.70701169e+243
46d5246ccb3fef4f	<10%	171526594248849704335388672874512384.000000%
661becc94a28f32d	^\u{23}_g	7.41600e+183
ad3cb8a610c356bd	+17n	     -8.81222e-91
c115122277c03096	5,%	-34,522,461.694408%
c0e096c2ea7f2090	 e	-3.397409e+04
0000000000000025	-14	     1.83e-322
8c5a394f1bc1e3b0	=+%	-0.000000%
ff79cdb80671813f	 =-,F	-1,132,493,536,420,073,049,359,822,932,477,754,302,863,052,780,933,588,337,905,323,145,950,139,298,163,196,276,860,840,316,127,733,572,482,348,240,914,995,044,408,852,183,802,724,487,157,691,647,623,481,299,225,043,857,420,183,277,207,405,029,100,347,567,834,247,276,362,148,717,869,384,493,406,126,304,807,982,867,359,920,556,020,822,837,145,015,698,834,236,056,918,468,112,753,785,992,684,356,801,732,280,320.000000
40d4019b8ebdf9e0	^-15g	    20486.4\u{20}\u{20}\u{20}\u{20}
0000000000000019	 	 1.24e-322
d3adb57befee29dd	-019.12f	-123941158318687359122837435689829375834298298410713476347907698518359470638971912508145429118976.000000000000
8708d94e1425bd9c	<\u{23}9E	-8.971400E-275
c127147251d89c10	 \u{23}_g	-756_281.
e1c5bc2ef1f1e173	 < g	-9.77843e+162
c12d6842b0fd7bbb	\u{23}g	-963617.
c0f1d488685717c8	0> 	-73032.52547368326
f96c599c9109c49f	 17.3f	-7852352534740102610838380740812905205445266324549909360675308896841415722756283466421542032822500433322812418085146691737302872323799343449568370257851402389142920125473547930874277442600841340390675195113053355424484581507184310495859924327524765523198364875318868785533812736.000
0280000000000006	^-.4F	0.0000
752c68e7a539323c	< .12e	 2.666086702501e+256
9b943d9f699194a3	 ^+z11	!ValueError: Invalid format specifier
f26abe5027e1f769	0>-g	-1.4266e+243
00000000000bd849	é=.16g	3.835258685689552e-318
8d246a8501aec205	*>.17	-2.3359640620004784e-245
ad3810679514bbc6	=+0_E	-7.383301E-91
04aeaaa9a93b8456	0^ \u{23},g	 4.02792e-286
000000000000182e	+z\u{23},e	!ValueError: Invalid format specifier
b7554b164d05745b	é<zF	!ValueError: Invalid format specifier
bca071bc4967b0f8	 =-2_%	-0.000000%
0000011b974d06db	*>-G	6.01779E-312
0eb56bc37154639a	=0_E	8.223983E-238
c38f2c08d35a2e70	0^_g	-2.80773e+17
0000001e2866bd27	=-%	0.000000%
c1208d059c666c0c	0= 02	-542338.8054689183
0000000000076772	g	2.39737e-318
"#;

    const FORMAT_INT: &str = r#"
1	010,	00,000,001
1234	010,	00,001,234
1234	0=10,	00,001,234
1234	x=10,	xxxxx1,234
-1234	011,	-00,001,234
12345678	_x	bc_614e
12345678	\u{23}_x	0xbc_614e
12345678	\u{23}012_x	0x0_00bc_614e
255	\u{23}X	0XFF
-255	\u{23}010X	-0X00000FF
65	c	A
65	>5c	    A
65	05c	0000A
128512	c	😀
1	z	!ValueError: Unknown format code 'z' for object of type 'int'
1	z.2	!ValueError: Invalid format specifier
1	.2	!ValueError: Precision not allowed in integer format specifier
1	xyz	!ValueError: Invalid format specifier
1	,x	!ValueError: Cannot specify ',' with 'x'.
1	_x	1
1	,,	!ValueError: Cannot specify both ',' and '_'.
-1	c	!OverflowError: %c arg not in range(0x110000)
1	+c	!ValueError: Sign not allowed with integer format specifier 'c'
1	\u{23}c	!ValueError: Alternate form (\u{23}) not allowed with integer format specifier 'c'
18446744073709551616	c	!OverflowError: Python int too large to convert to C long
1	q	!ValueError: Unknown format code 'q' for object of type 'int'
1	\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'
1	é	!ValueError: Unknown format code '\\xe9' for object of type 'int'
10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	e	!OverflowError: int too large to convert to float
18446744073709551616	,	18,446,744,073,709,551,616
123	١٠	       123
12	.3%	1200.000%
1234567	n	1234567
0	\u{23}b	0b0
0	+d	+0
1000000000000000000000000000000	_	1_000_000_000_000_000_000_000_000_000_000
7	 	 7
-7	 05	-0007
255	^\u{23}12_b	0b1111_1111\u{20}
3	\u{7f}	!ValueError: Unknown format code '\u{7f}' for object of type 'int'
11594826564684291982	 =-04e	1.159483e+19
100000000000000000000	>4_X	5_6BC7_5E2D_6310_0000
226277737037433575107039639466872	0>+d	+226277737037433575107039639466872
83588	+12.4c	!ValueError: Precision not allowed in integer format specifier
18024801111969917341	é<20_%	1_802_480_111_196_991_651_840.000000%
-9582405419300089062330902837718049	é<0,f	-9,582,405,419,300,088,969,451,688,083,587,072.000000
16914969709683805928	 >+_e	+1.691497e+19
13228620722307083887	*>+18,b	!ValueError: Cannot specify ',' with 'b'.
-6501318609658229327	 = \u{23}0x	-0x5a3952d47c50b24f
18495117532228811544932626	é^+.8	!ValueError: Precision not allowed in integer format specifier
-710455978880504406530	 ^.1n	!ValueError: Precision not allowed in integer format specifier
65875329554169976202769235512415617	>-\u{23}5_e	6.587533e+34
-867756742618386808750093992071046474640	*=+\u{23}17,c	!ValueError: Cannot specify ',' with 'c'.
66	-_d	66
6	*^-\u{23}n	6
17964379277262208502	é>z_x	!ValueError: Invalid format specifier
19425787576371891130	 ^+\u{23}n	+19425787576371891130
-6056783910460939876	11o	-520160116013024657144
-21	*^ z16.13d	!ValueError: Invalid format specifier
1190268301441547785	<010_x	1084_aeb6_bed4_be09
9223372036854775807	0^+_e	+9.223372e+18
926995	+z\u{23}18,c	!ValueError: Invalid format specifier
73	 ,d	 73
10509542111028185890	<\u{23}d	10509542111028185890
1114112	<7_%	111_411_200.000000%
-10881337785811867170	-zg	!ValueError: Invalid format specifier
12865301386470224670	>\u{23}01f	12865301386470223872.000000
-26814638064095165110119615	= 0d	-26814638064095165110119615
9223372036854775807	+x	+7fffffffffffffff
17636730595847069887805143996238755835	-010_x	d44_b5f4_3529_8108_e4c5_8faa_4475_77fb
-64	 ^_.1f	-64.0
94	é<14_d	94éééééééééééé
21030863893989346036774758518087689	z0b	!ValueError: Invalid format specifier
35	z19f	!ValueError: Invalid format specifier
-61036988996	< n	-61036988996
-14	+,.11f	-14.00000000000
77990662687718268300065128318319808	\u{23}_	77_990_662_687_718_268_300_065_128_318_319_808
395144	 ^+0c	!ValueError: Sign not allowed with integer format specifier 'c'
-4031373097489088496	 ,.7o	!ValueError: Cannot specify ',' with 'o'.
-14	é=n	-14
-27	>z\u{23}16_.15d	!ValueError: Invalid format specifier
-1	*<e	-1.000000e+00
-5506242137313562273	é>,f	-5,506,242,137,313,562,624.000000
-5509963931778469718	-.16n	!ValueError: Precision not allowed in integer format specifier
-53	=-.17x	!ValueError: Precision not allowed in integer format specifier
5396763761324724539	 <+z3	!ValueError: Invalid format specifier
83	*^,o	!ValueError: Cannot specify ',' with 'o'.
0	=012.13e	0.0000000000000e+00
17803386335192601287	+z\u{23}0,.1d	!ValueError: Invalid format specifier
73156455671533903939010884	é< \u{23}_e	 7.315646e+25
9223372036854775807	\u{23}5,.16X	!ValueError: Cannot specify ',' with 'X'.
-41	 _X	-29
15654421702289102351325852029394	<+g	+1.56544e+31
-2639576758537279792	 z0.18b	!ValueError: Invalid format specifier
-94	0<19d	-940000000000000000
18285961791443437103	*>_.1	!ValueError: Precision not allowed in integer format specifier
9007199254740992	0^ 9x	 20000000000000
47	<+\u{23}07,n	!ValueError: Cannot specify ',' with 'n'.
91	=-.16x	!ValueError: Precision not allowed in integer format specifier
96	=-13_.12g	           96
9223372036854775807	 d	 9223372036854775807
8912282735464858158	= 07%	 891228273546485825536.000000%
-51	 z0b	!ValueError: Invalid format specifier
-6	é<-0e	-6.000000e+00
-100000000000000000000	 12d	-100000000000000000000
-8506	é^-z%	!ValueError: Invalid format specifier
-14846099388998748586	>-s	!ValueError: Unknown format code 's' for object of type 'int'
100000000000000000000	=+,.16n	!ValueError: Cannot specify ',' with 'n'.
65	+0_b	+100_0001
9223372036854775807	*>-0x	7fffffffffffffff
-99	>0.18x	!ValueError: Precision not allowed in integer format specifier
8	-\u{23}8.8x	!ValueError: Precision not allowed in integer format specifier
38	 0%	 3800.000000%
1045649437887378134	\u{23}x	0xe82e49fa8dd32d6
110040	,.4c	!ValueError: Cannot specify ',' with 'c'.
9007199254740992	<+\u{23}d	+9007199254740992
15960383532627817759	é>-z0.11f	!ValueError: Invalid format specifier
-24	é<0,b	!ValueError: Cannot specify ',' with 'b'.
-148517374740084552782198	 =z4d	!ValueError: Invalid format specifier
15486332711839794251	+,.14b	!ValueError: Cannot specify ',' with 'b'.
99	 .9o	!ValueError: Precision not allowed in integer format specifier
6880811399316530073206232552714545	é= 14_e	 é6.880811e+33
-2388043	-010.7x	!ValueError: Precision not allowed in integer format specifier
11456866006225266716	=z\u{23}_	!ValueError: Invalid format specifier
4	0=-z.2x	!ValueError: Invalid format specifier
100000000000000000000	^+z12d	!ValueError: Invalid format specifier
-5962517661160674044	0>+19n	-5962517661160674044
97	*<z17_.2e	!ValueError: Invalid format specifier
-8833695676795946071833	^ 15f	-8833695676795946270720.000000
8	0^,d	8
-34	=\u{23}.11X	!ValueError: Precision not allowed in integer format specifier
-1	<0d	-1
94	>+z\u{23}13_e	!ValueError: Invalid format specifier
-9386097828636737588	^0_d	-9_386_097_828_636_737_588
18446744073709551616	 <n	18446744073709551616
-2521490553429680101162935148665464	=z\u{23}d	!ValueError: Invalid format specifier
60428424	.13s	!ValueError: Unknown format code 's' for object of type 'int'
3017947222608564324518644305510057619	^ ,%	 301,794,722,260,856,447,889,782,011,932,190,965,760.000000%
1003008542650542352585	é>z18,.8b	!ValueError: Invalid format specifier
-693885595877259688355497	-0,.1x	!ValueError: Cannot specify ',' with 'x'.
3709425564	<zc	!ValueError: Invalid format specifier
-74	-0.13d	!ValueError: Precision not allowed in integer format specifier
-78	-.11g	-78
81	-\u{23}4.16x	!ValueError: Precision not allowed in integer format specifier
-594581902703127	0,x	!ValueError: Cannot specify ',' with 'x'.
-85373812863969798442833036208530133956	>+0b	-1000000001110100110010111110100110001001100011000010111100000110110001010010100110000001010110100011000111000100001001111000100
-1566287496926744764231767329228759083	é^+\u{23}11,d	-1,566,287,496,926,744,764,231,767,329,228,759,083
18446744073709551616	^ \u{23}19_c	!ValueError: Cannot specify '_' with 'c'.
3816641445866068879	= n	 3816641445866068879
100000000000000000000	<+\u{23}f	+100000000000000000000.000000
65	+z\u{23}10.19	!ValueError: Invalid format specifier
4587601050580030840	 = zf	!ValueError: Invalid format specifier
-15568183123990155212	*>z0,x	!ValueError: Invalid format specifier
-505943477795017965606556	\u{23}.4%	-50594347779501792608387072.0000%
-15	0.3g	-15
9143216547959099626067279164005867	0s	!ValueError: Unknown format code 's' for object of type 'int'
9223372036854775807	z,.6%	!ValueError: Invalid format specifier
7204374304404669119	é^-z0,.13x	!ValueError: Invalid format specifier
-13814984048613281522	<-0.1d	!ValueError: Precision not allowed in integer format specifier
8668132465404303556	0^\u{23}0X	0X784B648D327458C4
-9434956463117117568	03.9x	!ValueError: Precision not allowed in integer format specifier
81	<o	121
9223372036854775808	0<-11,X	!ValueError: Cannot specify ',' with 'X'.
-7	*^x	-7
-9218951617206225044	-z\u{23}3.12X	!ValueError: Invalid format specifier
786864211974802567141201014145839289	0>z0,	!ValueError: Invalid format specifier
9223372036854775807	^-z\u{23}018.6%	!ValueError: Invalid format specifier
8219357603102725594	 z,e	!ValueError: Invalid format specifier
-3315667088051	=n	-3315667088051
9223372036854775807	 z\u{23}18g	!ValueError: Invalid format specifier
19221820530461269621936576	\u{23}0f	19221820530461268978434048.000000
-94976792338854332037467	5n	-94976792338854332037467
-30	,.8X	!ValueError: Cannot specify ',' with 'X'.
671910348224647648	=-11d	671910348224647648
9223372036854775807	-0_.11d	!ValueError: Precision not allowed in integer format specifier
-317461888544312115	z0x	!ValueError: Invalid format specifier
2906159199735506704	é>-0%	290615919973550686208.000000%
58	-012f	00058.000000
43	+,.18g	+43
-77	 0.16x	!ValueError: Precision not allowed in integer format specifier
-10415266707193548592	<+0,.6n	!ValueError: Cannot specify ',' with 'n'.
-81	é< \u{23}14x	-0x51ééééééééé
314215593827288255	>+z0,.4e	!ValueError: Invalid format specifier
48850877820551851	\u{23},	48,850,877,820,551,851
-16369125056092692469	\u{23}5,.8e	-1.63691251e+19
-86468154145405688347178520	é=+0_.20x	!ValueError: Precision not allowed in integer format specifier
1	n	1
7774640303223830691	\u{23}0.0d	!ValueError: Precision not allowed in integer format specifier
2103248498413965558	0>6x	1d303d5da65690f6
-9756889157748629615	^-z016_f	!ValueError: Invalid format specifier
979554342549492977070618965977239209	=-z%	!ValueError: Invalid format specifier
875530	 ^\u{23}0c	!ValueError: Alternate form (\u{23}) not allowed with integer format specifier 'c'
15	=z.3d	!ValueError: Invalid format specifier
58	^z.11e	!ValueError: Invalid format specifier
62603909725340780972	*>+\u{23}d	+62603909725340780972
-27	 0%	-2700.000000%
93	-0X	5D
2845627409214125386	<+_X	+277D_B30D_4952_B54A
99	\u{23}0,e	9.900000e+01
-12	^17.6g	       -12\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
-76076300628	é^ 0.13x	!ValueError: Precision not allowed in integer format specifier
428965	=\u{23}07c	!ValueError: Alternate form (\u{23}) not allowed with integer format specifier 'c'
-721840540172084496133941483073813133384	0< z\u{23}.7q	!ValueError: Invalid format specifier
-100000000000000000000	>0.10b	!ValueError: Precision not allowed in integer format specifier
255	 =-z_.10d	!ValueError: Invalid format specifier
118977034548660835785665714367364018465	=\u{23}0.5b	!ValueError: Precision not allowed in integer format specifier
9007199254740992	>z0,.8x	!ValueError: Invalid format specifier
-12298115678623543842	-6b	-1010101010101011101011110000110100101111000001001011001000100010
-8247895767722993503751012	^-0.16d	!ValueError: Precision not allowed in integer format specifier
6278205039651019781	+\u{23}0.4d	!ValueError: Precision not allowed in integer format specifier
8512898934962919843	é>+05_x	+7623_e47a_6344_19a3
1114112	-0b	100010000000000000000
-18166201221516846118	=7X	-FC1B4FC326C76426
100000000000000000000	 0.5n	!ValueError: Precision not allowed in integer format specifier
-27	<+z,d	!ValueError: Invalid format specifier
9223372036854775808	 0_.2x	!ValueError: Precision not allowed in integer format specifier
9007199254740992	>04,b	!ValueError: Cannot specify ',' with 'b'.
-16721168592196320997	 z,f	!ValueError: Invalid format specifier
-39255344903803	é>-zn	!ValueError: Invalid format specifier
1	 >+\u{23}.17x	!ValueError: Precision not allowed in integer format specifier
-16518004757998826970	<_o	-16_2473_5734_7656_5667_2732
-5192405438103150815	 ^+1f	-5192405438103150592.000000
1114112	>1,x	!ValueError: Cannot specify ',' with 'x'.
65	<\u{23}_	65
-3955939450205232446732360554925077313683	 <0,d	-3,955,939,450,205,232,446,732,360,554,925,077,313,683
93	*<+z\u{23}0.19%	!ValueError: Invalid format specifier
-340960298641124700	é=x	-4bb5595cb03ed5c
-9411110672904785512	= \u{23}.13d	!ValueError: Precision not allowed in integer format specifier
-96	*^-b	-1100000
100000000000000000000	-z14f	!ValueError: Invalid format specifier
-3444226959349695894	0=.18g	-3.444226959349696e+18
4409685484127661073	<z017.12f	!ValueError: Invalid format specifier
-10784356679285933995	0=\u{23}.12n	!ValueError: Precision not allowed in integer format specifier
11547	 0,c	!ValueError: Cannot specify ',' with 'c'.
-5737351458156726222	-,c	!ValueError: Cannot specify ',' with 'c'.
1090913	<+z7.1c	!ValueError: Invalid format specifier
-85	\u{23}0,%	-8,500.000000%
250781398240080639021239901036	+0x	+32a5182b78ada5b3eff8a1b6c
18446744073709551616	*^-0.1	!ValueError: Precision not allowed in integer format specifier
2609295705110330965315396295492219	 \u{23}0d	 2609295705110330965315396295492219
-8113518020733171327	*^+17o	-702310032342041773177
1114112	> 7,.11%	 111,411,200.00000000000%
9007199254740992	 ,.19e	 9.0071992547409920000e+15
-100000000000000000000	^-18_c	!ValueError: Cannot specify '_' with 'c'.
57	.11	!ValueError: Precision not allowed in integer format specifier
6495690040503532148	 =z\u{23}d	!ValueError: Invalid format specifier
-3123106175007677445891134474619318	=+zg	!ValueError: Invalid format specifier
318596950656834959237056790965365876343	 =015.11d	!ValueError: Precision not allowed in integer format specifier
239366	+10.17c	!ValueError: Precision not allowed in integer format specifier
5277377951779506419	 \u{23}0_.9	!ValueError: Precision not allowed in integer format specifier
3117219057412002113	0<-\u{23}0b	0b10101101000010100101100011011110001100000111101101000101000001
18166778879597791527	0^+z0o	!ValueError: Invalid format specifier
14696014930844236425	*< 19,.17e	 1.46960149308442358e+19
1	z0_d	!ValueError: Invalid format specifier
-915809083543952146017378760	>+\u{23}17.20x	!ValueError: Precision not allowed in integer format specifier
65	-17,x	!ValueError: Cannot specify ',' with 'x'.
47	*^+z.8c	!ValueError: Invalid format specifier
-100000000000000000000	>-.17	!ValueError: Precision not allowed in integer format specifier
-6259438844498845216591528750	=,d	-6,259,438,844,498,845,216,591,528,750
-14	 =-014	-           14
"#;

    const FORMAT_STR: &str = r#"
		
	5	\u{20}\u{20}\u{20}\u{20}\u{20}
	<5	\u{20}\u{20}\u{20}\u{20}\u{20}
	>5	\u{20}\u{20}\u{20}\u{20}\u{20}
	^5	\u{20}\u{20}\u{20}\u{20}\u{20}
	^6	\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
	*^7	*******
	05	!ValueError: '=' alignment not allowed in string format specifier
	.2	
	10.1	\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
	s	
	d	!ValueError: Unknown format code 'd' for object of type 'str'
	+	!ValueError: Sign not allowed in string format specifier
	 	!ValueError: Sign not allowed in string format specifier
	\u{23}	!ValueError: Alternate form (\u{23}) not allowed in string format specifier
	z	!ValueError: Unknown format code 'z' for object of type 'str'
	=5	!ValueError: '=' alignment not allowed in string format specifier
	,	!ValueError: Cannot specify ',' with 's'.
	_	!ValueError: Cannot specify '_' with 's'.
	xyz	!ValueError: Invalid format specifier
	.0	
	é>4	éééé
a		a
a	5	a\u{20}\u{20}\u{20}\u{20}
a	<5	a\u{20}\u{20}\u{20}\u{20}
a	>5	    a
a	^5	  a\u{20}\u{20}
a	^6	  a\u{20}\u{20}\u{20}
a	*^7	***a***
a	05	!ValueError: '=' alignment not allowed in string format specifier
a	.2	a
a	10.1	a\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
a	s	a
a	d	!ValueError: Unknown format code 'd' for object of type 'str'
a	+	!ValueError: Sign not allowed in string format specifier
a	 	!ValueError: Sign not allowed in string format specifier
a	\u{23}	!ValueError: Alternate form (\u{23}) not allowed in string format specifier
a	z	!ValueError: Unknown format code 'z' for object of type 'str'
a	=5	!ValueError: '=' alignment not allowed in string format specifier
a	,	!ValueError: Cannot specify ',' with 's'.
a	_	!ValueError: Cannot specify '_' with 's'.
a	xyz	!ValueError: Invalid format specifier
a	.0	
a	é>4	éééa
abc		abc
abc	5	abc\u{20}\u{20}
abc	<5	abc\u{20}\u{20}
abc	>5	  abc
abc	^5	 abc\u{20}
abc	^6	 abc\u{20}\u{20}
abc	*^7	**abc**
abc	05	!ValueError: '=' alignment not allowed in string format specifier
abc	.2	ab
abc	10.1	a\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
abc	s	abc
abc	d	!ValueError: Unknown format code 'd' for object of type 'str'
abc	+	!ValueError: Sign not allowed in string format specifier
abc	 	!ValueError: Sign not allowed in string format specifier
abc	\u{23}	!ValueError: Alternate form (\u{23}) not allowed in string format specifier
abc	z	!ValueError: Unknown format code 'z' for object of type 'str'
abc	=5	!ValueError: '=' alignment not allowed in string format specifier
abc	,	!ValueError: Cannot specify ',' with 's'.
abc	_	!ValueError: Cannot specify '_' with 's'.
abc	xyz	!ValueError: Invalid format specifier
abc	.0	
abc	é>4	éabc
héllo		héllo
héllo	5	héllo
héllo	<5	héllo
héllo	>5	héllo
héllo	^5	héllo
héllo	^6	héllo\u{20}
héllo	*^7	*héllo*
héllo	05	!ValueError: '=' alignment not allowed in string format specifier
héllo	.2	hé
héllo	10.1	h\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
héllo	s	héllo
héllo	d	!ValueError: Unknown format code 'd' for object of type 'str'
héllo	+	!ValueError: Sign not allowed in string format specifier
héllo	 	!ValueError: Sign not allowed in string format specifier
héllo	\u{23}	!ValueError: Alternate form (\u{23}) not allowed in string format specifier
héllo	z	!ValueError: Unknown format code 'z' for object of type 'str'
héllo	=5	!ValueError: '=' alignment not allowed in string format specifier
héllo	,	!ValueError: Cannot specify ',' with 's'.
héllo	_	!ValueError: Cannot specify '_' with 's'.
héllo	xyz	!ValueError: Invalid format specifier
héllo	.0	
héllo	é>4	héllo
日本語		日本語
日本語	5	日本語\u{20}\u{20}
日本語	<5	日本語\u{20}\u{20}
日本語	>5	  日本語
日本語	^5	 日本語\u{20}
日本語	^6	 日本語\u{20}\u{20}
日本語	*^7	**日本語**
日本語	05	!ValueError: '=' alignment not allowed in string format specifier
日本語	.2	日本
日本語	10.1	日\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
日本語	s	日本語
日本語	d	!ValueError: Unknown format code 'd' for object of type 'str'
日本語	+	!ValueError: Sign not allowed in string format specifier
日本語	 	!ValueError: Sign not allowed in string format specifier
日本語	\u{23}	!ValueError: Alternate form (\u{23}) not allowed in string format specifier
日本語	z	!ValueError: Unknown format code 'z' for object of type 'str'
日本語	=5	!ValueError: '=' alignment not allowed in string format specifier
日本語	,	!ValueError: Cannot specify ',' with 's'.
日本語	_	!ValueError: Cannot specify '_' with 's'.
日本語	xyz	!ValueError: Invalid format specifier
日本語	.0	
日本語	é>4	é日本語
xxxxxxxxxxxx		xxxxxxxxxxxx
xxxxxxxxxxxx	5	xxxxxxxxxxxx
xxxxxxxxxxxx	<5	xxxxxxxxxxxx
xxxxxxxxxxxx	>5	xxxxxxxxxxxx
xxxxxxxxxxxx	^5	xxxxxxxxxxxx
xxxxxxxxxxxx	^6	xxxxxxxxxxxx
xxxxxxxxxxxx	*^7	xxxxxxxxxxxx
xxxxxxxxxxxx	05	!ValueError: '=' alignment not allowed in string format specifier
xxxxxxxxxxxx	.2	xx
xxxxxxxxxxxx	10.1	x\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
xxxxxxxxxxxx	s	xxxxxxxxxxxx
xxxxxxxxxxxx	d	!ValueError: Unknown format code 'd' for object of type 'str'
xxxxxxxxxxxx	+	!ValueError: Sign not allowed in string format specifier
xxxxxxxxxxxx	 	!ValueError: Sign not allowed in string format specifier
xxxxxxxxxxxx	\u{23}	!ValueError: Alternate form (\u{23}) not allowed in string format specifier
xxxxxxxxxxxx	z	!ValueError: Unknown format code 'z' for object of type 'str'
xxxxxxxxxxxx	=5	!ValueError: '=' alignment not allowed in string format specifier
xxxxxxxxxxxx	,	!ValueError: Cannot specify ',' with 's'.
xxxxxxxxxxxx	_	!ValueError: Cannot specify '_' with 's'.
xxxxxxxxxxxx	xyz	!ValueError: Invalid format specifier
xxxxxxxxxxxx	.0	
xxxxxxxxxxxx	é>4	xxxxxxxxxxxx
"#;

    const PERCENT: &str = r#"
%d	T	f:400feb851eb851ec	3
%5%	T		!TypeError: not enough arguments for format string
%ld	T	i:5	5
%d	T	s:a	!TypeError: %d format: a number is required, not str
%x	T	f:3ff8000000000000	!TypeError: %x format: an integer is required, not float
%f	T	s:a	!TypeError: must be real number, not str
%c	T	s:ab	!TypeError: %c requires int or char
%c	T	f:3ff8000000000000	!TypeError: %c requires int or char
%c	T	i:-1	!OverflowError: %c arg not in range(0x110000)
%y	T	i:1	!ValueError: unsupported format character 'y' (0x79) at index 1
%	T		!ValueError: incomplete format
%s %s	T	i:1	!TypeError: not enough arguments for format string
%s	T	i:1\u{7c}i:2	!TypeError: not all arguments converted during string formatting
abc	T		abc
abc	T	i:5	!TypeError: not all arguments converted during string formatting
%*d	T	s:a\u{7c}i:1	!TypeError: * wants int
%.*f	T	s:a\u{7c}i:1	!TypeError: * wants int
%05s	T	s:ab	   ab
%-05d	T	i:3	3\u{20}\u{20}\u{20}\u{20}
%\u{23}x	T	i:255	0xff
%\u{23}X	T	i:255	0XFF
%\u{23}o	T	i:8	0o10
%+.3e	T	f:3ff8000000000000	+1.500e+00
% d	T	i:5	 5
%-+ 8.2f\u{7c}	T	f:400921f9f01b866e	+3.14   \u{7c}
%x	T	i:-255	-ff
%\u{23}5x	T	i:-255	-0xff
%\u{23}08x	T	i:-255	-0x000ff
%é	T	i:1	!ValueError: unsupported format character '?' (0xe9) at index 1
%*.*f	T	i:8\u{7c}i:2\u{7c}f:400921f9f01b866e	    3.14
%-*d\u{7c}	T	i:-5\u{7c}i:3	3    \u{7c}
%*d\u{7c}	T	i:-5\u{7c}i:3	3    \u{7c}
%.*s	T	i:-2\u{7c}s:abc	
%5c\u{7c}	T	s:x	    x\u{7c}
%-5c\u{7c}	T	i:65	A    \u{7c}
%r	T	s:a	'a'
%a	T	s:é	'\\xe9'
%.2r	T	s:abc	'a
%5.1s\u{7c}	T	s:abc	    a\u{7c}
%05d	T	i:-3	-0003
%+05d	T	i:3	+0003
%\u{23}.3x	T	i:10	0x00a
%.3d	T	i:-7	-007
%\u{23}o	T	i:0	0o0
%d	T	f:7ff0000000000000	!OverflowError: cannot convert float infinity to integer
%d	T	f:7ff8000000000000	!ValueError: cannot convert float NaN to integer
%e	T	i:10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000	!OverflowError: int too large to convert to float
%.0f	T	f:3fe0000000000000	0
%\u{23}.0f	T	f:3ff8000000000000	2.
%\u{23}g	T	f:3ff8000000000000	1.50000
%G	T	f:3bc79ca10c924223	1E-20
%F	T	f:7ff0000000000000	INF
%E	T	f:7ff8000000000000	NAN
%05f	T	f:7ff0000000000000	00inf
%c	T	i:1114112	!OverflowError: %c arg not in range(0x110000)
%c	T	i:18446744073709551616	!TypeError: %c requires int or char
%*d	T	i:9223372036854775808\u{7c}i:1	!OverflowError: Python int too large to convert to C ssize_t
%.*d	T	i:2147483648\u{7c}i:1	!OverflowError: Python int too large to convert to C int
%99999999999999999999d	T	i:1	!ValueError: width too big
%.2147483648f	T	f:3ff8000000000000	!ValueError: precision too big
%-	T		!ValueError: incomplete format
%(a)s	T	i:5	!TypeError: format requires a mapping
%i%u	T	i:7\u{7c}i:-8	7-8
%s	T	s:	
%10r\u{7c}	T	s:é	       'é'\u{7c}
%-10a\u{7c}	T	s:é	'\\xe9'    \u{7c}
ab%*.*e	T	s:x\u{7c}i:7\u{7c}s:abc	!TypeError: * wants int
 % e	T	i:160	  1.600000e+02
é%3rab%*.F	T	i:0\u{7c}i:8\u{7c}i:3	é  0ab       3
é%6.0x %\u{23}*X%E	T	s:\u{7c}i:-7\u{7c}s:abc\u{7c}i:160	!TypeError: %x format: an integer is required, not str
%-*s %+-8s	T	s:x\u{7c}s:x\u{7c}s:	!TypeError: * wants int
 %+.*G	T	i:5\u{7c}s:x	!TypeError: must be real number, not str
ab% % %-*.4ué%*.7f	T	s:x\u{7c}s:\u{7c}i:6\u{7c}i:91	!ValueError: unsupported format character '%' (0x25) at index 4
%-*.eab%0.*f	T	i:-6\u{7c}s:\u{7c}i:4\u{7c}i:-45	!TypeError: must be real number, not str
 %9.*sé%.7s	T	i:5\u{7c}i:-4\u{7c}s:héllo	        -4éhéllo
%dé%9.*g	T	s:\u{7c}s:x\u{7c}i:15441232386450074065749	!TypeError: %d format: a number is required, not str
ab% -3.1Fab%  10.*xé%*c	T	s:héllo\u{7c}i:1\u{7c}i:30\u{7c}i:9\u{7c}f:52b0000000000003	!TypeError: must be real number, not str
 %--.*Gé%c%.E	T	s:x\u{7c}i:2\u{7c}i:56\u{7c}s:	!TypeError: * wants int
 %.cab%+*.*X %+9.*u	T	i:174\u{7c}s:x\u{7c}s:x\u{7c}s:x\u{7c}s:x\u{7c}s:x	!TypeError: * wants int
 %*G %.0%%*.4G	T	i:9\u{7c}s:abc\u{7c}i:9\u{7c}i:-12212812378464498038	!TypeError: must be real number, not str
é%cé%*ué%.r	T	f:40fccaee00000000\u{7c}s:x\u{7c}i:1114112\u{7c}i:195	!TypeError: %c requires int or char
é%*.o	T	s:x\u{7c}f:f42438ea34fde5a1	!TypeError: * wants int
 %E	S	s:	!TypeError: must be real number, not str
ab%*c	T	s:x\u{7c}i:177	!TypeError: * wants int
ab%00*e %*.2G	T	s:x\u{7c}s:héllo\u{7c}s:x\u{7c}f:f6638f7b35584606	!TypeError: * wants int
é%rab%.*ié% \u{23}1.1d	T	s:abc\u{7c}s:x\u{7c}f:c0e43a6ccccccccd\u{7c}i:188	!TypeError: * wants int
é%008.*eé%*.1%	T	s:x\u{7c}s:\u{7c}s:x	!TypeError: * wants int
é%6X	T	i:8208394572317890920654880559552259468	é62CE11929E6DC52942CB76CF70BE58C
ab%+.2Fab%\u{23}.0eab%7.E	T	s:abc\u{7c}s:abc\u{7c}i:2	!TypeError: must be real number, not str
ab% 10.1G	T	s:	!TypeError: must be real number, not str
%.5Gab%.*ué% u	T	s:abc\u{7c}i:6\u{7c}s:héllo\u{7c}i:194	!TypeError: must be real number, not str
 %*.*d	T	s:x\u{7c}i:4\u{7c}i:183	!TypeError: * wants int
%\u{23}*e	T	s:x\u{7c}s:abc	!TypeError: * wants int
é%.x %.*r	T	i:7440920307215794583\u{7c}i:-3\u{7c}i:7	é6743759881968197\u{20}
é%*.*%ab% 3F	T	i:7\u{7c}s:x\u{7c}i:0	!TypeError: * wants int
ab%0 *dab%*s	T	i:-1\u{7c}s:x\u{7c}i:10\u{7c}s:	!TypeError: %d format: a number is required, not str
ab%.x%+*.*c %+%	T	i:-9223372036854775808\u{7c}s:x\u{7c}i:3\u{7c}f:c12a9d2757439e93	!TypeError: * wants int
 % .*u %\u{23}+5d %.5X	T	i:9\u{7c}s:x\u{7c}s:abc\u{7c}s:abc	!TypeError: %u format: a number is required, not str
é%*E	T	i:2\u{7c}s:abc	!TypeError: must be real number, not str
%++*Eab%.1g% \u{23}*.e	T	s:x\u{7c}s:\u{7c}i:41\u{7c}i:7\u{7c}f:0d0a0b79ab3af0ad	!TypeError: * wants int
 %\u{23}.*G	T	i:2\u{7c}f:1b6164046870b58a	 8.6E-177
%*xé%-07.x	T	s:x\u{7c}i:75\u{7c}i:3	!TypeError: * wants int
ab%--.6sé%6.*Eab%-\u{23}*.6X	T	i:-4\u{7c}i:-3\u{7c}i:1\u{7c}i:-7\u{7c}s:x	!TypeError: %X format: an integer is required, not str
ab%-12.6X %.*iab%00.*%	T	i:5\u{7c}s:x\u{7c}s:abc\u{7c}s:x	!TypeError: * wants int
%.8Gab% \u{23}*X	T	s:abc\u{7c}i:1\u{7c}i:191	!TypeError: must be real number, not str
%s %.*Gab%+\u{23}*o	T	s:abc\u{7c}s:x\u{7c}i:88\u{7c}i:-6\u{7c}i:255	!TypeError: * wants int
 % .3Gé%x %12.o	T	f:a0dc74f75c67acf4\u{7c}s:x\u{7c}s:héllo	!TypeError: %x format: an integer is required, not str
ab%\u{23}.dé%.8c	T	s:abc\u{7c}s:x	!TypeError: %d format: a number is required, not str
% .*X %6F	T	s:x\u{7c}f:18a370586105e0b5\u{7c}i:41	!TypeError: * wants int
 %05.sab%\u{23}05s	T	s:\u{7c}s:x	      ab    x
ab%*Xé%u%*u	T	s:x\u{7c}f:000373361c34995e\u{7c}i:89\u{7c}i:-3\u{7c}i:-4	!TypeError: * wants int
é%.1X	T	f:4e5658bf096aa28d	!TypeError: %X format: an integer is required, not float
ab%.*%é%.Fab%-*.F	T	i:4\u{7c}i:1\u{7c}i:9\u{7c}i:-3	!ValueError: unsupported format character '%' (0x25) at index 5
é%*x %0*.2iab%1.4F	T	s:x\u{7c}s:héllo\u{7c}s:x\u{7c}s:abc\u{7c}s:abc	!TypeError: * wants int
%6o%%ab%g	T	s:x\u{7c}s:x	!TypeError: %o format: an integer is required, not str
 %-*.*F%11.*d	T	s:x\u{7c}s:x\u{7c}s:héllo\u{7c}i:1\u{7c}s:x	!TypeError: * wants int
é%*f	T	i:0\u{7c}i:-9223372036854775808	é-9223372036854775808.000000
ab% 7uab% -.4%	S	i:1	!TypeError: not enough arguments for format string
ab%*Eé%.4Gab%+.5F	T	i:3\u{7c}s:x\u{7c}f:97ad12d3b11a85a7\u{7c}s:héllo	!TypeError: must be real number, not str
é%.*g%gé% +.7f	T	s:x\u{7c}i:134\u{7c}i:29\u{7c}f:bb51416f2d7a4bff	!TypeError: * wants int
é%5e	S	f:f904997482bbd5ae	é-8.915000e+274
 %c	T	f:c116dec600000000	!TypeError: %c requires int or char
é%0-7.*%ab%F	T	i:4\u{7c}f:41169bb909e4267c	!ValueError: unsupported format character '%' (0x25) at index 7
%6.2Xab%+-*.F %+f	T	i:63\u{7c}i:0\u{7c}s:x\u{7c}i:793823057799301055163996643707767746750	!TypeError: must be real number, not str
%+*%é%+.8r	T	s:x\u{7c}s:x	!TypeError: * wants int
ab%F %*G% r	T	s:héllo\u{7c}i:6\u{7c}f:411c06e007651b80\u{7c}s:x	!TypeError: must be real number, not str
 %  8i%.3g	T	f:411888428e7b7ea0\u{7c}s:	!TypeError: must be real number, not str
ab%\u{23}*eab%\u{23}010e	T	i:-2\u{7c}i:-13\u{7c}i:69	ab-1.300000e+01ab6.900000e+01
ab%\u{23}.0Fab%- 2i	T	f:f772e5326a810f06\u{7c}i:18446744073709551616	ab-2437081039593715290090598149626891699593582624843489395707490063621194674131183512818417957556058125635381775140821434244348016820006708338621809353249753738571130792050140385356122406853341391405488944316896493208752566744907679359225342100148137983749497961974857728.ab 18446744073709551616
ab%.gab%.7a	T	s:abc\u{7c}i:49	!TypeError: must be real number, not str
é%0+.*f %+011s	T	i:7\u{7c}s:\u{7c}i:-11947691719020747038	!TypeError: must be real number, not str
ab%a %+ o	T	s:x\u{7c}s:abc	!TypeError: %o format: an integer is required, not str
é%6.6g% .*r	T	s:abc\u{7c}i:8\u{7c}i:-4	!TypeError: must be real number, not str
 % +0.*ié%.F	T	i:-2\u{7c}i:17\u{7c}s:héllo	!TypeError: must be real number, not str
ab%*.*Fab%+.8c %8.%	T	i:-5\u{7c}s:x\u{7c}i:224118931334634942114477294107120954471\u{7c}i:-5	!TypeError: * wants int
 %3.*Xab%0u%.g	T	s:x\u{7c}s:x\u{7c}i:-3\u{7c}f:00000000031d80b5	!TypeError: * wants int
 %.*ré%g	T	i:-2\u{7c}f:59a4d6bb5c4fed4e\u{7c}f:40f9acb400000000	 é105163
é%\u{23}.*Xab%\u{23}\u{23}.ué%\u{23}.*r	T	i:-1\u{7c}i:2554394168540281840591968726541924\u{7c}s:héllo\u{7c}s:x\u{7c}f:4084fb5c28f5c28f	!TypeError: %u format: a number is required, not str
 %1.4Eab%*.e	T	i:117\u{7c}s:x\u{7c}s:	!TypeError: * wants int
 % 1o %X %11.*s	T	s:\u{7c}i:70\u{7c}i:4\u{7c}i:-5	!TypeError: %o format: an integer is required, not str
%G	T	i:-1	-1
ab%*aé%04.*ué%- .3a	T	i:-9\u{7c}i:9175032242330789110\u{7c}i:-2\u{7c}i:65\u{7c}f:c1065970c17baebc	ab9175032242330789110é0065é-18
ab%-0.7o	S	s:héllo	!TypeError: %o format: an integer is required, not str
%0 .0i	T	s:abc	!TypeError: %i format: a number is required, not str
%F% g %F	T	i:50\u{7c}s:abc\u{7c}i:182	!TypeError: must be real number, not str
ab% -8E	T	s:	!TypeError: must be real number, not str
ab%*s %*.*Eab% -8.*%	T	i:-10\u{7c}s:héllo\u{7c}i:2\u{7c}s:x\u{7c}s:\u{7c}i:7	!TypeError: * wants int
ab%2.8a	T	i:1	ab 1
% \u{23}.%	T		!TypeError: not enough arguments for format string
ab%x	T	f:0b98f8ccfca53cda	!TypeError: %x format: an integer is required, not float
ab% *G	T	i:10\u{7c}i:18	ab        18
%*.*%	T	s:x\u{7c}i:3	!TypeError: * wants int
%.7a%11.4eab% +.4F	T	i:13821673831699051210\u{7c}i:-1102714888016892123\u{7c}s:	!TypeError: must be real number, not str
ab%012c%.*x	T	i:-1\u{7c}s:x\u{7c}i:532078353232058035108862404705513	!OverflowError: %c arg not in range(0x110000)
é%+9E	T	i:-3	é-3.000000E+00
ab%o	S	s:héllo	!TypeError: %o format: an integer is required, not str
ab%*.*a %1r	T	i:9\u{7c}i:7\u{7c}i:-7375993111997932210\u{7c}s:	ab  -737599 ''
é%8f%.F	T	s:abc\u{7c}f:dde86bf910204a46	!TypeError: must be real number, not str
%ié%0o	T	i:6716549107218564428\u{7c}s:	!TypeError: %o format: an integer is required, not str
%\u{23}5cab%0*.2G%s	T	s:abc\u{7c}i:4\u{7c}s:x\u{7c}s:x	!TypeError: %c requires int or char
ab%-.7E%s	T	s:x\u{7c}i:-5	!TypeError: must be real number, not str
%04c %-s%u	T	s:x\u{7c}f:c105499800000000\u{7c}s:abc	!TypeError: %u format: a number is required, not str
%3x%.*F	T	s:héllo\u{7c}s:x\u{7c}s:abc	!TypeError: %x format: an integer is required, not str
ab%.*e %-.F	T	s:x\u{7c}i:-5\u{7c}s:héllo	!TypeError: * wants int
é%3gab% +10g%+ .0F	T	i:100000000000000000000\u{7c}i:-983636112621679162\u{7c}s:abc	!TypeError: must be real number, not str
%0i %0-.*xab%2.*x	T	s:abc\u{7c}s:x\u{7c}s:héllo\u{7c}s:x\u{7c}i:-3	!TypeError: %i format: a number is required, not str
é%8.*%	S	i:6	!TypeError: not enough arguments for format string
ab%\u{23}7o%.*a	T	s:\u{7c}s:x\u{7c}i:129	!TypeError: %o format: an integer is required, not str
 %+-10ié% .ré% 0.8i	T	i:-3132265770924443243690890434023875273153\u{7c}s:x\u{7c}s:x	!TypeError: %i format: a number is required, not str
ab%\u{23}*.o %0\u{23}.*f	T	s:x\u{7c}s:x\u{7c}i:-3\u{7c}s:	!TypeError: * wants int
 %\u{23}\u{23}uab%012.*g	T	s:héllo\u{7c}i:6\u{7c}s:x	!TypeError: %u format: a number is required, not str
é%.Eab% +G	T	f:000025b8e869bc38\u{7c}i:9007199254740992	é2E-310ab+9.0072E+15
ab%\u{23}\u{23}o%+ G	T	s:abc\u{7c}f:00000002931c8c72	!TypeError: %o format: an integer is required, not str
 %4E% *.d	T	s:\u{7c}s:x\u{7c}f:4129cd105c1a051e	!TypeError: must be real number, not str
%.f %-*x	T	i:22\u{7c}s:x\u{7c}i:4	!TypeError: * wants int
ab%11% %-0*Eé%0 *.o	T	i:2\u{7c}i:93\u{7c}i:5\u{7c}i:-54	!ValueError: unsupported format character '%' (0x25) at index 5
é%+*d	T	i:-4\u{7c}i:-2	é-2\u{20}\u{20}
%0+*.*xé%2.6E %*d	T	i:4\u{7c}i:10\u{7c}f:c1226a16e44ff276\u{7c}i:-5\u{7c}s:x\u{7c}s:	!TypeError: %x format: an integer is required, not float
é%- *.X %5.5iab%11.8a	T	s:x\u{7c}i:51\u{7c}s:x\u{7c}s:abc	!TypeError: * wants int
 %F	S	s:héllo	!TypeError: must be real number, not str
%1r% -*G %s	T	s:x\u{7c}s:x\u{7c}s:x\u{7c}i:10952760332851304	!TypeError: * wants int
%\u{23}-.ré%+10Xab%*F	T	i:-553065352383239314284917188303\u{7c}i:85\u{7c}s:x\u{7c}s:x	!TypeError: * wants int
é%*.*G	T	i:5\u{7c}s:x\u{7c}s:héllo	!TypeError: * wants int
%5.%	T		!TypeError: not enough arguments for format string
ab%.2E	T	s:x	!TypeError: must be real number, not str
%*gé%\u{23}0.o	T	i:-8\u{7c}s:héllo\u{7c}i:3	!TypeError: must be real number, not str
ab%1.*G%.5iab%0 2.8s	T	i:6\u{7c}s:abc\u{7c}s:x\u{7c}i:76	!TypeError: must be real number, not str
%c %*.X	T	i:94\u{7c}i:0\u{7c}s:abc	!TypeError: %X format: an integer is required, not str
%.xé%\u{23} .*i%\u{23}*X	T	i:65\u{7c}i:0\u{7c}s:\u{7c}i:-10\u{7c}i:65	!TypeError: %i format: a number is required, not str
 %012E	T	s:héllo	!TypeError: must be real number, not str
 %\u{23}0*ré%.*X	T	s:x\u{7c}s:x\u{7c}s:x\u{7c}s:héllo	!TypeError: * wants int
é%6.*f %00%	T	s:x\u{7c}s:x	!TypeError: * wants int
é%\u{23}%é%7.*% %.*%	T	i:0\u{7c}i:-2	!ValueError: unsupported format character '%' (0x25) at index 3
é%*.*u%\u{23} 0.5r	T	i:-9\u{7c}s:x\u{7c}i:0\u{7c}i:173	!TypeError: * wants int
ab%-12.F%*.*e	T	i:197\u{7c}i:-3\u{7c}i:7\u{7c}s:x	!TypeError: must be real number, not str
 %*r %0+8.5oab%.8G	T	s:x\u{7c}f:c105ca8a23718428\u{7c}i:56\u{7c}i:34	!TypeError: * wants int
 % 0*E	T	i:1\u{7c}s:héllo	!TypeError: must be real number, not str
 %e	T	s:	!TypeError: must be real number, not str
é%+9.6f%0*.*f %5.8r	T	s:\u{7c}i:3\u{7c}i:2\u{7c}s:abc\u{7c}s:héllo	!TypeError: must be real number, not str
 %.2r %++6d	T	s:x\u{7c}i:888986676232	 'x +888986676232
%E	T	s:	!TypeError: must be real number, not str
ab%*.8u%% %\u{23}.a	T	i:3\u{7c}s:abc\u{7c}i:-1	!TypeError: %u format: a number is required, not str
 %+0%% \u{23}x	S	s:x	!ValueError: unsupported format character '%' (0x25) at index 4
ab%0 5.G	T	s:x	!TypeError: must be real number, not str
%c	S	s:héllo	!TypeError: %c requires int or char
é%.2g%+.*x	T	i:-1\u{7c}s:x\u{7c}i:22	!TypeError: * wants int
é%.*e %  .d	T	i:1\u{7c}f:c10a12dc7b410d70\u{7c}i:141	é-2.1e+05  141
 %*E% 7g%+0*.*a	T	i:6\u{7c}s:abc\u{7c}s:\u{7c}i:5\u{7c}i:4\u{7c}s:abc	!TypeError: must be real number, not str
é%*d	T	s:x\u{7c}s:abc	!TypeError: * wants int
% 0.6d %*.%%*.*E	T	f:ee47d15976881d16\u{7c}s:x\u{7c}i:5\u{7c}s:x\u{7c}s:	!TypeError: * wants int
%9.8u%\u{23}0*.Xab% *.*a	T	s:héllo\u{7c}s:x\u{7c}s:héllo\u{7c}s:x\u{7c}i:8\u{7c}f:c0edbe3000000000	!TypeError: %u format: a number is required, not str
 % -u	S	i:-988168309604543196673334	 -988168309604543196673334
ab%\u{23} 4.sab%0 3.1G	T	i:3\u{7c}i:3	ab    ab 03
ab%cé%*.*x	T	s:abc\u{7c}s:x\u{7c}s:x\u{7c}i:-4753592001883200819	!TypeError: %c requires int or char
 %+12.8f	S	s:héllo	!TypeError: must be real number, not str
%\u{23}.*%ab% *.*f	T	s:x\u{7c}i:-3\u{7c}i:-2\u{7c}i:-4	!TypeError: * wants int
%  *g%*E% -.4X	T	i:6\u{7c}s:\u{7c}i:-6\u{7c}f:55046e40347e422c\u{7c}f:6bc0000000000001	!TypeError: must be real number, not str
%-G%0+.X	T	i:-4\u{7c}s:abc	!TypeError: %X format: an integer is required, not str
é% 0.*Xab%8.*xab%x	T	s:x\u{7c}i:0\u{7c}i:1\u{7c}s:\u{7c}i:2	!TypeError: * wants int
 %-*dab% .E	T	s:x\u{7c}i:-45\u{7c}s:héllo	!TypeError: * wants int
%+ *.dé%o% 11.*c	T	i:-2\u{7c}i:-420600300566604265484567845899161\u{7c}i:108\u{7c}s:x\u{7c}s:héllo	!TypeError: * wants int
%.*iab%fé%  7g	T	i:6\u{7c}i:-1\u{7c}s:abc\u{7c}s:	!TypeError: must be real number, not str
ab% *.xé%+-.1sab%\u{23}+4.7a	T	i:4\u{7c}i:30\u{7c}s:x\u{7c}s:x	ab  1eéxab 'x'
ab%--9u	T	s:abc	!TypeError: %u format: a number is required, not str
 %.*F%\u{23}0*.*%	T	i:6\u{7c}i:-3\u{7c}i:9\u{7c}i:-3	!TypeError: not enough arguments for format string
ab%  .g %.g	T	s:abc\u{7c}s:héllo	!TypeError: must be real number, not str
 %.*G	T	i:4\u{7c}i:-5821629228617147024	 -5.822E+18
%\u{23}*.2o %E	T	i:6\u{7c}s:héllo\u{7c}f:8a1de6d3401ab51e	!TypeError: %o format: an integer is required, not str
%+0.1f %*.3i	T	f:c08690d70a3d70a4\u{7c}i:6\u{7c}i:57	-722.1    057
é% *.1d	T	i:1\u{7c}i:160	é 160
ab%\u{23}gab%0+.*u	T	i:296\u{7c}i:8\u{7c}s:héllo	!TypeError: %u format: a number is required, not str
 %.F	T	s:abc	!TypeError: must be real number, not str
ab%0-11.e %0.2c	T	s:abc\u{7c}s:	!TypeError: must be real number, not str
ab%*.*e %+ X	T	s:x\u{7c}i:10\u{7c}i:0\u{7c}s:x	!TypeError: * wants int
 %-*dab%*.*g%0g	T	s:x\u{7c}i:100000000000000000000\u{7c}s:x\u{7c}i:-2\u{7c}s:abc\u{7c}s:x	!TypeError: * wants int
é%0.u	S	s:héllo	!TypeError: %u format: a number is required, not str
%\u{23}\u{23}.cé%X%.u	T	i:350199802751277861536558850579959\u{7c}s:abc\u{7c}i:3	!TypeError: %c requires int or char
ab%F % .8x %*G	T	i:81\u{7c}s:x\u{7c}i:7\u{7c}i:-83	!TypeError: %x format: an integer is required, not str
é%-.4d%+-*.*s%+010.*g	T	s:abc\u{7c}i:-8\u{7c}i:-2\u{7c}s:abc\u{7c}s:x\u{7c}i:-98	!TypeError: %d format: a number is required, not str
ab%7.5e %4.d %.G	T	i:-5\u{7c}i:15392843204320101678\u{7c}i:147	ab-5.00000e+00 15392843204320101678 1E+02
%*xé% 0.gab%-+*.*%	T	s:x\u{7c}f:6d2a0b58d0f2e7b3\u{7c}s:héllo\u{7c}s:x\u{7c}s:x	!TypeError: * wants int
%\u{23} *.*c	T	s:x\u{7c}i:10\u{7c}s:héllo	!TypeError: * wants int
ab%-.g	T	i:-5	ab-5
ab%-8.2%	T		!TypeError: not enough arguments for format string
ab%4g	S	s:	!TypeError: must be real number, not str
ab%0+7.x	S	s:x	!TypeError: %x format: an integer is required, not str
é%a %-\u{23}*G	T	i:4263533730596843093\u{7c}i:-2\u{7c}f:7190000000000006	é4263533730596843093 1.04188E+239
ab%-*.i	T	s:x\u{7c}i:-3770067278903724583	!TypeError: * wants int
é%cab%g	T	s:abc\u{7c}s:x	!TypeError: %c requires int or char
ab%\u{23} .8oab%.*x	T	s:héllo\u{7c}i:-3\u{7c}i:-5	!TypeError: %o format: an integer is required, not str
é%.G	T	s:	!TypeError: must be real number, not str
é%*.7g	T	s:x\u{7c}s:héllo	!TypeError: * wants int
 %+-*.dab%0\u{23}*d	T	i:-6\u{7c}i:72\u{7c}i:-8\u{7c}i:200	 +72   ab200\u{20}\u{20}\u{20}\u{20}\u{20}
é%*u	T	s:x\u{7c}s:abc	!TypeError: * wants int
ab%*u	T	s:x\u{7c}i:-2	!TypeError: * wants int
é% -.5f %+0fé%9.6g	T	s:\u{7c}i:-4681283924318997913\u{7c}i:2	!TypeError: must be real number, not str
ab%g	S	i:2	ab2
 %.6%ab%g%04.8c	T	i:122\u{7c}s:héllo	!ValueError: unsupported format character '%' (0x25) at index 4
ab%E%*s%*.*E	T	s:abc\u{7c}s:x\u{7c}s:héllo\u{7c}s:x\u{7c}s:x\u{7c}s:abc	!TypeError: must be real number, not str
%12.E %xé%11.*x	T	s:x\u{7c}i:-55\u{7c}i:0\u{7c}s:héllo	!TypeError: must be real number, not str
%(a)d	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	1
%(b)s	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	2.5
%(cc)r	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	'str'
%(x(y))5d	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	    7
%(a)s %(b).3f	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	1 2.500
%(a)s %s	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	!TypeError: not enough arguments for format string
abc	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	abc
%(a	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	!ValueError: incomplete format key
%(b)*d	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	!TypeError: * wants int
a%(a)	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	!ValueError: incomplete format
%(a)s%%	M	a=i:1\u{7c}b=f:4004000000000000\u{7c}cc=s:str\u{7c}x(y)=i:7	1%
"#;

    const STR_FORMAT: &str = r#"
{0!x}	F(\u{23}0!x:)
{	!ValueError: Single '{' encountered in format string
}	!ValueError: Single '}' encountered in format string
{0	!ValueError: expected '}' before end of string
{0:	!ValueError: unmatched '{' in format spec
{!	!ValueError: end of string while looking for conversion specifier
{0!r	!ValueError: unmatched '{' in format spec
{0!rr}	!ValueError: expected ':' after conversion specifier
{0[}	!ValueError: expected '}' before end of string
{0[0}	!ValueError: expected '}' before end of string
{0.}	!ValueError: Empty attribute in format string
{0[]}	!ValueError: Empty attribute in format string
{0[0]x}	!ValueError: Only '.' or '[' may follow ']' in format field specifier
{.real}	F(\u{23}0.real!:)
{[0]}	F(\u{23}0[\u{23}0]!:)
{:{:{}}}	!ValueError: Max string recursion exceeded
{0}{}	!ValueError: cannot switch from manual field specification to automatic field numbering
{}{0}	!ValueError: cannot switch from automatic field numbering to manual field specification
{:{}}	F(\u{23}0!:F(\u{23}1!:))
{a[b]}	F($a[$b]!:)
{0[-1]}	F(\u{23}0[$-1]!:)
{0[1a]}	F(\u{23}0[$1a]!:)
{ }	F($ !:)
{0!}	!ValueError: unmatched '{' in format spec
{0!:}	F(\u{23}0!::)
{:}}	!ValueError: Single '}' encountered in format string
{:{{}}}	F(\u{23}0!:L({}))
{0:x{{y}}	!ValueError: unmatched '{' in format spec
{99999999999999999999}	!ValueError: Too many decimal digits in format string
{0[99999999999999999999]}	!ValueError: Too many decimal digits in format string
{0:}}	!ValueError: Single '}' encountered in format string
{0:{a}}	F(\u{23}0!:F($a!:))
{:{}}{}	F(\u{23}0!:F(\u{23}1!:))F(\u{23}2!:)
{:!}	F(\u{23}0!:L(!))
{!r:}	F(\u{23}0!r:)
{[}	!ValueError: expected '}' before end of string
{a.b[c].d}	F($a.b[$c].d!:)
{0]}	F($0]!:)
{0}}	!ValueError: Single '}' encountered in format string
}}{{	L(}{)
{0.a.}	!ValueError: Empty attribute in format string
{0..a}	!ValueError: Empty attribute in format string
a{{b}}c{0!s:>{1}.{2}}d	L(a{b}c)F(\u{23}0!s:L(>)F(\u{23}1!:)L(.)F(\u{23}2!:))L(d)
{١}	F(\u{23}1!:)
{a{b}	!ValueError: unexpected '{' in field name
x{0:{1}{2}}y	L(x)F(\u{23}0!:F(\u{23}1!:)F(\u{23}2!:))L(y)
	
{}{0[1]}	!ValueError: cannot switch from automatic field numbering to manual field specification
{0}:>5{]	!ValueError: expected '}' before end of string
{}:	F(\u{23}0!:)L(:)
{:{}}	F(\u{23}0!:F(\u{23}1!:))
!r:>5{0[x]}{	!ValueError: Single '{' encountered in format string
}}	L(})
}{0[x]}:>5{1}x	!ValueError: Single '}' encountered in format string
{{{a.b}:>5{}{0[1]}	!ValueError: cannot switch from automatic field numbering to manual field specification
:>5	L(:>5)
:{}	L(:)F(\u{23}0!:)
.	L(.)
}}{0!r:^{1}}	L(})F(\u{23}0!r:L(^)F(\u{23}1!:))
{0!r:^{1}}x{0[x]}{0}.	F(\u{23}0!r:L(^)F(\u{23}1!:))L(x)F(\u{23}0[$x]!:)F(\u{23}0!:)L(.)
:>5.:{0!r:^{1}}!r	L(:>5.:)F(\u{23}0!r:L(^)F(\u{23}1!:))L(!r)
}	!ValueError: Single '}' encountered in format string
!r}	!ValueError: Single '}' encountered in format string
.[	L(.[)
}}}{0[x]}{}	!ValueError: Single '}' encountered in format string
{}	F(\u{23}0!:)
:	L(:)
{0}:	F(\u{23}0!:)L(:)
x{:{}}[{a}	L(x)F(\u{23}0!:F(\u{23}1!:))L([)F($a!:)
}}{1}{{	L(})F(\u{23}1!:)L({)
{0!r:^{1}}	F(\u{23}0!r:L(^)F(\u{23}1!:))
{a}{0!r:^{1}}{a.b}{}{:{}}	!ValueError: cannot switch from manual field specification to automatic field numbering
{a.b}{{	F($a.b!:)L({)
{{]!r	L({]!r)
{:{}}:>5}}	F(\u{23}0!:F(\u{23}1!:))L(:>5})
}}{a}.{0[x]}	L(})F($a!:)L(.)F(\u{23}0[$x]!:)
{0}	F(\u{23}0!:)
{}]:>5::>5	F(\u{23}0!:)L(]:>5::>5)
[:{a}}{0}	!ValueError: Single '}' encountered in format string
{{{0[1]}	L({)F(\u{23}0[\u{23}1]!:)
{{::>5[}	!ValueError: Single '}' encountered in format string
{a.b}{{a}{0!r:^{1}}	!ValueError: Single '}' encountered in format string
]]{{}}	L(]]{})
{{0[x]}{a.b}	!ValueError: Single '}' encountered in format string
{0[x]}	F(\u{23}0[$x]!:)
{:{}}]	F(\u{23}0!:F(\u{23}1!:))L(])
{{{{	L({{)
{}}	!ValueError: Single '}' encountered in format string
[]	L([])
..{{]	L(..{])
{0!r:^{1}}{0}.	F(\u{23}0!r:L(^)F(\u{23}1!:))F(\u{23}0!:)L(.)
]{a.b}{0[1]}{0}}}	L(])F($a.b!:)F(\u{23}0[\u{23}1]!:)F(\u{23}0!:)L(})
x{a.b}{0}{0}	L(x)F($a.b!:)F(\u{23}0!:)F(\u{23}0!:)
{{{a.b}.}.	!ValueError: Single '}' encountered in format string
{{:{}}[{0!r:^{1}}	!ValueError: Single '}' encountered in format string
{:{}}	F(\u{23}0!:F(\u{23}1!:))
.:>5{0}	L(.:>5)F(\u{23}0!:)
[{0[1]}{a.b}{0}	L([)F(\u{23}0[\u{23}1]!:)F($a.b!:)F(\u{23}0!:)
x{}:[{0}	!ValueError: cannot switch from automatic field numbering to manual field specification
{a}}	!ValueError: Single '}' encountered in format string
{:{}}{{{{{0!r:^{1}}:	!ValueError: cannot switch from automatic field numbering to manual field specification
{a.b}]{0[1]}	F($a.b!:)L(])F(\u{23}0[\u{23}1]!:)
{1}{	!ValueError: Single '{' encountered in format string
}{:{}}x:>5{0}	!ValueError: Single '}' encountered in format string
{0!r:^{1}}{{0[1]}{0[x]}}	!ValueError: Single '}' encountered in format string
{:{}}{a}[[]	F(\u{23}0!:F(\u{23}1!:))F($a!:)L([[])
{{	L({)
{0!r:^{1}}	F(\u{23}0!r:L(^)F(\u{23}1!:))
]	L(])
{:{}}{:{}}]:	F(\u{23}0!:F(\u{23}1!:))F(\u{23}2!:F(\u{23}3!:))L(]:)
[{:{}}	L([)F(\u{23}0!:F(\u{23}1!:))
{0!r:^{1}}{0!r:^{1}}{0[x]}}{0!r:^{1}}	!ValueError: Single '}' encountered in format string
{0!r:^{1}}	F(\u{23}0!r:L(^)F(\u{23}1!:))
{}!r{0}{0}	!ValueError: cannot switch from automatic field numbering to manual field specification
:>5:>5]{0[1]}{{	L(:>5:>5])F(\u{23}0[\u{23}1]!:)L({)
{{	L({)
}}	L(})
}}	L(})
.!r{a.b}	L(.!r)F($a.b!:)
.{{:	L(.{:)
{0[1]}}]{0[1]}{{	!ValueError: Single '}' encountered in format string
{{.{a}	L({.)F($a!:)
{1}:}}	F(\u{23}1!:)L(:})
{{.	L({.)
]}}	L(]})
x]{1}{0[x]}{a.b}	L(x])F(\u{23}1!:)F(\u{23}0[$x]!:)F($a.b!:)
]}}}[	!ValueError: Single '}' encountered in format string
:>5{0!r:^{1}}	L(:>5)F(\u{23}0!r:L(^)F(\u{23}1!:))
{1}{0!r:^{1}}:>5]{0!r:^{1}}	F(\u{23}1!:)F(\u{23}0!r:L(^)F(\u{23}1!:))L(:>5])F(\u{23}0!r:L(^)F(\u{23}1!:))
{0}[:>5.:>5	F(\u{23}0!:)L([:>5.:>5)
{:{}}{0[x]}{:{}}{a}	!ValueError: cannot switch from automatic field numbering to manual field specification
{}{0}{0!r:^{1}}	!ValueError: cannot switch from automatic field numbering to manual field specification
x{0[x]}{{!r	L(x)F(\u{23}0[$x]!:)L({!r)
{{.x:>5	L({.x:>5)
{:{}}{{	F(\u{23}0!:F(\u{23}1!:))L({)
}}:	L(}:)
{1}{{a}!r	!ValueError: Single '}' encountered in format string
}{:{}}{0}	!ValueError: Single '}' encountered in format string
[:>5	L([:>5)
}}}}{}x	L(}})F(\u{23}0!:)L(x)
"#;
}
