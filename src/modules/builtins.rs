//! TEMPORARY builtins for testing the VM.
use crate::objects::ops;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

fn print(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let mut parts = vec![];
    for a in args {
        parts.push(ops::str(vm, *a)?);
    }
    let s = parts.join(" ") + "\n";
    vm.write_out(&s);
    Ok(Value::None)
}
fn range(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let (s, e) = match args {
        [Value::Int(e)] => (0, *e),
        [Value::Int(s), Value::Int(e), ..] => (*s, *e),
        _ => (0, 0),
    };
    Ok(vm.alloc(crate::objects::Obj::Range(Box::new(
        crate::objects::RangeObj {
            start: s,
            stop: e,
            step: 1,
        },
    ))))
}
fn len(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let v = ops::to_vec(vm, args[0])?;
    Ok(Value::Int(v.len() as i64))
}
fn next(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    match ops::iter_next(vm, args[0])? {
        Some(v) => Ok(v),
        None => Err(crate::vm::Exc::bare(crate::vm::ExcKind::StopIteration)),
    }
}
fn iter(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    ops::get_iter(vm, args[0])
}

/// Fills the builtins namespace.
pub fn install(vm: &mut Vm) {
    let b = vm.builtins;
    for (n, f) in [
        ("print", print as crate::objects::NativeFn),
        ("range", range),
        ("len", len),
        ("next", next),
        ("iter", iter),
    ] {
        let v = vm.new_native(n, f, true);
        vm.dict_set_str(b, n, v);
    }
    let excs = vm.exc_types.clone();
    for e in excs {
        let n = vm.class(e).name.clone();
        vm.dict_set_str(b, &n, Value::Obj(e));
    }
}

pub fn construct(
    _vm: &mut Vm,
    _class: ObjRef,
    _args: &[Value],
    _kwargs: &[(Value, Value)],
) -> Res<Option<Value>> {
    Ok(None)
}
