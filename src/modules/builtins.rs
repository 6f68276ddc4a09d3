//! The `builtins` module: `print`, `len`, `sorted`, …, the type names, and the constructors of the builtin types.
//!
//! Calling a class is dispatched by the VM; for the builtin types it asks
//! `construct` first. `map`, `filter` and the two-argument `iter` are small
//! native-backed classes (see `ops::native_class`): their instances keep the
//! iteration state in their instance dict, so they stay lazy without a
//! dedicated object kind.

use std::io::BufRead;

use crate::objects::iter::IterObj;
use crate::objects::ops::{
    self, bind, check_args, exc_matches, int_arg, native_state, type_error, value_error, Roots,
};
use crate::objects::types::Method;
use crate::objects::{number, DictObj, InstanceObj, Obj};
use crate::syntax::ast::BinOp;
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
    ("ascii", repr, false),
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

/// Fills the builtins namespace.
pub fn install(vm: &mut Vm) {
    crate::modules::install_internal(vm);
    let b = vm.builtins;
    for (name, f, kw) in FUNCTIONS {
        let v = vm.new_native(name, *f, *kw);
        vm.dict_set_str(b, name, v);
    }
    let t = &vm.types;
    let types = [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("float", t.float),
        ("bool", t.bool_),
        ("str", t.str_),
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
    let property_dict = vm.class(vm.types.property).dict;
    for (name, f, kw) in PROPERTY_METHODS {
        let v = vm.new_native(name, *f, *kw);
        vm.dict_set_str(property_dict, name, v);
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
    let mut text = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        match vm.str_of(*a) {
            Some(s) => text.push_str(s),
            None => text.push_str(&ops::str(vm, *a)?),
        }
    }
    text.push_str(&end);
    match file {
        None | Some(Value::None) => {
            vm.write_out(&text);
            if let Some(f) = flush {
                if ops::truthy(vm, f)? {
                    vm.flush_out();
                }
            }
        }
        Some(f) => {
            let write = vm.intern("write");
            let write = vm.get_attr(f, write)?;
            let s = vm.new_str(&text);
            vm.call_value(write, &[s], &[])?;
            if let Some(fl) = flush {
                if ops::truthy(vm, fl)? {
                    let name = vm.intern("flush");
                    let m = vm.get_attr(f, name)?;
                    vm.call_value(m, &[], &[])?;
                }
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
    check_args(name, args.len(), 1, usize::MAX)?;
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
    let res = (|| {
        for v in &items {
            roots.push(vm, *v);
        }
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
    let res = (|| {
        for v in items {
            roots.push(vm, v);
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
    let s = number::int_to_base(&n, base);
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
        "{what} arg 2 must be a type, a tuple of types, or a union"
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
        .map_err(|_| {
            type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        })
        .map(Value::Bool)
}

fn callable(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("callable", args.len(), 1, 1)?;
    let v = args[0];
    let yes = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(
            Obj::Function(_)
            | Obj::Native(_)
            | Obj::BoundMethod(_)
            | Obj::Class(_)
            | Obj::StaticMethod(_),
        ) => true,
        Some(Obj::Instance(_) | Obj::Exception(_)) => ops::find_dunder(vm, v, "__call__").is_some(),
        _ => false,
    };
    Ok(Value::Bool(yes))
}

/// An attribute name argument, interned.
fn attr_name(vm: &mut Vm, v: Value) -> Res<ObjRef> {
    match vm.str_of(v).map(str::to_string) {
        Some(s) => Ok(vm.intern(&s)),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("getattr", args.len(), 2, 3)?;
    let name = attr_name(vm, args[1])?;
    match vm.get_attr(args[0], name) {
        Err(e) if args.len() == 3 && exc_matches(vm, &e, ExcKind::AttributeError) => Ok(args[2]),
        r => r,
    }
}

fn setattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("setattr", args.len(), 3, 3)?;
    let name = attr_name(vm, args[1])?;
    vm.set_attr(args[0], name, args[2])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("hasattr", args.len(), 2, 2)?;
    let name = attr_name(vm, args[1])?;
    match vm.get_attr(args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if exc_matches(vm, &e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// `delattr(obj, name)`: removes the name from the instance (or class, module) namespace.
fn delattr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("delattr", args.len(), 2, 2)?;
    let name = attr_name(vm, args[1])?;
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

fn sorted_names(vm: &mut Vm, dicts: &[ObjRef]) -> Value {
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
    let items = names.iter().map(|n| vm.new_str(n)).collect();
    vm.new_list(items)
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
    let roots = Roots::new(vm);
    let res = (|| {
        let mut vals = Vec::with_capacity(iters.len());
        for it in iters {
            let v = ops::iter_next(vm, it)?.ok_or_else(stop)?;
            roots.push(vm, v);
            vals.push(v);
        }
        vm.call_value(f, &vals, &[])
    })();
    roots.release(vm);
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
    let roots = Roots::new(vm);
    let res = (|| loop {
        let v = ops::iter_next(vm, it)?.ok_or_else(stop)?;
        roots.push(vm, v);
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
    roots.release(vm);
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
            [_, _, _] => {
                return Err(Exc::pending(
                    ExcKind::NotImplementedError,
                    "type(name, bases, dict) is not supported",
                ))
            }
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

/// The name of a native-backed class of the internal module, if `class` is one.
fn internal_class_name(vm: &mut Vm, class: ObjRef) -> Option<String> {
    let name = vm.class(class).name.clone();
    ops::internal(vm, &name)
        .filter(|v| v.is(Value::Obj(class)))
        .map(|_| name)
}
