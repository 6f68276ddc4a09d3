//! The `builtins` module: `print`, `len`, `sorted`, …, the type names, and the constructors of the builtin types.
//!
//! Calling a class is dispatched by the VM; for the builtin types it asks
//! `construct` first. `map`, `filter` and the two-argument `iter` are small
//! native-backed classes (see `ops::native_class`): their instances keep the
//! iteration state in their instance dict, so they stay lazy without a
//! dedicated object kind.

use std::io::BufRead;

use crate::objects::function::Wants;
use crate::objects::iter::IterObj;
use crate::objects::ops::{
    self, bind, check_args, exc_matches, int_arg, native_state, type_error, value_error, Roots,
};
use crate::objects::types::Method;
use crate::objects::{intfmt, number, strutil, DictObj, InstanceObj, Obj};
use crate::syntax::ast::BinOp;
use crate::vm::interp::RunExit;
use crate::vm::reentry::{self, any_argument, user_object_argument};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Exc, ExcKind, Res, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

/// The builtin functions.
const FUNCTIONS: &[Method] = &[
    ("print", print, true),
    ("input", input, false),
    ("len", len, false),
    ("repr", repr, false),
    ("ascii", ascii, false),
    ("abs", abs, false),
    ("min", min, true),
    ("max", max, true),
    ("sum", sum, true),
    ("any", any, false),
    ("all", all, false),
    ("divmod", divmod, false),
    ("pow", pow, true),
    ("round", round, true),
    ("hash", hash, false),
    ("id", id, false),
    ("ord", ord, false),
    ("chr", chr, false),
    ("hex", hex, false),
    ("oct", oct, false),
    ("bin", bin, false),
    ("format", format, false),
    ("isinstance", isinstance, false),
    ("issubclass", issubclass, false),
    ("callable", callable, false),
    ("iter", iter, false),
    ("next", next, false),
    ("sorted", sorted, true),
    ("reversed", reversed, false),
    ("enumerate", enumerate, true),
    ("zip", zip, false),
    ("getattr", getattr, false),
    ("setattr", setattr, false),
    ("hasattr", hasattr, false),
    ("delattr", delattr, false),
    ("vars", vars, false),
    ("dir", dir, false),
    ("globals", globals, false),
    ("locals", locals, false),
    ("open", open, true),
];

/// The builtin functions that may call back into script code (key
/// functions, iterating user iterables, comparing and converting user
/// objects): they run on a coroutine when their arguments say so
/// (`vm/reentry.rs`).
const REENTRANT: &[(&str, Wants)] = &[
    ("print", any_argument),
    ("repr", any_argument),
    ("ascii", any_argument),
    ("format", any_argument),
    ("min", any_argument),
    ("max", any_argument),
    ("sum", any_argument),
    ("any", any_argument),
    ("all", any_argument),
    ("sorted", any_argument),
    ("next", any_argument),
    ("input", any_argument),
    ("len", user_object_argument),
    ("hash", user_object_argument),
    ("iter", user_object_argument),
    ("reversed", user_object_argument),
    ("abs", user_object_argument),
    ("divmod", user_object_argument),
    ("pow", user_object_argument),
    ("round", user_object_argument),
];

/// Fills the builtins namespace.
pub fn install(vm: &mut Vm) {
    crate::modules::install_internal(vm);
    let b = vm.builtins;
    for (name, f, kw) in FUNCTIONS {
        let v = vm.new_native(name, *f, *kw);
        vm.dict_set_str(b, name, v);
    }
    reentry::mark(vm, b, REENTRANT);
    let t = &vm.types;
    let types = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("float", t.float),
        ("bool", t.bool_),
        ("str", t.str_),
        ("bytes", t.bytes),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
    ];
    for (name, class) in types {
        vm.dict_set_str(b, name, Value::Obj(class));
    }
    for name in ["map", "filter"] {
        if let Some(c) = ops::internal(vm, name) {
            vm.dict_set_str(b, name, c);
        }
    }
    for class in vm.exc_types.clone() {
        let name = vm.class(class).name.clone();
        vm.dict_set_str(b, &name, Value::Obj(class));
    }
    vm.dict_set_str(b, "NotImplemented", Value::NotImplemented);
    vm.dict_set_str(b, "Ellipsis", Value::Ellipsis);
    let name = vm.new_str("builtins");
    vm.dict_set_str(b, "__name__", name);
    let base_exception = vm.exc_class(ExcKind::BaseException);
    for (class, methods) in [
        (vm.types.property, PROPERTY_METHODS),
        (vm.types.object, OBJECT_METHODS),
        (base_exception, EXCEPTION_METHODS),
    ] {
        let dict = vm.class(class).dict;
        for (name, f, kw) in methods {
            let v = vm.new_native(name, *f, *kw);
            vm.dict_set_str(dict, name, v);
        }
    }
}

// ---------------------------------------------------------------------------
// Output and input
// ---------------------------------------------------------------------------

/// A `str`-or-None keyword argument of `print`.
fn print_text(vm: &Vm, name: &str, v: Option<Value>, default: &str) -> Res<String> {
    match v {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(v) => match vm.str_of(v) {
            Some(s) => Ok(s.to_string()),
            None => Err(type_error(format!(
                "{name} must be None or a string, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn print(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    let [sep, end, file, flush] = bind(
        vm,
        "print",
        &[],
        kwargs,
        ["sep", "end", "file", "flush"],
        0,
        0,
    )?;
    let sep = print_text(vm, "sep", sep, " ")?;
    let end = print_text(vm, "end", end, "\n")?;
    let file = file.filter(|f| !f.is_none());
    let write = match file {
        Some(f) => {
            let name = vm.intern("write");
            Some(vm.get_attr(f, name)?)
        }
        None => None,
    };
    // Piece by piece, as Python writes: what a `__str__` prints or an
    // error it raises comes after the items before it.
    let emit = |vm: &mut Vm, text: &str| -> Res<()> {
        match write {
            Some(w) => {
                let s = vm.new_str(text);
                vm.call_value(w, &[s], &[])?;
            }
            None => vm.write_out(text),
        }
        Ok(())
    };
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            emit(vm, &sep)?;
        }
        match vm.str_of(*a) {
            Some(s) => {
                let s = s.to_string();
                emit(vm, &s)?;
            }
            None => {
                let s = ops::str(vm, *a)?;
                emit(vm, &s)?;
            }
        }
    }
    emit(vm, &end)?;
    if let Some(f) = flush {
        if ops::truthy(vm, f)? {
            match file {
                Some(f) => {
                    let name = vm.intern("flush");
                    let m = vm.get_attr(f, name)?;
                    vm.call_value(m, &[], &[])?;
                }
                None => vm.flush_out(),
            }
        }
    }
    Ok(Value::None)
}

fn input(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("input", args.len(), 0, 1)?;
    if let Some(p) = args.first() {
        let p = ops::str(vm, *p)?;
        vm.write_out(&p);
    }
    vm.flush_out();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(0) => Err(Exc::pending(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(&line))
        }
        Err(e) => Err(Exc::pending(ExcKind::OSError, e.to_string())),
    }
}

// ---------------------------------------------------------------------------
// Simple functions
// ---------------------------------------------------------------------------

fn len(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("len", args.len(), 1, 1)?;
    Ok(Value::Int(ops::len(vm, args[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("repr", args.len(), 1, 1)?;
    let s = ops::repr(vm, args[0])?;
    Ok(ops::new_str(vm, &s))
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
fn ascii(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("ascii", args.len(), 1, 1)?;
    let s = strutil::ascii(&ops::repr(vm, args[0])?);
    Ok(vm.new_str(&s))
}

fn abs(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("abs", args.len(), 1, 1)?;
    if let Some(v) = number::abs(vm, args[0]) {
        return Ok(v);
    }
    match ops::call_dunder(vm, args[0], "__abs__", &[])? {
        Some(v) => Ok(v),
        None => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            vm.type_name(args[0])
        ))),
    }
}

/// `min`/`max`: `pick_later(best, candidate)` says whether the candidate wins.
fn extreme(vm: &mut Vm, name: &str, args: Args, kwargs: Kw, want_greater: bool) -> Res<Value> {
    let [key, default] = bind(vm, name, &[], kwargs, ["key", "default"], 0, 0)?;
    if args.is_empty() {
        return Err(type_error(format!("{name} expected 1 arguments, got 0")));
    }
    let items = if args.len() == 1 {
        ops::to_vec(vm, args[0])?
    } else {
        if default.is_some() {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        args.to_vec()
    };
    if items.is_empty() {
        return default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence")));
    }
    let key = key.filter(|k| !k.is_none());
    let roots = Roots::new(vm);
    roots.push_all(vm, &items);
    let res = (|| {
        let mut best = items[0];
        let mut best_key = match key {
            Some(k) => vm.call_value(k, &[best], &[])?,
            None => best,
        };
        roots.push(vm, best_key);
        for v in &items[1..] {
            let k = match key {
                Some(f) => vm.call_value(f, &[*v], &[])?,
                None => *v,
            };
            roots.push(vm, k);
            let wins = if want_greater {
                ops::less_than(vm, best_key, k)?
            } else {
                ops::less_than(vm, k, best_key)?
            };
            if wins {
                best = *v;
                best_key = k;
            }
        }
        Ok(best)
    })();
    roots.release(vm);
    res
}

fn min(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    extreme(vm, "min", args, kwargs, false)
}

fn max(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    extreme(vm, "max", args, kwargs, true)
}

fn sum(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    let [iterable, start] = bind(vm, "sum", args, kwargs, ["iterable", "start"], 1, 2)?;
    let mut acc = start.unwrap_or(Value::Int(0));
    if vm.str_of(acc).is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let items = ops::to_vec(vm, iterable.unwrap_or(Value::None))?;
    let roots = Roots::new(vm);
    roots.push_all(vm, &items);
    let res = (|| {
        for v in items {
            acc = match (acc, v) {
                (Value::Int(a), Value::Int(b)) if a.checked_add(b).is_some() => Value::Int(a + b),
                (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
                _ => ops::binary(vm, BinOp::Add, acc, v)?,
            };
            roots.push(vm, acc);
        }
        Ok(acc)
    })();
    roots.release(vm);
    res
}

/// `any`/`all`: stops at the first item whose truth is `stop_on`.
fn any_all(vm: &mut Vm, name: &str, args: Args, stop_on: bool) -> Res<Value> {
    check_args(name, args.len(), 1, 1)?;
    let it = ops::get_iter(vm, args[0])?;
    while let Some(v) = ops::iter_next(vm, it)? {
        if ops::truthy(vm, v)? == stop_on {
            return Ok(Value::Bool(stop_on));
        }
    }
    Ok(Value::Bool(!stop_on))
}

fn any(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    any_all(vm, "any", args, true)
}

fn all(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    any_all(vm, "all", args, false)
}

fn divmod(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("divmod", args.len(), 2, 2)?;
    if let Some(r) = number::divmod(vm, args[0], args[1]) {
        return r;
    }
    for (x, name, y) in [
        (args[0], "__divmod__", args[1]),
        (args[1], "__rdivmod__", args[0]),
    ] {
        if let Some(r) = ops::call_dunder(vm, x, name, &[y])? {
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(args[0]),
        vm.type_name(args[1])
    )))
}

fn pow(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    let [base, exp, m] = bind(vm, "pow", args, kwargs, ["base", "exp", "mod"], 2, 3)?;
    let (base, exp) = (base.unwrap_or(Value::None), exp.unwrap_or(Value::None));
    match m {
        Some(m) if !m.is_none() => number::pow_mod(vm, base, exp, m),
        _ => ops::binary(vm, BinOp::Pow, base, exp),
    }
}

fn round(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    let [x, nd] = bind(vm, "round", args, kwargs, ["number", "ndigits"], 1, 2)?;
    let x = x.unwrap_or(Value::None);
    let nd = nd.filter(|v| !v.is_none());
    if let Some(r) = number::round(vm, x, nd) {
        return r;
    }
    let extra: Vec<Value> = nd.into_iter().collect();
    match ops::call_dunder(vm, x, "__round__", &extra)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(x)
        ))),
    }
}

