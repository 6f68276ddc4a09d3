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
use crate::objects::strutil;
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

/// The optional `start`/`end` arguments of the search methods (`None`,
/// ints or `__index__` objects); `strutil` clamps them as Python does.
fn bounds(
    vm: &mut Vm,
    start: Option<&Value>,
    end: Option<&Value>,
) -> Res<(Option<i64>, Option<i64>)> {
    let mut part = |v: Option<&Value>| match v {
        Some(v) => ops::slice_part(vm, *v),
        None => Ok(None),
    };
    Ok((part(start)?, part(end)?))
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
    let (start, end) = bounds(vm, args.get(2), args.get(3))?;
    let s = &obj(vm, args[0]).s;
    let sub = vm.str_of(args[1]).unwrap_or("");
    Ok(if from_right {
        strutil::rfind(s, sub, start, end)
    } else {
        strutil::find(s, sub, start, end)
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
    let (start, end) = bounds(vm, args.get(2), args.get(3))?;
    let s = &obj(vm, args[0]).s;
    let sub = vm.str_of(args[1]).unwrap_or("");
    Ok(Value::Int(strutil::count(s, sub, start, end) as i64))
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
    let (start, stop) = bounds(vm, args.get(2), args.get(3))?;
    let s = &obj(vm, args[0]).s;
    let hit = candidates.iter().any(|p| {
        if end {
            strutil::endswith(s, p, start, stop)
        } else {
            strutil::startswith(s, p, start, stop)
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

fn split_impl(vm: &mut Vm, name: &str, args: Args, kwargs: Kw, from_right: bool) -> Res<Value> {
    check_self(vm, name, args, 0, 2)?;
    let [sep, maxsplit] = ops::bind(vm, name, &args[1..], kwargs, ["sep", "maxsplit"], 0, 2)?;
    let maxsplit = match maxsplit {
        Some(m) => ops::int_arg(vm, m)?,
        None => -1,
    };
    let sep = opt_str_arg(vm, sep.as_ref())?;
    let s = &obj(vm, args[0]).s;
    let parts = if from_right {
        strutil::rsplit(s, sep.as_deref(), maxsplit)?
    } else {
        strutil::split(s, sep.as_deref(), maxsplit)?
    };
    let parts = parts.into_iter().map(String::from).collect();
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
    let parts = strutil::splitlines(s, keep)
        .into_iter()
        .map(String::from)
        .collect();
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
    let t = match (left, right) {
        (true, true) => strutil::strip(s, chars.as_deref()),
        (true, false) => strutil::lstrip(s, chars.as_deref()),
        _ => strutil::rstrip(s, chars.as_deref()),
    };
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
    let out = strutil::replace(s, old, new, count);
    Ok(new_str(vm, &out))
}

/// A method that maps the text to new text and takes no arguments.
fn transform(vm: &mut Vm, name: &str, args: Args, f: fn(&str) -> String) -> Res<Value> {
    check_self(vm, name, args, 0, 0)?;
    let out = f(&obj(vm, args[0]).s);
    Ok(new_str(vm, &out))
}

fn upper(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "upper", args, strutil::upper)
}

fn lower(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "lower", args, strutil::lower)
}

fn casefold(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "casefold", args, strutil::casefold)
}

fn swapcase(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "swapcase", args, strutil::swapcase)
}

fn title(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "title", args, strutil::title)
}

fn capitalize(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    transform(vm, "capitalize", args, strutil::capitalize)
}

/// A predicate method (`isdigit`, …) answered by `strutil`.
fn predicate(vm: &mut Vm, name: &str, args: Args, test: fn(&str) -> bool) -> Res<Value> {
    check_self(vm, name, args, 0, 0)?;
    Ok(Value::Bool(test(&obj(vm, args[0]).s)))
}

fn isdigit(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isdigit", args, strutil::isdigit)
}

fn isdecimal(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isdecimal", args, strutil::isdecimal)
}

fn isnumeric(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isnumeric", args, strutil::isnumeric)
}

fn isalpha(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isalpha", args, strutil::isalpha)
}

fn isalnum(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isalnum", args, strutil::isalnum)
}

fn isspace(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isspace", args, strutil::isspace)
}

fn isascii(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isascii", args, strutil::isascii)
}

fn isupper(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isupper", args, strutil::isupper)
}

fn islower(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "islower", args, strutil::islower)
}

fn istitle(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "istitle", args, strutil::istitle)
}

fn isidentifier(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isidentifier", args, strutil::isidentifier)
}

fn isprintable(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isprintable", args, strutil::isprintable)
}

/// The `width`/`fillchar` arguments of the justifying methods.
fn justify_args(vm: &mut Vm, name: &str, args: Args) -> Res<(i64, char)> {
    check_self(vm, name, args, 1, 2)?;
    let width = ops::int_arg(vm, args[1])?;
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

/// A justified copy of `this`; `this` itself when it is already wide enough.
fn padded(vm: &mut Vm, this: Value, out: String) -> Value {
    if out.len() == obj(vm, this).s.len() {
        return this;
    }
    new_str(vm, &out)
}

fn ljust(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (w, f) = justify_args(vm, "ljust", args)?;
    let out = strutil::ljust(&obj(vm, args[0]).s, w, f);
    Ok(padded(vm, args[0], out))
}

fn rjust(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (w, f) = justify_args(vm, "rjust", args)?;
    let out = strutil::rjust(&obj(vm, args[0]).s, w, f);
    Ok(padded(vm, args[0], out))
}

fn center(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (w, f) = justify_args(vm, "center", args)?;
    let out = strutil::center(&obj(vm, args[0]).s, w, f);
    Ok(padded(vm, args[0], out))
}

fn zfill(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_self(vm, "zfill", args, 1, 1)?;
    let width = ops::int_arg(vm, args[1])?;
    let out = strutil::zfill(&obj(vm, args[0]).s, width);
    Ok(padded(vm, args[0], out))
}

fn partition_impl(vm: &mut Vm, name: &str, args: Args, from_right: bool) -> Res<Value> {
    check_self(vm, name, args, 1, 1)?;
    let sep = str_arg(vm, args[1])?;
    let s = &obj(vm, args[0]).s;
    let (a, b, c) = if from_right {
        strutil::rpartition(s, sep)?
    } else {
        strutil::partition(s, sep)?
    };
    let parts = [a.to_string(), b.to_string(), c.to_string()];
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
    let out = strutil::expandtabs(&obj(vm, args[0]).s, size);
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
