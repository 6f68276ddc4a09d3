//! `tuple` methods.

use crate::objects::list::search_range;
use crate::objects::ops::{self, descriptor_error, eq, split_self};
use crate::objects::types::Method;
use crate::objects::Obj;
use crate::vm::value::Value;
use crate::vm::{Res, Vm};

/// The tuple's items (a copy) and the other arguments, checking their count.
fn this<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    min: usize,
    max: usize,
) -> Res<(Vec<Value>, &'a [Value])> {
    let (s, rest) = split_self("tuple", name, args)?;
    match s.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Tuple(t)) => {
            ops::check_method_args("tuple", name, rest.len(), min, max)?;
            Ok((t.to_vec(), rest))
        }
        _ => Err(descriptor_error(vm, name, "tuple", s)),
    }
}

fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (items, a) = this(vm, "index", args, 1, 3)?;
    let (start, end) = search_range(vm, items.len(), a.get(1), a.get(2))?;
    for (i, v) in items.iter().enumerate().take(end).skip(start) {
        if eq(vm, *v, a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(ops::value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (items, a) = this(vm, "count", args, 1, 1)?;
    let mut n = 0;
    for v in items {
        if eq(vm, v, a[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub const METHODS: &[Method] = &[("index", index, false), ("count", count, false)];