fn hash(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("hash", args.len(), 1, 1)?;
    Ok(Value::Int(ops::hash(vm, args[0])?))
}

/// `id(v)`: the repr address for heap objects; a stable number derived from
/// the value for immediates (distinct from every heap address).
fn id(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("id", args.len(), 1, 1)?;
    let n: i128 = match args[0] {
        Value::Obj(r) => ops::obj_addr(r) as i128,
        Value::Undef | Value::None => 0x7e00_0000_0010,
        Value::NotImplemented => 0x7e00_0000_0020,
        Value::Ellipsis => 0x7e00_0000_0030,
        Value::Bool(b) => 0x7e00_0000_0040 + b as i128 * 16,
        Value::Int(i) => (1i128 << 80) + i as i128,
        Value::Float(f) => (1i128 << 96) + f.to_bits() as i128,
    };
    Ok(vm.new_int(n.into()))
}

fn ord(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("ord", args.len(), 1, 1)?;
    let Some(s) = vm.str_of(args[0]) else {
        return Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(args[0])
        )));
    };
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(Value::Int(c as i64)),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn chr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("chr", args.len(), 1, 1)?;
    let i = int_arg(vm, args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(ops::char_value(vm, c)),
        None if (0xd800..0xe000).contains(&i) => {
            Err(value_error("surrogate characters are not supported"))
        }
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

/// `hex`/`oct`/`bin`.
fn int_in_base(vm: &mut Vm, name: &str, args: Args, base: u32) -> Res<Value> {
    check_args(name, args.len(), 1, 1)?;
    let n = match number::to_bigint(vm, args[0]) {
        Some(n) => n,
        None => {
            let i = int_arg(vm, args[0])?;
            i.into()
        }
    };
    let s = intfmt::to_base(&n, base, true);
    Ok(vm.new_str(&s))
}

fn hex(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    int_in_base(vm, "hex", args, 16)
}

fn oct(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    int_in_base(vm, "oct", args, 8)
}

fn bin(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    int_in_base(vm, "bin", args, 2)
}

fn format(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => match vm.str_of(*s) {
            Some(s) => s.to_string(),
            None => {
                return Err(type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(*s)
                )))
            }
        },
        None => String::new(),
    };
    let s = ops::format_value(vm, args[0], &spec)?;
    Ok(vm.new_str(&s))
}

// ---------------------------------------------------------------------------
// Types and attributes
// ---------------------------------------------------------------------------

fn is_class(vm: &Vm, v: Value) -> Option<ObjRef> {
    let r = v.as_obj()?;
    matches!(vm.heap.get(r), Obj::Class(_)).then_some(r)
}

/// Whether class `c` matches `spec`: a class or a (nested) tuple of classes.
fn class_matches(vm: &Vm, c: ObjRef, spec: Value, what: &str) -> Res<bool> {
    if let Some(k) = is_class(vm, spec) {
        return Ok(vm.is_subclass(c, k));
    }
    if let Some(Obj::Tuple(t)) = spec.as_obj().map(|r| vm.heap.get(r)) {
        for s in t.iter() {
            if class_matches(vm, c, *s, what)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(type_error(format!(
        "{what} arg 2 must be a type or tuple of types"
    )))
}

fn isinstance(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("isinstance", args.len(), 2, 2)?;
    let c = vm.type_of(args[0]);
    class_matches(vm, c, args[1], "isinstance()").map(Value::Bool)
}

fn issubclass(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("issubclass", args.len(), 2, 2)?;
    let Some(c) = is_class(vm, args[0]) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    class_matches(vm, c, args[1], "issubclass()")
        .map_err(|_| type_error("issubclass() arg 2 must be a class or tuple of classes"))
        .map(Value::Bool)
}

fn callable(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("callable", args.len(), 1, 1)?;
    Ok(Value::Bool(ops::callable(vm, args[0])))
}

/// An attribute name argument, interned; `caller` is named in the error
/// by `getattr` and `hasattr` (as CPython 3.7 does).
fn attr_name(vm: &mut Vm, v: Value, caller: Option<&str>) -> Res<ObjRef> {
    match vm.str_of(v).map(str::to_string) {
        Some(s) => Ok(vm.intern(&s)),
        None => Err(type_error(match caller {
            Some(f) => format!("{f}(): attribute name must be string"),
            None => format!("attribute name must be string, not '{}'", vm.type_name(v)),
        })),
    }
}

fn getattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("getattr", args.len(), 2, 3)?;
    let name = attr_name(vm, args[1], Some("getattr"))?;
    match vm.get_attr(args[0], name) {
        Err(e) if args.len() == 3 && exc_matches(vm, &e, ExcKind::AttributeError) => Ok(args[2]),
        r => r,
    }
}

fn setattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("setattr", args.len(), 3, 3)?;
    let name = attr_name(vm, args[1], None)?;
    vm.set_attr(args[0], name, args[2])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("hasattr", args.len(), 2, 2)?;
    let name = attr_name(vm, args[1], Some("hasattr"))?;
    match vm.get_attr(args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if exc_matches(vm, &e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// `delattr(obj, name)`: removes the name from the instance (or class, module) namespace.
fn delattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("delattr", args.len(), 2, 2)?;
    let name = attr_name(vm, args[1], None)?;
    if let Some(Obj::Instance(_) | Obj::Exception(_)) = args[0].as_obj().map(|r| vm.heap.get(r)) {
        if ops::call_dunder(vm, args[0], "__delattr__", &[Value::Obj(name)])?.is_some() {
            return Ok(Value::None);
        }
    }
    if let Some(d) = namespace(vm, args[0]) {
        if vm.dict_remove(d, Value::Obj(name))?.is_some() {
            return Ok(Value::None);
        }
    }
    let shown = vm.str_of(Value::Obj(name)).unwrap_or("").to_string();
    Err(Exc::pending(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{shown}'",
            vm.type_name(args[0])
        ),
    ))
}

/// The `__dict__` of an object that has one.
fn namespace(vm: &Vm, v: Value) -> Option<ObjRef> {
    match vm.heap.get(v.as_obj()?) {
        Obj::Instance(i) => Some(i.dict),
        Obj::Class(c) => Some(c.dict),
        Obj::Module(m) => Some(m.dict),
        Obj::Exception(e) => e.dict,
        Obj::Function(f) => f.dict,
        _ => None,
    }
}

fn vars(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("vars", args.len(), 0, 1)?;
    let Some(&v) = args.first() else {
        return locals(vm, &[], &[]);
    };
    match namespace(vm, v) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

/// The names (str keys) of `dicts`, sorted, without repeats.
pub(crate) fn names_in(vm: &Vm, dicts: &[ObjRef]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for d in dicts {
        if let Obj::Dict(t) = vm.heap.get(*d) {
            names.extend(
                t.iter()
                    .filter_map(|(k, _)| vm.str_of(k).map(str::to_string)),
            );
        }
    }
    names.sort();
    names.dedup();
    names
}

fn sorted_names(vm: &mut Vm, dicts: &[ObjRef]) -> Value {
    let items = names_in(vm, dicts).iter().map(|n| vm.new_str(n)).collect();
    vm.new_list(items)
}

/// Where the attributes of `v` live, in lookup order: its own namespace,
/// then its class's MRO (a class's own MRO; none for a module).
pub(crate) fn attribute_dicts(vm: &Vm, v: Value) -> Vec<ObjRef> {
    let mut dicts: Vec<ObjRef> = Vec::new();
    if let Some(d) = namespace(vm, v) {
        dicts.push(d);
    }
    let class = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Module(_)) => None,
        Some(Obj::Class(_)) => v.as_obj(),
        _ => Some(vm.type_of(v)),
    };
    if let Some(c) = class {
        dicts.extend(vm.class(c).mro.iter().map(|k| vm.class(*k).dict));
    }
    dicts
}

