//! `bytes` objects: immutable byte strings (`b'…'` literals, pickles, binary files) and their methods.

use std::hash::{Hash, Hasher};

use crate::objects::ops::{self, bind, method_self, type_error, value_error, Index};
use crate::objects::types::Method;
use crate::objects::Obj;
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

/// A new `bytes` object.
pub fn new_bytes(vm: &mut Vm, data: &[u8]) -> Value {
    vm.alloc(Obj::Bytes(data.into()))
}

/// The contents of a `bytes` value.
pub fn bytes_of(vm: &Vm, v: Value) -> Option<&[u8]> {
    match vm.heap.get(v.as_obj()?) {
        Obj::Bytes(b) => Some(b),
        _ => None,
    }
}

pub fn hash(data: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    data.hash(&mut h);
    h.finish()
}

/// Python's `repr(b)`: `b'…'`, in double quotes only when the data holds a
/// single quote and no double quote.
pub fn repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `b[i]` (an int) or `b[i:j:k]` (bytes).
pub fn get_item(vm: &mut Vm, r: ObjRef, index: Value) -> Res<Value> {
    let len = match vm.heap.get(r) {
        Obj::Bytes(b) => b.len(),
        _ => 0,
    };
    match ops::sequence_index(vm, index)? {
        Some(Index::At(i)) => match ops::norm_index(i, len) {
            Some(i) => Ok(Value::Int(data(vm, r)[i] as i64)),
            None => Err(Exc::pending(ExcKind::IndexError, "index out of range")),
        },
        Some(Index::Slice(s)) => {
            let (start, step, n) = ops::slice_indices(vm, &s, len)?;
            if step == 1 && n == len {
                return Ok(Value::Obj(r));
            }
            let b = data(vm, r);
            let picked: Vec<u8> = ops::slice_positions(start, step, n).map(|i| b[i]).collect();
            Ok(new_bytes(vm, &picked))
        }
        None => Err(type_error(format!(
            "byte indices must be integers or slices, not {}",
            vm.type_name(index)
        ))),
    }
}

fn data(vm: &Vm, r: ObjRef) -> &[u8] {
    match vm.heap.get(r) {
        Obj::Bytes(b) => b,
        _ => &[],
    }
}

/// `item in b`: an int in range(256), or a bytes subsequence.
pub fn contains(vm: &mut Vm, r: ObjRef, item: Value) -> Res<bool> {
    if let Some(needle) = bytes_of(vm, item) {
        return Ok(find_at(data(vm, r), needle, 0).is_some());
    }
    match ops::index_value(vm, item)? {
        Some(i) if (0..256).contains(&i) => Ok(data(vm, r).contains(&(i as u8))),
        Some(_) => Err(value_error("byte must be in range(0, 256)")),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(item)
        ))),
    }
}

