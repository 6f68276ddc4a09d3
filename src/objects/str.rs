//! `str` objects: immutable UTF-8 text with its hash and character count cached.

use std::hash::{Hash, Hasher};

pub struct StrObj {
    pub s: Box<str>,
    pub hash: u64,
    /// Number of characters (code points); equals the byte length for ASCII text.
    pub chars: usize,
}

impl StrObj {
    pub fn new(s: &str) -> StrObj {
        StrObj {
            s: s.into(),
            hash: hash_str(s),
            chars: s.chars().count(),
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
}

pub fn hash_str(s: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

// ---------------------------------------------------------------------------
// Methods (the natives of `str`)
// ---------------------------------------------------------------------------

use crate::objects::ops::{self, check_args, descriptor_error, split_self, type_error};
use crate::objects::strutil::{self, is_space as is_py_space};
use crate::objects::types::Method;
use crate::objects::Obj;
use crate::vm::value::Value;
use crate::vm::{ExcKind, Res, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

/// Checks that a method is called on a str with `min..=max` other arguments.
fn check_self(vm: &Vm, name: &str, args: Args, min: usize, max: usize) -> Res<()> {
    let (s, rest) = split_self("str", name, args)?;
    if vm.str_of(s).is_none() {
        return Err(descriptor_error(vm, name, "str", s));
    }
    ops::check_method_args("str", name, rest.len(), min, max)
}

/// The string object of a checked `self`.
fn obj(vm: &Vm, v: Value) -> &StrObj {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Str(s)) => s,
        _ => unreachable!("checked str"),
    }
}

/// A str argument (`TypeError: must be str, not int`).
fn str_arg(vm: &Vm, v: Value) -> Res<&str> {
    vm.str_of(v)
        .ok_or_else(|| type_error(format!("must be str, not {}", vm.type_name(v))))
}

/// An optional str argument where `None` means "the default".
fn opt_str_arg(vm: &Vm, v: Option<&Value>) -> Res<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => vm
            .str_of(*v)
            .map(|s| Some(s.to_string()))
            .ok_or_else(|| type_error(format!("must be str or None, not {}", vm.type_name(*v)))),
    }
}

/// Byte offset of the `i`-th character.
fn byte_at(s: &StrObj, i: usize) -> usize {
    if s.is_ascii() {
        i.min(s.s.len())
    } else {
        s.s.char_indices().nth(i).map_or(s.s.len(), |(b, _)| b)
    }
}

