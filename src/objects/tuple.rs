//! `tuple` methods.

use crate::objects::list::search_range;
use crate::objects::ops::{self, eq};
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
    let is_tuple = |o: &Obj| matches!(o, Obj::Tuple(_));
    let (r, rest) = ops::method_self(vm, "tuple", name, args, (min, max), is_tuple)?;
    let items = match vm.heap.get(r) {
        Obj::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    Ok((items, rest))
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