fn dir(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("dir", args.len(), 0, 1)?;
    let Some(&v) = args.first() else {
        let l = locals(vm, &[], &[])?;
        let d = l.as_obj().expect("a dict");
        return Ok(sorted_names(vm, &[d]));
    };
    if let Some(r) = ops::call_dunder(vm, v, "__dir__", &[])? {
        let items = ops::to_vec(vm, r)?;
        let list = vm.new_list(items);
        return sorted(vm, &[list], &[]);
    }
    let dicts = attribute_dicts(vm, v);
    Ok(sorted_names(vm, &dicts))
}

/// The frame of the script code that called the running native.
fn caller_frame(vm: &Vm) -> Res<&crate::vm::frame::Frame> {
    vm.fiber
        .frames
        .last()
        .ok_or_else(|| Exc::pending(ExcKind::RuntimeError, "no current frame"))
}

fn globals(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("globals", args.len(), 0, 0)?;
    Ok(Value::Obj(caller_frame(vm)?.globals))
}

/// `locals()`: the namespace of a module or class body, else a new dict of
/// the caller's bound local slots and cells.
fn locals(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("locals", args.len(), 0, 0)?;
    let frame = caller_frame(vm)?;
    if let Some(l) = frame.locals {
        return Ok(Value::Obj(l));
    }
    if frame.code.kind == crate::compile::code::CodeKind::Module {
        return Ok(Value::Obj(frame.globals));
    }
    let code = frame.code.clone();
    let base = frame.base as usize;
    let names: Vec<&String> = code
        .varnames
        .iter()
        .chain(code.cellvars.iter())
        .chain(code.freevars.iter())
        .collect();
    let mut pairs = Vec::new();
    for (i, name) in names.into_iter().enumerate() {
        let mut v = vm
            .fiber
            .stack
            .get(base + i)
            .copied()
            .unwrap_or(Value::Undef);
        if i >= code.varnames.len() {
            v = match v.as_obj().map(|r| vm.heap.get(r)) {
                Some(Obj::Cell(c)) => *c,
                _ => Value::Undef,
            };
        }
        if !matches!(v, Value::Undef) {
            pairs.push((name.clone(), v));
        }
    }
    let d = vm.new_dict();
    for (k, v) in pairs {
        let k = vm.new_str(&k);
        vm.dict_set(d, k, v)?;
    }
    Ok(Value::Obj(d))
}

// ---------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------

fn iter(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("iter", args.len(), 1, 2)?;
    if args.len() == 2 {
        return ops::native_instance(
            vm,
            "callable_iterator",
            &[("_func", args[0]), ("_sentinel", args[1])],
        );
    }
    ops::get_iter(vm, args[0])
}

fn next(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("next", args.len(), 1, 2)?;
    if !ops::is_iterator(vm, args[0]) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(args[0])
        )));
    }
    if let Some(g) = args[0]
        .as_obj()
        .filter(|r| matches!(vm.heap.get(*r), Obj::Generator(_)))
    {
        // Run the generator here to keep its return value for StopIteration.
        return match vm.gen_step(g, Value::None)? {
            RunExit::Yield(v) => Ok(v),
            RunExit::Return(_) if args.len() == 2 => Ok(args[1]),
            RunExit::Return(v) => {
                let class = vm.exc_class(ExcKind::StopIteration);
                let exc_args = if v.is_none() { vec![] } else { vec![v] };
                Err(Exc::Object(vm.new_exception(class, exc_args)))
            }
        };
    }
    match ops::iter_next(vm, args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(Exc::bare(ExcKind::StopIteration)),
        },
    }
}

fn sorted(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    check_args("sorted", args.len(), 1, 1)?;
    let [key, reverse] = bind(vm, "sort", &[], kwargs, ["key", "reverse"], 0, 0)?;
    let reverse = match reverse {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    let items = ops::to_vec(vm, args[0])?;
    let items = crate::objects::list::sort_values(vm, items, key, reverse)?;
    Ok(vm.new_list(items))
}

fn reversed(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("reversed", args.len(), 1, 1)?;
    let v = args[0];
    let it = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::List(l)) => IterObj::Reversed {
            seq: v,
            next: l.len(),
        },
        Some(Obj::Tuple(t)) => IterObj::Reversed {
            seq: v,
            next: t.len(),
        },
        Some(Obj::Range(rg)) => {
            let n = rg.len();
            let last = rg.start + (n - 1) * rg.step;
            IterObj::Range {
                next: last,
                stop: if n == 0 { last } else { rg.start - rg.step },
                step: -rg.step,
            }
        }
        Some(Obj::Str(_) | Obj::Dict(_)) => {
            let mut items = ops::to_vec(vm, v)?;
            items.reverse();
            let seq = vm.new_list(items);
            return ops::get_iter(vm, seq);
        }
        Some(Obj::Instance(_)) => {
            if let Some(r) = ops::call_dunder(vm, v, "__reversed__", &[])? {
                return Ok(r);
            }
            if ops::find_dunder(vm, v, "__len__").is_some()
                && ops::find_dunder(vm, v, "__getitem__").is_some()
            {
                let n = ops::len(vm, v)?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(ops::get_item(vm, v, Value::Int(i as i64))?);
                }
                let seq = vm.new_list(items);
                return ops::get_iter(vm, seq);
            }
            return Err(not_reversible(vm, v));
        }
        _ => return Err(not_reversible(vm, v)),
    };
    Ok(vm.alloc(Obj::Iter(Box::new(it))))
}

fn not_reversible(vm: &Vm, v: Value) -> Exc {
    type_error(format!("'{}' object is not reversible", vm.type_name(v)))
}

fn enumerate(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    let [it, start] = bind(vm, "enumerate", args, kwargs, ["iterable", "start"], 1, 2)?;
    let count = match start {
        Some(s) => int_arg(vm, s)?,
        None => 0,
    };
    let inner = ops::get_iter(vm, it.unwrap_or(Value::None))?;
    Ok(vm.alloc(Obj::Iter(Box::new(IterObj::Enumerate { inner, count }))))
}

fn zip(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let mut inners = Vec::with_capacity(args.len());
    for a in args {
        inners.push(ops::get_iter(vm, *a)?);
    }
    Ok(vm.alloc(Obj::Iter(Box::new(IterObj::Zip { inners }))))
}

// ----- map, filter and iter(callable, sentinel): native-backed classes -----

fn stop() -> Exc {
    Exc::bare(ExcKind::StopIteration)
}

fn self_iter(_: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("__iter__", args.len(), 1, 1)?;
    Ok(args[0])
}

fn map_new(vm: &mut Vm, args: Args) -> Res<Value> {
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        iters.push(ops::get_iter(vm, *a)?);
    }
    let iters = vm.new_tuple(iters);
    ops::native_instance(vm, "map", &[("_func", args[0]), ("_iters", iters)])
}

fn map_next(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("__next__", args.len(), 1, 1)?;
    let f = native_state(vm, args[0], "_func")?;
    let iters = native_state(vm, args[0], "_iters")?;
    let iters = ops::seq_items(vm, iters).unwrap_or_default();
    let roots = iters
        .iter()
        .any(|it| ops::may_run_code(vm, *it))
        .then(|| Roots::new(vm));
    let res = (|| {
        let mut vals = Vec::with_capacity(iters.len());
        for it in iters {
            let v = ops::iter_next(vm, it)?.ok_or_else(stop)?;
            if let Some(roots) = &roots {
                roots.push(vm, v);
            }
            vals.push(v);
        }
        vm.call_value(f, &vals, &[])
    })();
    if let Some(roots) = roots {
        roots.release(vm);
    }
    res
}

fn filter_new(vm: &mut Vm, args: Args) -> Res<Value> {
    check_args("filter", args.len(), 2, 2)?;
    let it = ops::get_iter(vm, args[1])?;
    ops::native_instance(vm, "filter", &[("_func", args[0]), ("_iter", it)])
}

fn filter_next(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("__next__", args.len(), 1, 1)?;
    let f = native_state(vm, args[0], "_func")?;
    let it = native_state(vm, args[0], "_iter")?;
    let roots = ops::may_run_code(vm, it).then(|| Roots::new(vm));
    let res = (|| loop {
        let v = ops::iter_next(vm, it)?.ok_or_else(stop)?;
        if let Some(roots) = &roots {
            roots.push(vm, v);
        }
        let keep = if f.is_none() {
            ops::truthy(vm, v)?
        } else {
            let r = vm.call_value(f, &[v], &[])?;
            ops::truthy(vm, r)?
        };
        if keep {
            return Ok(v);
        }
    })();
    if let Some(roots) = roots {
        roots.release(vm);
    }
    res
}

fn callable_iter_next(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("__next__", args.len(), 1, 1)?;
    let f = native_state(vm, args[0], "_func")?;
    if f.is_none() {
        return Err(stop());
    }
    let sentinel = native_state(vm, args[0], "_sentinel")?;
    let v = vm.call_value(f, &[], &[])?;
    if ops::eq(vm, v, sentinel)? {
        ops::set_native_state(vm, args[0], "_func", Value::None);
        return Err(stop());
    }
    Ok(v)
}

