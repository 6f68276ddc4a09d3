//! `__init__` of the mutable builtin types, for subclasses that call `super().__init__(...)`.

use crate::objects::types::Method;
use crate::objects::{ops, Obj};
use crate::vm::value::Value;
use crate::vm::{Res, Vm};

pub const LIST_INIT: &[Method] = &[("__init__", list_init, false)];
pub const DICT_INIT: &[Method] = &[("__init__", dict_init, true)];
pub const SET_INIT: &[Method] = &[("__init__", set_init, false)];

fn too_many(vm: &Vm, name: &str, args: &[Value]) -> Res<()> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 arguments, got {}",
            args.len() - 1
        )));
    }
    Ok(())
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    too_many(vm, "list", args)?;
    let items = match args.get(1) {
        Some(it) => ops::to_vec(vm, *it)?,
        None => Vec::new(),
    };
    if let Some(Value::Obj(r)) = args.first() {
        if let Obj::List(l) = vm.heap.get_mut(*r) {
            *l = items;
        }
    }
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: adds the entries.
fn dict_init(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> Res<Value> {
    too_many(vm, "dict", args)?;
    if let Some(Value::Obj(d)) = args.first() {
        if let Some(other) = args.get(1) {
            crate::objects::dict::update_from(vm, *d, *other)?;
        }
        crate::objects::dict::update_kwargs(vm, *d, kw)?;
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: replaces the members.
fn set_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    too_many(vm, "set", args)?;
    if let Some(Value::Obj(s)) = args.first() {
        if let Obj::Set(d) = vm.heap.get_mut(*s) {
            d.clear();
        }
        if let Some(it) = args.get(1) {
            for item in ops::to_vec(vm, *it)? {
                vm.dict_set(*s, item, Value::None)?;
            }
        }
    }
    Ok(Value::None)
}
