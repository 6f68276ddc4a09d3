//! The `pickle` module: `dumps`, `loads`, `dump`, `load` and the pickle exceptions, over the format of `crate::pickle`; and `stackless.pickle_flags`.
//!
//! `stackless.pickle_flags` and `pickle_flags_default` live here, beside
//! the pickler: they keep Stackless's option bits (tracing state, async
//! generator finalizers). Slate has neither tracing hooks nor async
//! generators, so no pickle depends on them; the functions keep and check
//! the bits as Stackless does, for programs that set them.

use crate::modules::{add_functions, new_module};
use crate::objects::bytes::{bytes_of, new_bytes};
use crate::objects::ops::{bind, type_error, value_error};
use crate::objects::types::Method;
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::value::Value;
use crate::vm::{Res, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

/// Python's protocol numbers are accepted for compatibility; Slate has one format.
const HIGHEST_PROTOCOL: i64 = 4;
const DEFAULT_PROTOCOL: i64 = 3;

const FUNCTIONS: &[Method] = &[
    ("dumps", dumps, true),
    ("loads", loads, true),
    ("dump", dump, true),
    ("load", load, true),
];

/// The exception classes, written in Slate (shown as `_pickle.…`, as in Python).
const SCRIPT_PARTS: &str = "\
class PickleError(Exception):
    __module__ = '_pickle'

class PicklingError(PickleError):
    __module__ = '_pickle'

class UnpicklingError(PickleError):
    __module__ = '_pickle'
";

pub(crate) fn install(vm: &mut Vm) {
    let d = new_module(vm, "pickle");
    add_functions(vm, d, FUNCTIONS);
    vm.dict_set_str(d, "HIGHEST_PROTOCOL", Value::Int(HIGHEST_PROTOCOL));
    vm.dict_set_str(d, "DEFAULT_PROTOCOL", Value::Int(DEFAULT_PROTOCOL));
    let code = crate::run::compile_source(vm, SCRIPT_PARTS, "<pickle>")
        .expect("pickle exceptions compile");
    crate::run::run_code(vm, code, d).expect("pickle exceptions are defined");
    if let Some(Value::Obj(m)) = vm.dict_get_str(vm.modules, "stackless") {
        if let crate::objects::Obj::Module(md) = vm.heap.get(m) {
            let sd = md.dict;
            add_functions(vm, sd, STACKLESS_FUNCTIONS);
            for (i, name) in FLAG_NAMES.iter().enumerate() {
                vm.dict_set_str(sd, name, Value::Int(1 << i));
            }
        }
    }
    // The exceptions say they are `_pickle`'s: that name finds them too.
    if let Some(m) = vm.dict_get_str(vm.modules, "pickle") {
        let modules = vm.modules;
        vm.dict_set_str(modules, "_pickle", m);
    }
}

fn check_protocol(vm: &mut Vm, protocol: Option<Value>) -> Res<()> {
    match protocol {
        None | Some(Value::None) => Ok(()),
        Some(p) => match crate::objects::ops::index_value(vm, p)? {
            Some(n) if n <= HIGHEST_PROTOCOL => Ok(()),
            Some(_) => Err(value_error(format!(
                "pickle protocol must be <= {HIGHEST_PROTOCOL}"
            ))),
            None => Err(type_error(format!(
                "an integer is required (got type {})",
                vm.type_name(p)
            ))),
        },
    }
}

fn pickled(vm: &mut Vm, obj: Value) -> Res<Value> {
    let data = crate::pickle::dumps(vm, obj)?;
    Ok(new_bytes(vm, &data))
}

/// `dumps(obj, protocol=None, *, fix_imports=True)`.
fn dumps(vm: &mut Vm, args: Args, kw: Kw) -> Res<Value> {
    let [obj, protocol, _fix] = bind(
        vm,
        "dumps",
        args,
        kw,
        ["obj", "protocol", "fix_imports"],
        1,
        2,
    )?;
    check_protocol(vm, protocol)?;
    pickled(vm, obj.unwrap_or(Value::None))
}

/// `dump(obj, file, protocol=None, *, fix_imports=True)`: `file.write(dumps(obj))`.
fn dump(vm: &mut Vm, args: Args, kw: Kw) -> Res<Value> {
    let [obj, file, protocol, _fix] = bind(
        vm,
        "dump",
        args,
        kw,
        ["obj", "file", "protocol", "fix_imports"],
        2,
        3,
    )?;
    check_protocol(vm, protocol)?;
    let (obj, file) = (obj.unwrap_or(Value::None), file.unwrap_or(Value::None));
    let data = pickled(vm, obj)?;
    call_file(vm, file, "write", &[data])?;
    Ok(Value::None)
}

fn data_arg(vm: &Vm, v: Value) -> Res<Vec<u8>> {
    match bytes_of(vm, v) {
        Some(b) => Ok(b.to_vec()),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `loads(data, *, fix_imports=True, encoding='ASCII', errors='strict')`.
fn loads(vm: &mut Vm, args: Args, kw: Kw) -> Res<Value> {
    let [data, _fix, _encoding, _errors] = bind(
        vm,
        "loads",
        args,
        kw,
        ["data", "fix_imports", "encoding", "errors"],
        1,
        1,
    )?;
    let data = data_arg(vm, data.unwrap_or(Value::None))?;
    crate::pickle::loads(vm, &data)
}

/// `file.name(*args)`, an `AttributeError`-like `TypeError` if it has no such method.
fn call_file(vm: &mut Vm, file: Value, name: &str, args: &[Value]) -> Res<Value> {
    match vm.call_method(file, name, args)? {
        Some(v) => Ok(v),
        None => Err(type_error(format!("file must have a '{name}' attribute"))),
    }
}

/// `load(file)`: reads exactly one pickle from the file (its header says
/// how long it is), so several pickles can follow each other in a file.
fn load(vm: &mut Vm, args: Args, kw: Kw) -> Res<Value> {
    let [file, _fix, _encoding, _errors] = bind(
        vm,
        "load",
        args,
        kw,
        ["file", "fix_imports", "encoding", "errors"],
        1,
        1,
    )?;
    let file = file.unwrap_or(Value::None);
    let mut data = Vec::new();
    let mut want = crate::pickle::MAGIC.len() + 1;
    let total = loop {
        let chunk = call_file(vm, file, "read", &[Value::Int((want - data.len()) as i64)])?;
        let chunk = data_arg(vm, chunk)?;
        if chunk.is_empty() {
            return Err(if data.is_empty() {
                Exc::pending(ExcKind::EOFError, "Ran out of input")
            } else {
                crate::pickle::pickle_error(
                    vm,
                    "UnpicklingError",
                    "pickle data was truncated".into(),
                )
            });
        }
        data.extend_from_slice(&chunk);
        if data.len() < want {
            continue;
        }
        match crate::pickle::read::pickle_len(vm, &data)? {
            Some(n) => break n,
            None => want = data.len() + 1,
        }
    };
    if total > data.len() {
        let rest = call_file(vm, file, "read", &[Value::Int((total - data.len()) as i64)])?;
        let rest = data_arg(vm, rest)?;
        data.extend_from_slice(&rest);
    }
    crate::pickle::loads(vm, &data)
}

const STACKLESS_FUNCTIONS: &[Method] = &[
    ("pickle_flags", pickle_flags, true),
    ("pickle_flags_default", pickle_flags_default, true),
];

/// Stackless's pickle option bits, bit 0 first.
const FLAG_NAMES: [&str; 3] = [
    "PICKLEFLAGS_PRESERVE_TRACING_STATE",
    "PICKLEFLAGS_PRESERVE_AG_FINALIZER",
    "PICKLEFLAGS_RESET_AG_FINALIZER",
];

/// Sets `flags` from `new` under `mask` (both -1 by default: just read); the old value.
fn update_flags(
    vm: &mut Vm,
    name: &str,
    args: Args,
    kw: Kw,
    first: &str,
    flags: &mut i64,
) -> Res<Value> {
    let [new, mask] = bind(vm, name, args, kw, [first, "mask"], 0, 2)?;
    let int = |vm: &mut Vm, v: Option<Value>| -> Res<i64> {
        match v {
            None => Ok(-1),
            Some(v) => crate::objects::ops::int_arg(vm, v),
        }
    };
    let (new, mask) = (int(vm, new)?, int(vm, mask)?);
    let old = *flags;
    if new != -1 {
        let valid = (1 << FLAG_NAMES.len()) - 1;
        if new & mask & !valid != 0 {
            return Err(value_error("undefined bits in pickle flags"));
        }
        *flags = (old & !mask) | (new & mask & valid);
    }
    Ok(Value::Int(old))
}

/// `stackless.pickle_flags(new_flags=-1, mask=-1)`.
fn pickle_flags(vm: &mut Vm, args: Args, kw: Kw) -> Res<Value> {
    let mut flags = vm.pickle.flags;
    let old = update_flags(vm, "pickle_flags", args, kw, "new_flags", &mut flags)?;
    vm.pickle.flags = flags;
    Ok(old)
}

/// `stackless.pickle_flags_default(new_default=-1, mask=-1)`.
fn pickle_flags_default(vm: &mut Vm, args: Args, kw: Kw) -> Res<Value> {
    let mut flags = vm.pickle.default_flags;
    let old = update_flags(
        vm,
        "pickle_flags_default",
        args,
        kw,
        "new_default",
        &mut flags,
    )?;
    vm.pickle.default_flags = flags;
    Ok(old)
}