/// Python's clamping of `start`/`end` character positions; `None` when the
/// range is empty because `start` lies beyond the end.
fn sub_range(
    vm: &mut Vm,
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> Res<Option<(usize, usize)>> {
    let len = len as i64;
    let get = |vm: &mut Vm, v: Option<&Value>| -> Res<Option<i64>> {
        match v {
            Some(v) => ops::slice_part(vm, *v),
            None => Ok(None),
        }
    };
    let mut st = get(vm, start)?.unwrap_or(0);
    let mut en = get(vm, end)?.unwrap_or(len);
    if en > len {
        en = len;
    } else if en < 0 {
        en = (en + len).max(0);
    }
    if st < 0 {
        st = (st + len).max(0);
    }
    Ok((st <= len && st <= en).then_some((st as usize, en as usize)))
}

fn new_str(vm: &mut Vm, s: &str) -> Value {
    ops::new_str(vm, s)
}

fn new_str_list(vm: &mut Vm, parts: Vec<String>) -> Value {
    let items = parts.iter().map(|p| new_str(vm, p)).collect();
    vm.new_list(items)
}

/// `find`/`rfind`/`index`/`rindex`: the character position of `sub`, or -1.
fn search(vm: &mut Vm, name: &str, args: Args, from_right: bool) -> Res<i64> {
    check_self(vm, name, args, 1, 3)?;
    str_arg(vm, args[1])?;
    let len = obj(vm, args[0]).chars;
    let Some((st, en)) = sub_range(vm, args.get(2), args.get(3), len)? else {
        return Ok(-1);
    };
    let s = obj(vm, args[0]);
    let sub = vm.str_of(args[1]).unwrap_or("");
    let (bs, be) = (byte_at(s, st), byte_at(s, en));
    let hay = &s.s[bs..be];
    let found = if from_right {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(match found {
        Some(p) => (st + hay[..p].chars().count()) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    search(vm, "find", args, false).map(Value::Int)
}

fn rfind(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    search(vm, "rfind", args, true).map(Value::Int)
}

fn index(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    match search(vm, "index", args, false)? {
        -1 => Err(ops::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    match search(vm, "rindex", args, true)? {
        -1 => Err(ops::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "count", args, 1, 3)?;
    str_arg(vm, args[1])?;
    let len = obj(vm, args[0]).chars;
    let Some((st, en)) = sub_range(vm, args.get(2), args.get(3), len)? else {
        return Ok(Value::Int(0));
    };
    let s = obj(vm, args[0]);
    let sub = vm.str_of(args[1]).unwrap_or("");
    if sub.is_empty() {
        return Ok(Value::Int((en - st + 1) as i64));
    }
    let hay = &s.s[byte_at(s, st)..byte_at(s, en)];
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

/// `startswith`/`endswith` with a str or a tuple of strs.
fn affix(vm: &mut Vm, name: &str, args: Args, end: bool) -> Res<Value> {
    check_self(vm, name, args, 1, 3)?;
    let candidates: Vec<String> = match vm.str_of(args[1]) {
        Some(p) => vec![p.to_string()],
        None => match args[1].as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Tuple(t)) => {
                let mut out = Vec::new();
                for v in t.iter() {
                    match vm.str_of(*v) {
                        Some(p) => out.push(p.to_string()),
                        None => {
                            return Err(type_error(format!(
                                "tuple for {name} must only contain str, not {}",
                                vm.type_name(*v)
                            )))
                        }
                    }
                }
                out
            }
            _ => {
                return Err(type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    vm.type_name(args[1])
                )))
            }
        },
    };
    let len = obj(vm, args[0]).chars;
    let Some((st, en)) = sub_range(vm, args.get(2), args.get(3), len)? else {
        return Ok(Value::Bool(false));
    };
    let s = obj(vm, args[0]);
    let hay = &s.s[byte_at(s, st)..byte_at(s, en)];
    let hit = candidates.iter().any(|p| {
        if end {
            hay.ends_with(p.as_str())
        } else {
            hay.starts_with(p.as_str())
        }
    });
    Ok(Value::Bool(hit))
}

fn startswith(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    affix(vm, "startswith", args, false)
}

fn endswith(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    affix(vm, "endswith", args, true)
}

/// Whitespace split (`sep=None`), from the left or from the right.
fn split_whitespace(s: &str, maxsplit: i64, from_right: bool) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = if from_right {
        s.chars().rev().collect()
    } else {
        s.chars().collect()
    };
    let mut i = 0;
    let n = chars.len();
    let mut splits = 0;
    loop {
        while i < n && is_py_space(chars[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            let rest: String = chars[i..].iter().collect();
            out.push(rest);
            break;
        }
        let start = i;
        while i < n && !is_py_space(chars[i]) {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
        splits += 1;
    }
    if from_right {
        out.reverse();
        for part in &mut out {
            *part = part.chars().rev().collect();
        }
    }
    out
}

fn split_impl(vm: &mut Vm, name: &str, args: Args, kwargs: Kw, from_right: bool) -> Res<Value> {
    check_self(vm, name, args, 0, 2)?;
    let [sep, maxsplit] = ops::bind(vm, name, &args[1..], kwargs, ["sep", "maxsplit"], 0, 2)?;
    let maxsplit = match maxsplit {
        Some(m) => ops::int_arg(vm, m)?,
        None => -1,
    };
    let sep = opt_str_arg(vm, sep.as_ref())?;
    let s = &obj(vm, args[0]).s;
    let parts: Vec<String> = match sep {
        None => split_whitespace(s, maxsplit, from_right),
        Some(sep) if sep.is_empty() => return Err(ops::value_error("empty separator")),
        Some(sep) => {
            let n = if maxsplit < 0 {
                usize::MAX
            } else {
                maxsplit as usize + 1
            };
            if from_right {
                let mut v: Vec<String> = s.rsplitn(n, sep.as_str()).map(String::from).collect();
                v.reverse();
                v
            } else {
                s.splitn(n, sep.as_str()).map(String::from).collect()
            }
        }
    };
    Ok(new_str_list(vm, parts))
}

fn split(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    split_impl(vm, "split", args, kwargs, false)
}

fn rsplit(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    split_impl(vm, "rsplit", args, kwargs, true)
}

fn splitlines(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    check_self(vm, "splitlines", args, 0, 1)?;
    let [keep] = ops::bind(vm, "splitlines", &args[1..], kwargs, ["keepends"], 0, 1)?;
    let keep = match keep {
        Some(k) => ops::truthy(vm, k)?,
        None => false,
    };
    let s = &obj(vm, args[0]).s;
    let mut parts = Vec::new();
    let mut line = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            line.push(c);
            continue;
        }
        if keep {
            line.push(c);
        }
        if c == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
            if keep {
                line.push('\n');
            }
        }
        parts.push(std::mem::take(&mut line));
    }
    if !line.is_empty() {
        parts.push(line);
    }
    Ok(new_str_list(vm, parts))
}

fn join(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "join", args, 1, 1)?;
    let items = match ops::to_vec(vm, args[1]) {
        Ok(items) => items,
        Err(e)
            if ops::exc_matches(vm, &e, ExcKind::TypeError)
                && ops::get_iter(vm, args[1]).is_err() =>
        {
            return Err(type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let sep = &obj(vm, args[0]).s;
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        let Some(part) = vm.str_of(*v) else {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(*v)
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    Ok(new_str(vm, &out))
}

/// `strip`/`lstrip`/`rstrip`: `left`/`right` say which ends.
fn strip_impl(vm: &mut Vm, name: &str, args: Args, left: bool, right: bool) -> Res<Value> {
    check_self(vm, name, args, 0, 1)?;
    let chars = opt_str_arg(vm, args.get(1))?;
    let s = &obj(vm, args[0]).s;
    let pred = |c: char| match &chars {
        Some(set) => set.contains(c),
        None => is_py_space(c),
    };
    let mut t: &str = s;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    if t.len() == s.len() {
        return Ok(args[0]);
    }
    let t = t.to_string();
    Ok(new_str(vm, &t))
}

fn strip(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    strip_impl(vm, "strip", args, true, true)
}

fn lstrip(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    strip_impl(vm, "lstrip", args, true, false)
}

fn rstrip(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    strip_impl(vm, "rstrip", args, false, true)
}

fn replace(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "replace", args, 2, 3)?;
    let count = match args.get(3) {
        Some(c) => ops::int_arg(vm, *c)?,
        None => -1,
    };
    let old = str_arg(vm, args[1])?;
    let new = str_arg(vm, args[2])?;
    let s = &obj(vm, args[0]).s;
    let out = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(new_str(vm, &out))
}

/// A method that maps the text to new text and takes no arguments.
fn transform(vm: &mut Vm, name: &str, args: Args, f: fn(&str) -> String) -> Res<Value> {
    check_self(vm, name, args, 0, 0)?;
    let out = f(&obj(vm, args[0]).s);
    Ok(new_str(vm, &out))
}

fn upper(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "upper", args, str::to_uppercase)
}

fn lower(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "lower", args, str::to_lowercase)
}

fn casefold(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "casefold", args, |s| {
        s.to_lowercase().replace('ß', "ss")
    })
}

fn swapcase(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "swapcase", args, |s| {
        s.chars()
            .flat_map(|c| -> Vec<char> {
                if c.is_uppercase() {
                    c.to_lowercase().collect()
                } else if c.is_lowercase() {
                    c.to_uppercase().collect()
                } else {
                    vec![c]
                }
            })
            .collect()
    })
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

fn title(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "title", args, |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

fn capitalize(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "capitalize", args, |s| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) => c
                .to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect(),
            None => String::new(),
        }
    })
}