fn find_at(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(from);
    }
    hay[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(str, encoding)`.
pub fn bytes_new(vm: &mut Vm, args: Args, kw: Kw) -> Res<Value> {
    let [source, encoding, _errors] = bind(
        vm,
        "bytes",
        args,
        kw,
        ["source", "encoding", "errors"],
        0,
        3,
    )?;
    let Some(source) = source else {
        return Ok(new_bytes(vm, &[]));
    };
    if let Some(s) = vm.str_of(source) {
        if encoding.is_none() {
            return Err(type_error("string argument without an encoding"));
        }
        let s = s.to_string();
        return encode(vm, &s, encoding);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if bytes_of(vm, source).is_some() {
        return Ok(source);
    }
    if let Value::Int(n) = source {
        if n < 0 {
            return Err(value_error("negative count"));
        }
        let n = usize::try_from(n).map_err(|_| Exc::bare(ExcKind::MemoryError))?;
        return Ok(new_bytes(vm, &vec![0; n]));
    }
    let items = ops::to_vec(vm, source)?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        match ops::index_value(vm, v)? {
            Some(i) if (0..256).contains(&i) => out.push(i as u8),
            Some(_) => return Err(value_error("bytes must be in range(0, 256)")),
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )))
            }
        }
    }
    Ok(new_bytes(vm, &out))
}

/// The codecs `encode`/`decode` know: UTF-8 (the default), ASCII and Latin-1.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

fn codec(vm: &Vm, encoding: Option<Value>) -> Res<Codec> {
    let Some(e) = encoding else {
        return Ok(Codec::Utf8);
    };
    let Some(name) = vm.str_of(e) else {
        return Err(type_error(format!(
            "encoding must be str, not {}",
            vm.type_name(e)
        )));
    };
    match name.to_ascii_lowercase().replace('_', "-").as_str() {
        "utf-8" | "utf8" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "iso-8859-1" => Ok(Codec::Latin1),
        _ => Err(Exc::pending(
            ExcKind::LookupError,
            format!("unknown encoding: {name}"),
        )),
    }
}

fn encode(vm: &mut Vm, s: &str, encoding: Option<Value>) -> Res<Value> {
    let codec = codec(vm, encoding)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(new_bytes(vm, s.as_bytes())),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) >= limit {
            let name = if codec == Codec::Ascii {
                "ascii"
            } else {
                "latin-1"
            };
            let c = c as u32;
            let escaped = match c {
                0..=0xff => format!("\\x{c:02x}"),
                0x100..=0xffff => format!("\\u{c:04x}"),
                _ => format!("\\U{c:08x}"),
            };
            return Err(Exc::pending(
                ExcKind::UnicodeEncodeError,
                format!(
                    "'{name}' codec can't encode character '{escaped}' in position {i}: ordinal not in range({limit})"
                ),
            ));
        }
        out.push(c as u8);
    }
    Ok(new_bytes(vm, &out))
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

pub const METHODS: &[Method] = &[
    ("decode", decode, true),
    ("hex", hex, false),
    ("find", find, false),
    ("count", count, false),
    ("startswith", startswith, false),
    ("endswith", endswith, false),
    ("join", join, false),
];

/// Methods `str` gets from here: `encode`.
pub const STR_METHODS: &[Method] = &[("encode", str_encode, true)];

fn is_bytes(o: &Obj) -> bool {
    matches!(o, Obj::Bytes(_))
}

/// A bytes argument of method `name` (`TypeError` otherwise).
fn bytes_arg(vm: &Vm, v: Value) -> Res<Vec<u8>> {
    match bytes_of(vm, v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn decode(vm: &mut Vm, args: Args, kw: Kw) -> Res<Value> {
    let (this, rest) = method_self(vm, "bytes", "decode", args, (0, 2), is_bytes)?;
    let [encoding, _errors] = bind(vm, "decode", rest, kw, ["encoding", "errors"], 0, 2)?;
    let codec = codec(vm, encoding)?;
    let b = data(vm, this);
    let text = match codec {
        Codec::Utf8 => match std::str::from_utf8(b) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let at = e.valid_up_to();
                return Err(Exc::pending(
                    ExcKind::UnicodeDecodeError,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
                        b[at]
                    ),
                ));
            }
        },
        Codec::Ascii => match b.iter().position(|c| *c >= 0x80) {
            Some(at) => {
                return Err(Exc::pending(
                    ExcKind::UnicodeDecodeError,
                    format!(
                        "'ascii' codec can't decode byte 0x{:02x} in position {at}: ordinal not in range(128)",
                        b[at]
                    ),
                ))
            }
            None => b.iter().map(|c| *c as char).collect(),
        },
        Codec::Latin1 => b.iter().map(|c| *c as char).collect(),
    };
    Ok(vm.new_str(&text))
}

fn hex(vm: &mut Vm, args: Args, _kw: Kw) -> Res<Value> {
    let (this, _) = method_self(vm, "bytes", "hex", args, (0, 0), is_bytes)?;
    let s: String = data(vm, this).iter().map(|c| format!("{c:02x}")).collect();
    Ok(vm.new_str(&s))
}

/// The needle of `find`/`count`: bytes, or an int for a single byte.
fn needle(vm: &mut Vm, v: Value) -> Res<Vec<u8>> {
    if let Some(b) = bytes_of(vm, v) {
        return Ok(b.to_vec());
    }
    match ops::index_value(vm, v)? {
        Some(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => Err(value_error("byte must be in range(0, 256)")),
        None => Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn find(vm: &mut Vm, args: Args, _kw: Kw) -> Res<Value> {
    let (this, rest) = method_self(vm, "bytes", "find", args, (1, 1), is_bytes)?;
    let n = needle(vm, rest[0])?;
    Ok(Value::Int(
        find_at(data(vm, this), &n, 0).map_or(-1, |i| i as i64),
    ))
}

fn count(vm: &mut Vm, args: Args, _kw: Kw) -> Res<Value> {
    let (this, rest) = method_self(vm, "bytes", "count", args, (1, 1), is_bytes)?;
    let n = needle(vm, rest[0])?;
    let hay = data(vm, this);
    let mut found = 0;
    let mut at = 0;
    while let Some(i) = find_at(hay, &n, at) {
        found += 1;
        at = i + n.len().max(1);
    }
    Ok(Value::Int(found))
}

fn startswith(vm: &mut Vm, args: Args, _kw: Kw) -> Res<Value> {
    let (this, rest) = method_self(vm, "bytes", "startswith", args, (1, 1), is_bytes)?;
    let prefix = bytes_arg(vm, rest[0])?;
    Ok(Value::Bool(data(vm, this).starts_with(&prefix)))
}

fn endswith(vm: &mut Vm, args: Args, _kw: Kw) -> Res<Value> {
    let (this, rest) = method_self(vm, "bytes", "endswith", args, (1, 1), is_bytes)?;
    let suffix = bytes_arg(vm, rest[0])?;
    Ok(Value::Bool(data(vm, this).ends_with(&suffix)))
}

fn join(vm: &mut Vm, args: Args, _kw: Kw) -> Res<Value> {
    let (this, rest) = method_self(vm, "bytes", "join", args, (1, 1), is_bytes)?;
    let sep = data(vm, this).to_vec();
    let items = ops::to_vec(vm, rest[0])?;
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(vm, item) {
            Some(b) => out.extend_from_slice(b),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    Ok(new_bytes(vm, &out))
}

fn str_encode(vm: &mut Vm, args: Args, kw: Kw) -> Res<Value> {
    let (this, rest) = method_self(vm, "str", "encode", args, (0, 2), |o| {
        matches!(o, Obj::Str(_))
    })?;
    let [encoding, _errors] = bind(vm, "encode", rest, kw, ["encoding", "errors"], 0, 2)?;
    let s = vm.str_of(Value::Obj(this)).unwrap_or("").to_string();
    encode(vm, &s, encoding)
}
