//! `range` methods and the `range(...)` constructor.

use crate::objects::ops::{self, check_args, descriptor_error, split_self};
use crate::objects::types::Method;
use crate::objects::{Obj, RangeObj};
use crate::vm::value::Value;
use crate::vm::{Res, Vm};

/// `range(stop)` / `range(start, stop[, step])`.
pub(crate) fn range_new(vm: &mut Vm, args: &[Value]) -> Res<Value> {
    check_args("range", args.len(), 1, 3)?;
    let mut n = [0i64; 3];
    for (slot, v) in n.iter_mut().zip(args) {
        *slot = ops::int_arg(vm, *v)?;
    }
    let (start, stop, step) = match args.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return Err(ops::value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.alloc(Obj::Range(Box::new(RangeObj { start, stop, step }))))
}

fn this(vm: &Vm, name: &str, args: &[Value]) -> Res<(RangeObj, Value)> {
    let (s, rest) = split_self("range", name, args)?;
    match s.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Range(rg)) => {
            ops::check_method_args("range", name, rest.len(), 1, 1)?;
            Ok(((**rg).clone(), rest[0]))
        }
        _ => Err(descriptor_error(vm, name, "range", s)),
    }
}

/// The position of an int in the range, if it is one of its items.
fn position(rg: &RangeObj, v: Value) -> Option<i64> {
    let i = match v {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => return None,
    };
    let off = i as i128 - rg.start as i128;
    let k = off / rg.step as i128;
    (off % rg.step as i128 == 0 && k >= 0 && k < rg.len() as i128).then_some(k as i64)
}

fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (rg, v) = this(vm, "index", args)?;
    match position(&rg, v) {
        Some(k) => Ok(Value::Int(k)),
        None => {
            let shown = ops::repr(vm, v)?;
            Err(ops::value_error(format!("{shown} is not in range")))
        }
    }
}

fn count(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (rg, v) = this(vm, "count", args)?;
    Ok(Value::Int(position(&rg, v).is_some() as i64))
}

pub const METHODS: &[Method] = &[("index", index, false), ("count", count, false)];