/// A character predicate method: true when the text is non-empty and `all` holds.
fn predicate(vm: &mut Vm, name: &str, args: Args, all: fn(&str) -> bool) -> Res<Value> {
    check_self(vm, name, args, 0, 0)?;
    let s = &obj(vm, args[0]).s;
    Ok(Value::Bool(!s.is_empty() && all(s)))
}

fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}')
        || (!c.is_ascii() && c.is_numeric() && !is_fraction_like(c))
}

/// Numeric characters that are not digits (vulgar fractions, roman numerals, CJK numbers).
fn is_fraction_like(c: char) -> bool {
    matches!(c, '\u{bc}'..='\u{be}' | '\u{2150}'..='\u{218b}' | '\u{3007}' | '\u{4e00}'..='\u{9fff}')
}

fn isdigit(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isdigit", args, |s| s.chars().all(is_digit_char))
}

fn isdecimal(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isdecimal", args, |s| {
        s.chars().all(|c| is_digit_char(c) && !matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}'..='\u{209f}' | '\u{2460}'..='\u{24ff}'))
    })
}

fn isnumeric(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isnumeric", args, |s| s.chars().all(char::is_numeric))
}

fn isalpha(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isalpha", args, |s| s.chars().all(char::is_alphabetic))
}

fn isalnum(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isalnum", args, |s| {
        s.chars().all(|c| c.is_alphabetic() || c.is_numeric())
    })
}

fn isspace(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isspace", args, |s| s.chars().all(is_py_space))
}