/// `__next__` of the iterator over an object with only `__getitem__`.
fn seq_iter_next(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("__next__", args.len(), 1, 1)?;
    let seq = native_state(vm, args[0], "_seq")?;
    let index = match native_state(vm, args[0], "_index")? {
        Value::Int(i) => i,
        _ => 0,
    };
    if seq.is_none() {
        return Err(stop());
    }
    match ops::get_item(vm, seq, Value::Int(index)) {
        Ok(v) => {
            ops::set_native_state(vm, args[0], "_index", Value::Int(index + 1));
            Ok(v)
        }
        Err(e)
            if exc_matches(vm, &e, ExcKind::IndexError)
                || exc_matches(vm, &e, ExcKind::StopIteration) =>
        {
            ops::set_native_state(vm, args[0], "_seq", Value::None);
            Err(stop())
        }
        Err(e) => Err(e),
    }
}

/// Methods of the iterator over an object with only `__getitem__`.
pub(crate) const SEQ_ITER_METHODS: &[Method] = &[
    ("__iter__", self_iter, false),
    ("__next__", seq_iter_next, false),
];

/// Methods of `map`.
pub(crate) const MAP_METHODS: &[Method] = &[
    ("__iter__", self_iter, false),
    ("__next__", map_next, false),
];
/// Methods of `filter`.
pub(crate) const FILTER_METHODS: &[Method] = &[
    ("__iter__", self_iter, false),
    ("__next__", filter_next, false),
];
/// Methods of the iterator of `iter(callable, sentinel)`.
pub(crate) const CALLABLE_ITER_METHODS: &[Method] = &[
    ("__iter__", self_iter, false),
    ("__next__", callable_iter_next, false),
];

// ---------------------------------------------------------------------------
// Methods of `object` and `BaseException` (reached by explicit calls such as
// `super().__init__(msg)` or `object.__repr__(self)`; the operators of `ops`
// never look at these classes, so there is no recursion through them)
// ---------------------------------------------------------------------------

fn object_init(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    ops::split_self("object", "__init__", args)?;
    let _ = vm;
    if args.len() > 1 || !kwargs.is_empty() {
        return Err(type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    let (cls, rest) = ops::split_self("object", "__new__", args)?;
    let Some(class) = is_class(vm, cls) else {
        let shown = ops::repr(vm, cls)?;
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({shown})"
        )));
    };
    match vm.class(class).layout {
        crate::objects::Layout::Object => {
            let dict = vm.new_dict();
            Ok(vm.alloc(Obj::Instance(InstanceObj { class, dict })))
        }
        crate::objects::Layout::Exception => Ok(Value::Obj(vm.new_exception(class, rest.to_vec()))),
        _ => match construct(vm, class, rest, kwargs)? {
            Some(v) => Ok(v),
            None => {
                let name = vm.class(class).name.clone();
                Err(type_error(format!("object.__new__({name}) is not safe")))
            }
        },
    }
}

fn object_repr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (this, rest) = ops::split_self("object", "__repr__", args)?;
    check_args("object.__repr__", rest.len(), 0, 0)?;
    let s = ops::default_repr(vm, this);
    Ok(vm.new_str(&s))
}

fn object_str(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (this, rest) = ops::split_self("object", "__str__", args)?;
    check_args("object.__str__", rest.len(), 0, 0)?;
    let s = ops::repr(vm, this)?;
    Ok(vm.new_str(&s))
}

fn object_format(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("object.__format__", args.len(), 2, 2)?;
    if vm.str_of(args[1]).is_some_and(|s| !s.is_empty()) {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(args[0])
        )));
    }
    let s = ops::str(vm, args[0])?;
    Ok(vm.new_str(&s))
}

fn object_eq(_: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("object.__eq__", args.len(), 2, 2)?;
    Ok(if args[0].is(args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("object.__ne__", args.len(), 2, 2)?;
    let eq = match ops::call_dunder(vm, args[0], "__eq__", &[args[1]])? {
        Some(r) => r,
        None => object_eq(vm, args, &[])?,
    };
    match eq {
        Value::NotImplemented => Ok(eq),
        r => Ok(Value::Bool(!ops::truthy(vm, r)?)),
    }
}

fn object_hash(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (this, rest) = ops::split_self("object", "__hash__", args)?;
    check_args("object.__hash__", rest.len(), 0, 0)?;
    Ok(Value::Int(vm.hash_key(this)? as i64))
}

/// The writable namespace of an instance or exception (created for exceptions on first use).
fn writable_dict(vm: &mut Vm, v: Value, name: ObjRef) -> Res<ObjRef> {
    let dict = match v.as_obj().map(|r| (r, vm.heap.get(r))) {
        Some((_, Obj::Instance(i))) => Some(i.dict),
        Some((r, Obj::Exception(e))) => Some(match e.dict {
            Some(d) => d,
            None => {
                let d = vm.new_dict();
                if let Obj::Exception(e) = vm.heap.get_mut(r) {
                    e.dict = Some(d);
                }
                d
            }
        }),
        _ => None,
    };
    dict.ok_or_else(|| {
        let shown = vm.str_of(Value::Obj(name)).unwrap_or("").to_string();
        Exc::pending(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{shown}'", vm.type_name(v)),
        )
    })
}

fn object_setattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("object.__setattr__", args.len(), 3, 3)?;
    let name = attr_name(vm, args[1], None)?;
    let d = writable_dict(vm, args[0], name)?;
    vm.dict_set(d, Value::Obj(name), args[2])?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("object.__delattr__", args.len(), 2, 2)?;
    let name = attr_name(vm, args[1], None)?;
    let d = writable_dict(vm, args[0], name)?;
    if vm.dict_remove(d, Value::Obj(name))?.is_none() {
        let shown = vm.str_of(Value::Obj(name)).unwrap_or("").to_string();
        return Err(Exc::pending(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{shown}'",
                vm.type_name(args[0])
            ),
        ));
    }
    Ok(Value::None)
}

const OBJECT_METHODS: &[Method] = &[
    ("__init__", object_init, true),
    ("__new__", object_new, true),
    ("__repr__", object_repr, false),
    ("__str__", object_str, false),
    ("__format__", object_format, false),
    ("__eq__", object_eq, false),
    ("__ne__", object_ne, false),
    ("__hash__", object_hash, false),
    ("__setattr__", object_setattr, false),
    ("__delattr__", object_delattr, false),
];

/// The exception object a `BaseException` method is called on.
fn exception_self(vm: &Vm, name: &str, args: Args) -> Res<ObjRef> {
    let (this, _) = ops::split_self("BaseException", name, args)?;
    match this.as_obj() {
        Some(r) if matches!(vm.heap.get(r), Obj::Exception(_)) => Ok(r),
        _ => Err(ops::descriptor_error(vm, name, "BaseException", this)),
    }
}

fn exception_init(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let r = exception_self(vm, "__init__", args)?;
    let t = vm.new_tuple(args[1..].to_vec());
    if let Obj::Exception(e) = vm.heap.get_mut(r) {
        e.args = t;
    }
    Ok(Value::None)
}

fn exception_str(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let r = exception_self(vm, "__str__", args)?;
    check_args("BaseException.__str__", args.len() - 1, 0, 0)?;
    let s = ops::exception_str(vm, r)?;
    Ok(vm.new_str(&s))
}

fn exception_repr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let r = exception_self(vm, "__repr__", args)?;
    check_args("BaseException.__repr__", args.len() - 1, 0, 0)?;
    let mut s = String::new();
    ops::exception_repr(vm, r, &mut s)?;
    Ok(vm.new_str(&s))
}

fn exception_with_traceback(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let r = exception_self(vm, "with_traceback", args)?;
    check_args("BaseException.with_traceback", args.len() - 1, 1, 1)?;
    Ok(Value::Obj(r))
}

const EXCEPTION_METHODS: &[Method] = &[
    ("__init__", exception_init, false),
    ("__str__", exception_str, false),
    ("__repr__", exception_repr, false),
    ("with_traceback", exception_with_traceback, false),
];

// ---------------------------------------------------------------------------
// property methods (`@x.setter`)
// ---------------------------------------------------------------------------

/// A copy of a property with one of its functions replaced.
fn property_with(vm: &mut Vm, args: Args, name: &str, slot: usize) -> Res<Value> {
    check_args(
        &format!("property.{name}"),
        args.len().saturating_sub(1),
        1,
        1,
    )?;
    let mut parts = match args[0].as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Property(p)) => **p,
        _ => return Err(ops::descriptor_error(vm, name, "property", args[0])),
    };
    parts[slot] = args[1];
    Ok(vm.alloc(Obj::Property(Box::new(parts))))
}

fn property_getter(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    property_with(vm, args, "getter", 0)
}

fn property_setter(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    property_with(vm, args, "setter", 1)
}

fn property_deleter(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    property_with(vm, args, "deleter", 2)
}

const PROPERTY_METHODS: &[Method] = &[
    ("getter", property_getter, false),
    ("setter", property_setter, false),
    ("deleter", property_deleter, false),
];

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

fn open(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    let [file, mode, _buffering, _encoding, _errors, _newline] = bind(
        vm,
        "open",
        args,
        kwargs,
        ["file", "mode", "buffering", "encoding", "errors", "newline"],
        1,
        6,
    )?;
    let file = file.unwrap_or(Value::None);
    let Some(path) = vm.str_of(file).map(str::to_string) else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(file)
        )));
    };
    let mode = match mode {
        Some(m) => match vm.str_of(m) {
            Some(m) => m.to_string(),
            None => {
                return Err(type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(m)
                )))
            }
        },
        None => "r".to_string(),
    };
    crate::modules::sys::open_file(vm, &path, &mode)
}

// ---------------------------------------------------------------------------
// Constructors of the builtin types
// ---------------------------------------------------------------------------