fn isascii(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "isascii", args, 0, 0)?;
    Ok(Value::Bool(obj(vm, args[0]).s.is_ascii()))
}

fn isupper(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isupper", args, |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}

fn islower(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "islower", args, |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}

/// Titlecase letters (`ǅ`, `ǈ`, …): cased, but neither upper nor lower case.
fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1f88}'..='\u{1f8f}' | '\u{1f98}'..='\u{1f9f}' | '\u{1fa8}'..='\u{1faf}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}')
}

fn istitle(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "istitle", args, |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn isidentifier(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isidentifier", args, |s| {
        let mut chars = s.chars();
        chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && chars.all(|c| c == '_' || c.is_alphanumeric())
    })
}

fn isprintable(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "isprintable", args, 0, 0)?;
    let s = &obj(vm, args[0]).s;
    Ok(Value::Bool(strutil::isprintable(s)))
}

/// The `width`/`fillchar` arguments of the justifying methods.
fn justify_args(vm: &mut Vm, name: &str, args: Args) -> Res<(usize, char)> {
    check_self(vm, name, args, 1, 2)?;
    let width = ops::int_arg(vm, args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => ' ',
        Some(f) => {
            let Some(f) = vm.str_of(*f) else {
                return Err(type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    vm.type_name(*f)
                )));
            };
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
    };
    Ok((width, fill))
}

/// Pads the text to `width` with `left` and the rest of the fill on the right.
fn pad(
    vm: &mut Vm,
    this: Value,
    width: usize,
    fill: char,
    left: impl Fn(usize) -> usize,
) -> Res<Value> {
    let s = obj(vm, this);
    if s.chars >= width {
        return Ok(this);
    }
    let total = width - s.chars;
    let l = left(total);
    let mut out = String::with_capacity(s.s.len() + total);
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(&s.s);
    out.extend(std::iter::repeat_n(fill, total - l));
    Ok(new_str(vm, &out))
}

fn ljust(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (w, f) = justify_args(vm, "ljust", args)?;
    pad(vm, args[0], w, f, |_| 0)
}

fn rjust(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (w, f) = justify_args(vm, "rjust", args)?;
    pad(vm, args[0], w, f, |t| t)
}

fn center(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (w, f) = justify_args(vm, "center", args)?;
    // CPython: the extra character goes left when the width is odd.
    pad(vm, args[0], w, f, |t| t / 2 + (t & w & 1))
}

fn zfill(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "zfill", args, 1, 1)?;
    let width = ops::int_arg(vm, args[1])?.max(0) as usize;
    let s = obj(vm, args[0]);
    if s.chars >= width {
        return Ok(args[0]);
    }
    let zeros = "0".repeat(width - s.chars);
    let out = match s.s.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{zeros}{rest}", &s.s[..1]),
        None => format!("{zeros}{}", s.s),
    };
    Ok(new_str(vm, &out))
}

fn partition_impl(vm: &mut Vm, name: &str, args: Args, from_right: bool) -> Res<Value> {
    check_self(vm, name, args, 1, 1)?;
    let sep = str_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(ops::value_error("empty separator"));
    }
    let s = &obj(vm, args[0]).s;
    let found = if from_right {
        s.rfind(sep)
    } else {
        s.find(sep)
    };
    let parts: [String; 3] = match found {
        Some(i) => [s[..i].into(), sep.into(), s[i + sep.len()..].into()],
        None if from_right => [String::new(), String::new(), s.to_string()],
        None => [s.to_string(), String::new(), String::new()],
    };
    let items = parts.iter().map(|p| new_str(vm, p)).collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    partition_impl(vm, "partition", args, false)
}

fn rpartition(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    partition_impl(vm, "rpartition", args, true)
}

fn expandtabs(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    check_self(vm, "expandtabs", args, 0, 1)?;
    let [size] = ops::bind(vm, "expandtabs", &args[1..], kwargs, ["tabsize"], 0, 1)?;
    let size = match size {
        Some(v) => ops::int_arg(vm, v)?,
        None => 8,
    };
    let s = &obj(vm, args[0]).s;
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(vm, &out))
}

fn removeprefix(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "removeprefix", args, 1, 1)?;
    let p = str_arg(vm, args[1])?;
    let s = &obj(vm, args[0]).s;
    match s.strip_prefix(p) {
        Some(rest) if !p.is_empty() => {
            let rest = rest.to_string();
            Ok(new_str(vm, &rest))
        }
        _ => Ok(args[0]),
    }
}