fn no_kwargs(name: &str, kwargs: Kw) -> Res<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Calls a builtin class: `Some(instance)` for the builtin types (and the
/// builtin exception classes, `map`, `filter`), `None` for classes the VM
/// instantiates itself (user classes).
pub fn construct(
    vm: &mut Vm,
    class: ObjRef,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> Res<Option<Value>> {
    let t = &vm.types;
    let v = if class == t.int {
        number::int_new(vm, args, kwargs)?
    } else if class == t.float {
        no_kwargs("float", kwargs)?;
        number::float_new(vm, args)?
    } else if class == t.bool_ {
        no_kwargs("bool", kwargs)?;
        check_args("bool", args.len(), 0, 1)?;
        match args.first() {
            Some(v) => Value::Bool(ops::truthy(vm, *v)?),
            None => Value::Bool(false),
        }
    } else if class == t.str_ {
        let [obj] = bind(vm, "str", args, kwargs, ["object"], 0, 1)?;
        match obj {
            Some(o) if vm.str_of(o).is_some() => o,
            Some(o) => {
                let s = ops::str(vm, o)?;
                ops::new_str(vm, &s)
            }
            None => ops::new_str(vm, ""),
        }
    } else if class == t.bytes {
        crate::objects::bytes::bytes_new(vm, args, kwargs)?
    } else if class == t.list {
        no_kwargs("list", kwargs)?;
        check_args("list", args.len(), 0, 1)?;
        let items = match args.first() {
            Some(v) => ops::to_vec(vm, *v)?,
            None => Vec::new(),
        };
        vm.new_list(items)
    } else if class == t.tuple {
        no_kwargs("tuple", kwargs)?;
        check_args("tuple", args.len(), 0, 1)?;
        match args.first() {
            Some(v) if matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Tuple(_))) => *v,
            Some(v) => {
                let items = ops::to_vec(vm, *v)?;
                vm.new_tuple(items)
            }
            None => vm.new_tuple(Vec::new()),
        }
    } else if class == t.dict {
        crate::objects::dict::dict_new(vm, args, kwargs)?
    } else if class == t.set || class == t.frozenset {
        let frozen = class == t.frozenset;
        let name = if frozen { "frozenset" } else { "set" };
        no_kwargs(name, kwargs)?;
        check_args(name, args.len(), 0, 1)?;
        if frozen {
            if let Some(v) = args.first() {
                if matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::FrozenSet(_))) {
                    return Ok(Some(*v));
                }
            }
        }
        crate::objects::set::new_set(vm, args.first().copied(), frozen)?
    } else if class == t.range {
        no_kwargs("range", kwargs)?;
        crate::objects::range::range_new(vm, args)?
    } else if class == t.slice {
        no_kwargs("slice", kwargs)?;
        check_args("slice", args.len(), 1, 3)?;
        let parts = match args {
            [stop] => [Value::None, *stop, Value::None],
            [start, stop] => [*start, *stop, Value::None],
            _ => [args[0], args[1], args[2]],
        };
        vm.alloc(Obj::Slice(Box::new(parts)))
    } else if class == t.type_ {
        no_kwargs("type", kwargs)?;
        match args {
            [v] => Value::Obj(vm.type_of(*v)),
            [name, bases, ns] => type_new(vm, *name, *bases, *ns)?,
            _ => return Err(type_error("type() takes 1 or 3 arguments")),
        }
    } else if class == t.object {
        if !args.is_empty() || !kwargs.is_empty() {
            return Err(type_error("object() takes no arguments"));
        }
        let dict = vm.heap.alloc(Obj::Dict(Box::new(DictObj::new())));
        vm.alloc(Obj::Instance(InstanceObj { class, dict }))
    } else if class == t.property {
        let [fget, fset, fdel, _doc] = bind(
            vm,
            "property",
            args,
            kwargs,
            ["fget", "fset", "fdel", "doc"],
            0,
            4,
        )?;
        let parts = [fget, fset, fdel].map(|f| f.unwrap_or(Value::None));
        vm.alloc(Obj::Property(Box::new(parts)))
    } else if class == t.staticmethod || class == t.classmethod {
        let is_static = class == t.staticmethod;
        let name = if is_static {
            "staticmethod"
        } else {
            "classmethod"
        };
        no_kwargs(name, kwargs)?;
        check_args(name, args.len(), 1, 1)?;
        vm.alloc(if is_static {
            Obj::StaticMethod(args[0])
        } else {
            Obj::ClassMethod(args[0])
        })
    } else if vm.exc_types.contains(&class) {
        let name = vm.class(class).name.clone();
        no_kwargs(&name, kwargs)?;
        Value::Obj(vm.new_exception(class, args.to_vec()))
    } else if ops::internal(vm, "map").is_some_and(|v| v.is(Value::Obj(class))) {
        no_kwargs("map", kwargs)?;
        map_new(vm, args)?
    } else if ops::internal(vm, "filter").is_some_and(|v| v.is(Value::Obj(class))) {
        no_kwargs("filter", kwargs)?;
        filter_new(vm, args)?
    } else if let Some(name) = internal_class_name(vm, class) {
        return Err(type_error(format!("cannot create '{name}' instances")));
    } else {
        return Ok(None);
    };
    Ok(Some(v))
}

/// `type(name, bases, dict)`: a new class, made as a `class` statement makes it.
fn type_new(vm: &mut Vm, name: Value, bases: Value, ns: Value) -> Res<Value> {
    if vm.str_of(name).is_none() {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(name)
        )));
    }
    if !matches!(bases.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Tuple(_))) {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(bases)
        )));
    }
    let Some(d) = ns
        .as_obj()
        .filter(|r| matches!(vm.heap.get(*r), Obj::Dict(_)))
    else {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(ns)
        )));
    };
    let dict = crate::objects::dict::copy_dict(vm, d);
    if vm.dict_get_str(dict, "__module__").is_none() {
        let module = vm
            .fiber
            .frames
            .last()
            .map(|f| f.globals)
            .and_then(|g| vm.dict_get_str(g, "__name__"));
        if let Some(m) = module {
            vm.dict_set_str(dict, "__module__", m);
        }
    }
    crate::vm::call::build_class(vm, &[name, bases, Value::Obj(dict)], &[])
}

/// The name of a native-backed class of the internal module, if `class` is one.
fn internal_class_name(vm: &mut Vm, class: ObjRef) -> Option<String> {
    let name = vm.class(class).name.clone();
    ops::internal(vm, &name)
        .filter(|v| v.is(Value::Obj(class)))
        .map(|_| name)
}

#[cfg(test)]
mod tests {
    use crate::objects::ops::test_util::*;
    use crate::vm::value::Value;
    use crate::vm::Vm;

    /// Calls `name(args)` and shows the result (or the exception).
    fn b(vm: &mut Vm, name: &str, args: &[Value]) -> String {
        let r = call(vm, name, args, &[]);
        show(vm, r)
    }

    fn m(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> String {
        let r = meth(vm, obj, name, args, &[]);
        show(vm, r)
    }

    #[test]
    fn simple_builtins() {
        let mut vm = vm();
        let vm = &mut vm;
        let abc = s(vm, "abc");
        assert_eq!(b(vm, "len", &[abc]), "3");
        assert_eq!(
            b(vm, "len", &[]),
            "TypeError: len() takes exactly one argument (0 given)"
        );
        assert_eq!(
            b(vm, "divmod", &[Value::Int(-17), Value::Int(5)]),
            "(-4, 3)"
        );
        assert_eq!(
            b(vm, "divmod", &[Value::Int(1)]),
            "TypeError: divmod expected 2 arguments, got 1"
        );
        assert_eq!(
            b(vm, "pow", &[Value::Int(2), Value::Int(8), Value::Int(5)]),
            "1"
        );
        assert_eq!(
            b(vm, "pow", &[Value::Int(3), Value::Int(-1), Value::Int(7)]),
            "ValueError: pow() 2nd argument cannot be negative when 3rd argument specified"
        );
        assert_eq!(b(vm, "abs", &[Value::Float(-2.5)]), "2.5");
        assert_eq!(
            b(vm, "abs", &[abc]),
            "TypeError: bad operand type for abs(): 'str'"
        );
        for (x, want) in [(2.5, "2"), (3.5, "4"), (-2.5, "-2"), (0.5, "0")] {
            assert_eq!(b(vm, "round", &[Value::Float(x)]), want);
        }
        assert_eq!(
            b(vm, "round", &[Value::Float(2.675), Value::Int(2)]),
            "2.67"
        );
        assert_eq!(
            b(vm, "round", &[Value::Float(0.125), Value::Int(2)]),
            "0.12"
        );
        assert_eq!(
            b(vm, "round", &[Value::Float(0.375), Value::Int(2)]),
            "0.38"
        );
        assert_eq!(b(vm, "round", &[Value::Int(1250), Value::Int(-2)]), "1200");
        assert_eq!(b(vm, "round", &[Value::Int(1350), Value::Int(-2)]), "1400");
        assert_eq!(
            b(vm, "round", &[Value::Float(1234.5), Value::Int(-2)]),
            "1200.0"
        );
        assert_eq!(b(vm, "hex", &[Value::Int(-255)]), "'-0xff'");
        assert_eq!(b(vm, "bin", &[Value::Int(5)]), "'0b101'");
        assert_eq!(b(vm, "oct", &[Value::Int(8)]), "'0o10'");
        assert_eq!(b(vm, "chr", &[Value::Int(8364)]), "'€'");
        assert_eq!(
            b(vm, "ord", &[abc]),
            "TypeError: ord() expected a character, but string of length 3 found"
        );
        assert_eq!(
            b(vm, "chr", &[Value::Int(-1)]),
            "ValueError: chr() arg not in range(0x110000)"
        );
        let l = ints(vm, &[3, 1, 2]);
        assert_eq!(b(vm, "sorted", &[l]), "[1, 2, 3]");
        assert_eq!(
            b(vm, "min", &[Value::Int(4), Value::Int(2), Value::Int(9)]),
            "2"
        );
        assert_eq!(b(vm, "max", &[l]), "3");
        let e = ints(vm, &[]);
        assert_eq!(
            b(vm, "max", &[e]),
            "ValueError: max() arg is an empty sequence"
        );
        assert_eq!(
            b(vm, "max", &[]),
            "TypeError: max expected 1 arguments, got 0"
        );
        let r = call(vm, "min", &[e], &[("default", Value::None)]);
        assert_eq!(show(vm, r), "None");
        assert_eq!(b(vm, "sum", &[l]), "6");
        let fl = vm.new_list(vec![Value::Float(0.5), Value::Int(1)]);
        assert_eq!(b(vm, "sum", &[fl]), "1.5");
        assert_eq!(
            b(vm, "sum", &[l, abc]),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]"
        );
        assert_eq!(b(vm, "any", &[e]), "False");
        assert_eq!(b(vm, "all", &[e]), "True");
        let z = vm.new_list(vec![Value::Int(0), Value::None]);
        assert_eq!(b(vm, "any", &[z]), "False");
        let r = call(vm, "sorted", &[l], &[("reverse", Value::Bool(true))]);
        assert_eq!(show(vm, r), "[3, 2, 1]");
        let r = call(vm, "sorted", &[l], &[("foo", Value::Int(1))]);
        assert_eq!(
            show(vm, r),
            "TypeError: 'foo' is an invalid keyword argument for sort()"
        );
        assert_eq!(b(vm, "hash", &[Value::Int(-1)]), "-2");
        let i1 = call(vm, "id", &[l], &[]).unwrap();
        let i2 = call(vm, "id", &[l], &[]).unwrap();
        assert!(crate::objects::ops::eq(vm, i1, i2).unwrap());
        assert_eq!(b(vm, "repr", &[abc]), "\"'abc'\"");
        let spec = s(vm, ".1%");
        assert_eq!(b(vm, "format", &[Value::Float(0.5), spec]), "'50.0%'");
    }