fn removesuffix(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "removesuffix", args, 1, 1)?;
    let p = str_arg(vm, args[1])?;
    let s = &obj(vm, args[0]).s;
    match s.strip_suffix(p) {
        Some(rest) if !p.is_empty() => {
            let rest = rest.to_string();
            Ok(new_str(vm, &rest))
        }
        _ => Ok(args[0]),
    }
}

fn format(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    check_self(vm, "format", args, 0, usize::MAX)?;
    let fmt = obj(vm, args[0]).s.to_string();
    let out = ops::str_format(vm, &fmt, &args[1..], kwargs)?;
    Ok(new_str(vm, &out))
}

fn format_map(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "format_map", args, 1, 1)?;
    let pairs: Vec<(Value, Value)> = match args[1].as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Dict(d)) => d.iter().collect(),
        _ => {
            return Err(type_error(format!(
                "format_map() argument must be a dict, not {}",
                vm.type_name(args[1])
            )))
        }
    };
    let fmt = obj(vm, args[0]).s.to_string();
    let out = ops::str_format(vm, &fmt, &[], &pairs)?;
    Ok(new_str(vm, &out))
}

/// `str.maketrans(x[, y[, z]])` (called on the class: `args[0]` is `x`).
fn maketrans(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("maketrans", args.len(), 1, 3)?;
    let table = vm.new_dict();
    if args.len() == 1 {
        let Some(Obj::Dict(d)) = args[0].as_obj().map(|r| vm.heap.get(r)) else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let entries: Vec<(Value, Value)> = d.iter().collect();
        for (k, v) in entries {
            let key = match vm.str_of(k).map(|s| s.chars().collect::<Vec<char>>()) {
                Some(cs) if cs.len() == 1 => Value::Int(cs[0] as i64),
                Some(_) => {
                    return Err(ops::value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                None => k,
            };
            vm.dict_set(table, key, v)?;
        }
        return Ok(Value::Obj(table));
    }
    let x: Vec<char> = str_arg(vm, args[0])?.chars().collect();
    let y: Vec<char> = str_arg(vm, args[1])?.chars().collect();
    if x.len() != y.len() {
        return Err(ops::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.into_iter().zip(y) {
        vm.dict_set(table, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = args.get(2) {
        let z: Vec<char> = str_arg(vm, *z)?.chars().collect();
        for c in z {
            vm.dict_set(table, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(table))
}

fn translate(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "translate", args, 1, 1)?;
    let chars: Vec<char> = obj(vm, args[0]).s.chars().collect();
    let mut out = String::with_capacity(chars.len());
    for c in chars {
        let mapped = match ops::get_item(vm, args[1], Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if ops::exc_matches(vm, &e, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => {
                    return Err(ops::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            v => match vm.str_of(v) {
                Some(s) => out.push_str(s),
                None => {
                    return Err(type_error(
                        "character mapping must return integer, None or str",
                    ))
                }
            },
        }
    }
    Ok(new_str(vm, &out))
}

pub const METHODS: &[Method] = &[
    ("find", find, false),
    ("rfind", rfind, false),
    ("index", index, false),
    ("rindex", rindex, false),
    ("count", count, false),
    ("startswith", startswith, false),
    ("endswith", endswith, false),
    ("split", split, true),
    ("rsplit", rsplit, true),
    ("splitlines", splitlines, true),
    ("join", join, false),
    ("strip", strip, false),
    ("lstrip", lstrip, false),
    ("rstrip", rstrip, false),
    ("replace", replace, false),
    ("upper", upper, false),
    ("lower", lower, false),
    ("casefold", casefold, false),
    ("swapcase", swapcase, false),
    ("title", title, false),
    ("capitalize", capitalize, false),
    ("isdigit", isdigit, false),
    ("isdecimal", isdecimal, false),
    ("isnumeric", isnumeric, false),
    ("isalpha", isalpha, false),
    ("isalnum", isalnum, false),
    ("isspace", isspace, false),
    ("isascii", isascii, false),
    ("isupper", isupper, false),
    ("islower", islower, false),
    ("istitle", istitle, false),
    ("isidentifier", isidentifier, false),
    ("isprintable", isprintable, false),
    ("ljust", ljust, false),
    ("rjust", rjust, false),
    ("center", center, false),
    ("zfill", zfill, false),
    ("partition", partition, false),
    ("rpartition", rpartition, false),
    ("expandtabs", expandtabs, true),
    ("removeprefix", removeprefix, false),
    ("removesuffix", removesuffix, false),
    ("format", format, true),
    ("format_map", format_map, false),
    ("maketrans", maketrans, false),
    ("translate", translate, false),
];