    #[test]
    fn iteration_builtins() {
        let mut vm = vm();
        let vm = &mut vm;
        let abc = s(vm, "abc");
        let e = b(vm, "enumerate", &[abc]);
        assert!(e.starts_with("<enumerate object at 0x"), "{e}");
        let en = call(vm, "enumerate", &[abc], &[("start", Value::Int(10))]).unwrap();
        assert_eq!(b(vm, "list", &[en]), "[(10, 'a'), (11, 'b'), (12, 'c')]");
        let l = ints(vm, &[1, 2, 3]);
        let z = call(vm, "zip", &[l, abc], &[]).unwrap();
        assert_eq!(b(vm, "list", &[z]), "[(1, 'a'), (2, 'b'), (3, 'c')]");
        let z = call(vm, "zip", &[], &[]).unwrap();
        assert_eq!(b(vm, "list", &[z]), "[]");
        let r = call(vm, "reversed", &[l], &[]).unwrap();
        assert_eq!(b(vm, "list", &[r]), "[3, 2, 1]");
        let rg = call(
            vm,
            "range",
            &[Value::Int(1), Value::Int(10), Value::Int(3)],
            &[],
        )
        .unwrap();
        assert_eq!(rp(vm, rg), "range(1, 10, 3)");
        let r = call(vm, "reversed", &[rg], &[]).unwrap();
        assert_eq!(b(vm, "list", &[r]), "[7, 4, 1]");
        let empty = call(vm, "range", &[Value::Int(0)], &[]).unwrap();
        let r = call(vm, "reversed", &[empty], &[]).unwrap();
        assert_eq!(b(vm, "list", &[r]), "[]");
        let r = call(vm, "reversed", &[abc], &[]).unwrap();
        assert_eq!(b(vm, "list", &[r]), "['c', 'b', 'a']");
        let it = call(vm, "iter", &[l], &[]).unwrap();
        assert_eq!(b(vm, "next", &[it]), "1");
        assert_eq!(
            b(vm, "next", &[l]),
            "TypeError: 'list' object is not an iterator"
        );
        let e = ints(vm, &[]);
        let it = call(vm, "iter", &[e], &[]).unwrap();
        assert_eq!(b(vm, "next", &[it, Value::None]), "None");
        assert_eq!(b(vm, "next", &[it]), "StopIteration: ");
        let f = vm.dict_get_str(vm.builtins, "str").unwrap();
        let flt = call(vm, "filter", &[Value::None, l], &[]).unwrap();
        assert_eq!(b(vm, "list", &[flt]), "[1, 2, 3]");
        let _ = f;
        assert_eq!(
            b(vm, "range", &[Value::Int(1), Value::Int(2), Value::Int(0)]),
            "ValueError: range() arg 3 must not be zero"
        );
        assert_eq!(
            b(vm, "range", &[Value::Float(1.5)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        let d = call(vm, "dict", &[], &[("a", Value::Int(1))]).unwrap();
        assert_eq!(b(vm, "list", &[d]), "['a']");
    }

    #[test]
    fn constructors() {
        let mut vm = vm();
        let vm = &mut vm;
        for (text, want) in [
            ("7", "7"),
            (" -0 ", "0"),
            ("+5", "5"),
            ("1_000", "1000"),
            (
                "x1",
                "ValueError: invalid literal for int() with base 10: 'x1'",
            ),
            (
                "1_",
                "ValueError: invalid literal for int() with base 10: '1_'",
            ),
            ("", "ValueError: invalid literal for int() with base 10: ''"),
            (
                "123456789012345678901234567890",
                "123456789012345678901234567890",
            ),
        ] {
            let t = s(vm, text);
            assert_eq!(b(vm, "int", &[t]), want, "int({text:?})");
        }
        let t = s(vm, "0x1f");
        assert_eq!(b(vm, "int", &[t, Value::Int(0)]), "31");
        assert_eq!(b(vm, "int", &[t, Value::Int(16)]), "31");
        let t = s(vm, "010");
        assert_eq!(
            b(vm, "int", &[t, Value::Int(0)]),
            "ValueError: invalid literal for int() with base 0: '010'"
        );
        let t = s(vm, "z");
        assert_eq!(b(vm, "int", &[t, Value::Int(36)]), "35");
        assert_eq!(b(vm, "int", &[Value::Float(-3.99)]), "-3");
        assert_eq!(b(vm, "int", &[Value::Float(1e20)]), "100000000000000000000");
        assert_eq!(
            b(vm, "int", &[Value::Float(f64::INFINITY)]),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(b(vm, "int", &[Value::None]), "TypeError: int() argument must be a string, a bytes-like object or a number, not 'NoneType'");
        for (text, want) in [
            ("2.5", "2.5"),
            (" 3.5 ", "3.5"),
            ("-iNF", "-inf"),
            ("1e5", "100000.0"),
            ("1_0", "10.0"),
            ("nan", "nan"),
            (
                "abc",
                "ValueError: could not convert string to float: 'abc'",
            ),
            (
                "1__0",
                "ValueError: could not convert string to float: '1__0'",
            ),
        ] {
            let t = s(vm, text);
            assert_eq!(b(vm, "float", &[t]), want, "float({text:?})");
        }
        assert_eq!(b(vm, "bool", &[Value::Int(0)]), "False");
        let l = ints(vm, &[0]);
        assert_eq!(b(vm, "bool", &[l]), "True");
        assert_eq!(b(vm, "str", &[Value::Float(1.5)]), "'1.5'");
        assert_eq!(b(vm, "str", &[]), "''");
        let t = vm.new_tuple(vec![Value::Int(1)]);
        assert_eq!(b(vm, "str", &[t]), "'(1,)'");
        assert_eq!(b(vm, "tuple", &[l]), "(0,)");
        let abc = s(vm, "aab");
        let set = call(vm, "set", &[abc], &[]).unwrap();
        assert_eq!(crate::objects::ops::len(vm, set).unwrap(), 2);
        let l = ints(vm, &[9, 2, 3, 4, 2]);
        assert_eq!(b(vm, "set", &[l]), "{9, 2, 3, 4}");
        assert_eq!(b(vm, "frozenset", &[]), "frozenset()");
        let pair = vm.new_tuple(vec![Value::Int(1), abc]);
        let pairs = vm.new_list(vec![pair]);
        assert_eq!(b(vm, "dict", &[pairs]), "{1: 'aab'}");
        let bad = vm.new_list(vec![Value::Int(1)]);
        assert_eq!(
            b(vm, "dict", &[bad]),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
        );
        assert_eq!(b(vm, "slice", &[Value::Int(3)]), "slice(None, 3, None)");
        assert_eq!(b(vm, "type", &[Value::Bool(true)]), "<class 'bool'>");
        assert_eq!(
            b(vm, "type", &[]),
            "TypeError: type() takes 1 or 3 arguments"
        );
        let o = b(vm, "object", &[]);
        assert!(o.starts_with("<object object at 0x"), "{o}");
        let msg = s(vm, "boom");
        assert_eq!(b(vm, "ValueError", &[msg]), "ValueError('boom')");
        let i = vm.dict_get_str(vm.builtins, "int").unwrap();
        let f = vm.dict_get_str(vm.builtins, "float").unwrap();
        let types = vm.new_tuple(vec![f, i]);
        assert_eq!(b(vm, "isinstance", &[Value::Bool(true), types]), "True");
        assert_eq!(
            b(vm, "isinstance", &[Value::Int(1), Value::Int(2)]),
            "TypeError: isinstance() arg 2 must be a type or tuple of types"
        );
        let bl = vm.dict_get_str(vm.builtins, "bool").unwrap();
        assert_eq!(b(vm, "issubclass", &[bl, i]), "True");
        assert_eq!(
            b(vm, "issubclass", &[Value::Int(1), i]),
            "TypeError: issubclass() arg 1 must be a class"
        );
        let len = vm.dict_get_str(vm.builtins, "len").unwrap();
        assert_eq!(b(vm, "callable", &[len]), "True");
        assert_eq!(b(vm, "callable", &[Value::Int(1)]), "False");
    }

    #[test]
    fn str_methods() {
        let mut vm = vm();
        let vm = &mut vm;
        let t = s(vm, "hello world hello");
        let sp = s(vm, " ");
        let hello = s(vm, "hello");
        assert_eq!(m(vm, t, "split", &[]), "['hello', 'world', 'hello']");
        assert_eq!(
            m(vm, t, "split", &[sp, Value::Int(1)]),
            "['hello', 'world hello']"
        );
        assert_eq!(
            m(vm, t, "rsplit", &[sp, Value::Int(1)]),
            "['hello world', 'hello']"
        );
        let ws = s(vm, "  a b  c  ");
        assert_eq!(
            m(vm, ws, "split", &[Value::None, Value::Int(1)]),
            "['a', 'b  c  ']"
        );
        assert_eq!(
            m(vm, ws, "rsplit", &[Value::None, Value::Int(1)]),
            "['  a b', 'c']"
        );
        let csv = s(vm, "a,b,,c");
        let comma = s(vm, ",");
        assert_eq!(m(vm, csv, "split", &[comma]), "['a', 'b', '', 'c']");
        let empty = s(vm, "");
        assert_eq!(m(vm, csv, "split", &[empty]), "ValueError: empty separator");
        assert_eq!(m(vm, t, "count", &[hello]), "2");
        assert_eq!(m(vm, t, "find", &[hello, Value::Int(1)]), "12");
        assert_eq!(m(vm, t, "rfind", &[hello]), "12");
        let xyz = s(vm, "xyz");
        assert_eq!(m(vm, t, "index", &[xyz]), "ValueError: substring not found");
        assert_eq!(
            m(vm, t, "find", &[Value::Int(1)]),
            "TypeError: must be str, not int"
        );
        let bye = s(vm, "bye");
        assert_eq!(
            m(vm, t, "replace", &[hello, bye, Value::Int(1)]),
            "'bye world hello'"
        );
        assert_eq!(m(vm, t, "title", &[]), "'Hello World Hello'");
        let they = s(vm, "they're bill's 1st");
        assert_eq!(m(vm, they, "title", &[]), "\"They'Re Bill'S 1St\"");
        assert_eq!(m(vm, t, "capitalize", &[]), "'Hello world hello'");
        let mixed = s(vm, "MiXeD");
        assert_eq!(m(vm, mixed, "swapcase", &[]), "'mIxEd'");
        let strasse = s(vm, "straße");
        assert_eq!(m(vm, strasse, "upper", &[]), "'STRASSE'");
        let pad = s(vm, "  Hello, World!  ");
        let chars = s(vm, " !H");
        assert_eq!(m(vm, pad, "strip", &[chars]), "'ello, World'");
        assert_eq!(m(vm, pad, "rstrip", &[]), "'  Hello, World!'");
        let abc = s(vm, "abc");
        let star = s(vm, "*");
        assert_eq!(m(vm, abc, "center", &[Value::Int(8), star]), "'**abc***'");
        assert_eq!(m(vm, abc, "center", &[Value::Int(9), star]), "'***abc***'");
        let ab = s(vm, "ab");
        assert_eq!(m(vm, ab, "center", &[Value::Int(7), star]), "'***ab**'");
        assert_eq!(
            m(vm, ab, "center", &[Value::Int(5), ab]),
            "TypeError: The fill character must be exactly one character long"
        );
        assert_eq!(m(vm, ab, "ljust", &[Value::Int(5)]), "'ab   '");
        let neg = s(vm, "-12");
        assert_eq!(m(vm, neg, "zfill", &[Value::Int(6)]), "'-00012'");
        let abc_dash = s(vm, "a-b-c");
        let dash = s(vm, "-");
        assert_eq!(m(vm, abc_dash, "partition", &[dash]), "('a', '-', 'b-c')");
        assert_eq!(m(vm, abc_dash, "rpartition", &[dash]), "('a-b', '-', 'c')");
        let x = s(vm, "x");
        assert_eq!(m(vm, abc, "partition", &[x]), "('abc', '', '')");
        let lines = s(vm, "line1\nline2\r\n\nline4");
        assert_eq!(
            m(vm, lines, "splitlines", &[]),
            "['line1', 'line2', '', 'line4']"
        );
        let r = meth(
            vm,
            lines,
            "splitlines",
            &[],
            &[("keepends", Value::Bool(true))],
        );
        assert_eq!(show(vm, r), "['line1\\n', 'line2\\r\\n', '\\n', 'line4']");
        let parts = vm.new_list(vec![abc, ab]);
        assert_eq!(m(vm, comma, "join", &[parts]), "'abc,ab'");
        let bad = vm.new_list(vec![abc, Value::Int(1)]);
        assert_eq!(
            m(vm, comma, "join", &[bad]),
            "TypeError: sequence item 1: expected str instance, int found"
        );
        assert_eq!(
            m(vm, comma, "join", &[Value::Int(1)]),
            "TypeError: can only join an iterable"
        );
        let pre = vm.new_tuple(vec![x, hello]);
        assert_eq!(m(vm, t, "startswith", &[pre]), "True");
        assert_eq!(
            m(vm, t, "endswith", &[hello, Value::Int(0), Value::Int(5)]),
            "True"
        );
        assert_eq!(
            m(vm, t, "startswith", &[Value::Int(1)]),
            "TypeError: startswith first arg must be str or a tuple of str, not int"
        );
        let tab = s(vm, "tab\there");
        assert_eq!(m(vm, tab, "expandtabs", &[Value::Int(4)]), "'tab here'");
        let digits = s(vm, "123");
        assert_eq!(m(vm, digits, "isdigit", &[]), "True");
        assert_eq!(m(vm, empty, "isdigit", &[]), "False");
        let title = s(vm, "Title Case");
        assert_eq!(m(vm, title, "istitle", &[]), "True");
        assert_eq!(
            m(vm, abc, "upper", &[Value::Int(1)]),
            "TypeError: upper() takes no arguments (1 given)"
        );
        let r = meth(vm, Value::Int(1), "bit_length", &[], &[]);
        assert_eq!(show(vm, r), "1");
        let fmt = s(vm, "{} {!r} {x:>4}|{0}");
        let r = meth(vm, fmt, "format", &[abc, ab], &[("x", Value::Int(7))]);
        assert_eq!(show(vm, r), "ValueError: cannot switch from automatic field numbering to manual field specification");
        let fmt = s(vm, "{0} {1!r} {x:>4}|{{}}|{0[1]}");
        let r = meth(vm, fmt, "format", &[abc, ab], &[("x", Value::Int(7))]);
        assert_eq!(show(vm, r), "\"abc 'ab'    7|{}|b\"");
        let fmt = s(vm, "{} {}");
        assert_eq!(
            m(vm, fmt, "format", &[abc]),
            "IndexError: tuple index out of range"
        );
        let fmt = s(vm, "{:{}}|");
        assert_eq!(m(vm, fmt, "format", &[abc, Value::Int(5)]), "'abc  |'");
    }

    #[test]
    fn list_dict_set_methods() {
        let mut vm = vm();
        let vm = &mut vm;
        let l = ints(vm, &[3, 1, 2]);
        assert_eq!(
            m(vm, l, "append", &[]),
            "TypeError: append() takes exactly one argument (0 given)"
        );
        m(vm, l, "append", &[Value::Int(5)]);
        m(vm, l, "insert", &[Value::Int(-1), Value::Int(9)]);
        assert_eq!(rp(vm, l), "[3, 1, 2, 9, 5]");
        assert_eq!(
            m(vm, l, "insert", &[Value::Int(1)]),
            "TypeError: insert expected 2 arguments, got 1"
        );
        assert_eq!(m(vm, l, "pop", &[]), "5");
        assert_eq!(
            m(vm, l, "pop", &[Value::Int(10)]),
            "IndexError: pop index out of range"
        );
        assert_eq!(
            m(vm, l, "pop", &[Value::Int(1), Value::Int(2)]),
            "TypeError: pop expected at most 1 arguments, got 2"
        );
        assert_eq!(m(vm, l, "index", &[Value::Int(2)]), "2");
        assert_eq!(
            m(vm, l, "index", &[Value::Int(7)]),
            "ValueError: 7 is not in list"
        );
        assert_eq!(
            m(vm, l, "remove", &[Value::Int(7)]),
            "ValueError: list.remove(x): x not in list"
        );
        m(vm, l, "sort", &[]);
        assert_eq!(rp(vm, l), "[1, 2, 3, 9]");
        assert_eq!(
            m(vm, l, "sort", &[Value::Int(1)]),
            "TypeError: sort() takes no positional arguments"
        );
        m(vm, l, "reverse", &[]);
        assert_eq!(rp(vm, l), "[9, 3, 2, 1]");
        // stability: sort pairs by nothing but an equal key would need a callable; use mixed tuples
        let a = s(vm, "a");
        let bb = s(vm, "b");
        let t1 = vm.new_tuple(vec![Value::Int(1), bb]);
        let t2 = vm.new_tuple(vec![Value::Int(0), a]);
        let t3 = vm.new_tuple(vec![Value::Int(1), a]);
        let mixed = vm.new_list(vec![t1, t2, t3, Value::Float(0.5)]);
        assert_eq!(
            m(vm, mixed, "sort", &[]),
            "TypeError: '<' not supported between instances of 'float' and 'tuple'"
        );
        let tl = vm.new_list(vec![t1, t2, t3]);
        m(vm, tl, "sort", &[]);
        assert_eq!(rp(vm, tl), "[(0, 'a'), (1, 'a'), (1, 'b')]");
        let many: Vec<i64> = (0..100).map(|i| (i * 37) % 101).collect();
        let big = ints(vm, &many);
        let fl: Vec<Value> = many
            .iter()
            .map(|i| Value::Float(*i as f64))
            .chain([Value::Int(-1)])
            .collect();
        let fl = vm.new_list(fl);
        m(vm, fl, "sort", &[]);
        let sorted_items = crate::objects::ops::to_vec(vm, fl).unwrap();
        assert!(matches!(sorted_items[0], Value::Int(-1)));
        assert!(sorted_items
            .windows(2)
            .all(|w| crate::objects::ops::less_than(vm, w[1], w[0])
                .map(|x| !x)
                .unwrap()));
        m(vm, big, "sort", &[]);
        assert_eq!(m(vm, big, "count", &[Value::Int(5)]), "1");

        let d = vm.new_dict();
        let dv = Value::Obj(d);
        let k = s(vm, "k");
        vm.dict_set(d, k, Value::Int(1)).unwrap();
        vm.dict_set(d, a, Value::Int(2)).unwrap();
        assert_eq!(m(vm, dv, "get", &[bb]), "None");
        assert_eq!(m(vm, dv, "get", &[bb, Value::Int(0)]), "0");
        assert_eq!(m(vm, dv, "setdefault", &[bb, Value::Int(3)]), "3");
        assert_eq!(m(vm, dv, "pop", &[bb]), "3");
        assert_eq!(m(vm, dv, "pop", &[bb]), "KeyError: 'b'");
        assert_eq!(m(vm, dv, "keys", &[]), "dict_keys(['k', 'a'])");
        assert_eq!(m(vm, dv, "items", &[]), "dict_items([('k', 1), ('a', 2)])");
        let keys = meth(vm, dv, "keys", &[], &[]).unwrap();
        assert_eq!(crate::objects::ops::len(vm, keys).unwrap(), 2);
        let v = meth(vm, dv, "values", &[], &[]).unwrap();
        assert_eq!(b(vm, "list", &[v]), "[1, 2]");
        assert!(crate::objects::ops::contains(vm, keys, a).unwrap());
        assert_eq!(m(vm, dv, "popitem", &[]), "('a', 2)");
        let r = meth(vm, dv, "update", &[], &[("z", Value::Int(26))]);
        assert_eq!(show(vm, r), "None");
        assert_eq!(rp(vm, dv), "{'k': 1, 'z': 26}");
        let abc = s(vm, "abc");
        let name = Value::Obj(vm.intern("fromkeys"));
        let fk = vm.lookup_in_class(vm.types.dict, name).unwrap();
        let native = match fk.as_obj().map(|r| vm.heap.get(r)) {
            Some(crate::objects::Obj::Native(n)) => n.f,
            _ => unreachable!(),
        };
        let r = native(vm, &[abc, Value::Int(0)], &[]);
        assert_eq!(show(vm, r), "{'a': 0, 'b': 0, 'c': 0}");
        m(vm, dv, "clear", &[]);
        assert_eq!(
            m(vm, dv, "popitem", &[]),
            "KeyError: 'popitem(): dictionary is empty'"
        );

        let l4 = ints(vm, &[1, 2, 3, 4]);
        let set = call(vm, "set", &[l4], &[]).unwrap();
        let l345 = ints(vm, &[3, 4, 5]);
        let other = call(vm, "set", &[l345], &[]).unwrap();
        let bin = |vm: &mut Vm, op, a, b| {
            let r = crate::objects::ops::binary(vm, op, a, b);
            show(vm, r)
        };
        use crate::syntax::ast::BinOp;
        assert_eq!(bin(vm, BinOp::BitOr, set, other), "{1, 2, 3, 4, 5}");
        assert_eq!(bin(vm, BinOp::BitAnd, set, other), "{3, 4}");
        assert_eq!(bin(vm, BinOp::Sub, set, other), "{1, 2}");
        assert_eq!(bin(vm, BinOp::BitXor, set, other), "{1, 2, 5}");
        assert_eq!(m(vm, set, "union", &[l345]), "{1, 2, 3, 4, 5}");
        assert_eq!(m(vm, set, "issuperset", &[l4]), "True");
        assert_eq!(m(vm, set, "remove", &[Value::Int(99)]), "KeyError: 99");
        m(vm, set, "discard", &[Value::Int(1)]);
        assert_eq!(m(vm, set, "pop", &[]), "2");
        let empty = call(vm, "set", &[], &[]).unwrap();
        assert_eq!(
            m(vm, empty, "pop", &[]),
            "KeyError: 'pop from an empty set'"
        );
        let fz = call(vm, "frozenset", &[l4], &[]).unwrap();
        assert_eq!(
            bin(vm, BinOp::BitOr, fz, other),
            "frozenset({1, 2, 3, 4, 5})"
        );
        let r = crate::objects::ops::inplace(vm, BinOp::BitOr, set, fz);
        assert_eq!(show(vm, r), "{1, 2, 3, 4}");
        let t = vm.new_tuple(vec![Value::Int(1), Value::Int(2), Value::Int(1)]);
        assert_eq!(m(vm, t, "count", &[Value::Int(1)]), "2");
        assert_eq!(
            m(vm, t, "index", &[Value::Int(5)]),
            "ValueError: tuple.index(x): x not in tuple"
        );
    }

    #[test]
    fn modules() {
        let mut vm = vm();
        let vm = &mut vm;
        let r = module_fn(vm, "math", "sqrt", &[Value::Int(16)]);
        assert_eq!(show(vm, r), "4.0");
        let r = module_fn(vm, "math", "sqrt", &[Value::Int(-1)]);
        assert_eq!(show(vm, r), "ValueError: math domain error");
        let r = module_fn(vm, "math", "log", &[Value::Int(0)]);
        assert_eq!(show(vm, r), "ValueError: math domain error");
        let r = module_fn(vm, "math", "log", &[Value::Int(8), Value::Int(2)]);
        assert_eq!(show(vm, r), "3.0");
        let r = module_fn(vm, "math", "floor", &[Value::Float(-2.5)]);
        assert_eq!(show(vm, r), "-3");
        let r = module_fn(vm, "math", "ceil", &[Value::Float(1e20)]);
        assert_eq!(show(vm, r), "100000000000000000000");
        let r = module_fn(vm, "math", "factorial", &[Value::Int(25)]);
        assert_eq!(show(vm, r), "15511210043330985984000000");
        let r = module_fn(vm, "math", "factorial", &[Value::Int(-1)]);
        assert_eq!(
            show(vm, r),
            "ValueError: factorial() not defined for negative values"
        );
        let r = module_fn(vm, "math", "gcd", &[Value::Int(12), Value::Int(-18)]);
        assert_eq!(show(vm, r), "6");
        let r = module_fn(vm, "math", "comb", &[Value::Int(10), Value::Int(3)]);
        assert_eq!(show(vm, r), "120");
        let r = module_fn(vm, "math", "perm", &[Value::Int(5), Value::Int(2)]);
        assert_eq!(show(vm, r), "20");
        let r = module_fn(vm, "math", "isqrt", &[Value::Int(17)]);
        assert_eq!(show(vm, r), "4");
        let tenths = vm.new_list(vec![Value::Float(0.1); 10]);
        let r = module_fn(vm, "math", "fsum", &[tenths]);
        assert_eq!(show(vm, r), "1.0");
        let r = module_fn(vm, "math", "exp", &[Value::Int(1000)]);
        assert_eq!(show(vm, r), "OverflowError: math range error");
        let r = module_fn(vm, "math", "hypot", &[Value::Int(3), Value::Int(4)]);
        assert_eq!(show(vm, r), "5.0");
        let r = module_fn(vm, "sys", "exit", &[Value::Int(5)]);
        assert_eq!(show(vm, r), "SystemExit: 5");
        let r = module_fn(vm, "sys", "getrecursionlimit", &[]);
        assert_eq!(show(vm, r), "1000");
        let r = module_fn(vm, "time", "time", &[]).unwrap();
        assert!(matches!(r, Value::Float(f) if f > 1.5e9));
        let sys = vm.dict_get_str(vm.modules, "sys").unwrap();
        let Some(crate::objects::Obj::Module(md)) = sys.as_obj().map(|r| vm.heap.get(r)) else {
            panic!()
        };
        let d = md.dict;
        let argv = vm.dict_get_str(d, "argv").unwrap();
        assert_eq!(rp(vm, argv), "['test.sl']");
        let out = vm.dict_get_str(d, "stdout").unwrap();
        assert_eq!(
            rp(vm, out),
            "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
        );
        let text = s(vm, "");
        assert_eq!(m(vm, out, "write", &[text]), "0");
    }

    #[test]
    fn files() {
        let mut vm = vm();
        let vm = &mut vm;
        let dir = std::env::temp_dir().join(format!("slate-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("f.txt");
        let p = s(vm, path.to_str().unwrap());
        let w = s(vm, "w");
        let f = call(vm, "open", &[p, w], &[]).unwrap();
        let line = s(vm, "one\ntwo\n");
        assert_eq!(m(vm, f, "write", &[line]), "8");
        m(vm, f, "close", &[]);
        assert_eq!(
            m(vm, f, "write", &[line]),
            "ValueError: I/O operation on closed file."
        );
        let f = call(vm, "open", &[p], &[]).unwrap();
        assert_eq!(m(vm, f, "readline", &[]), "'one\\n'");
        assert_eq!(m(vm, f, "read", &[]), "'two\\n'");
        assert_eq!(m(vm, f, "read", &[]), "''");
        let f = call(vm, "open", &[p], &[]).unwrap();
        assert_eq!(b(vm, "list", &[f]), "['one\\n', 'two\\n']");
        let missing = s(vm, dir.join("missing.txt").to_str().unwrap());
        let r = call(vm, "open", &[missing], &[]);
        let shown = show(vm, r);
        assert!(
            shown.starts_with("FileNotFoundError: [Errno 2] No such file or directory: '"),
            "{shown}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
