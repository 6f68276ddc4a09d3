//! `super()`: the zero-argument form reads `__class__` and the first argument from the calling frame; attribute lookup continues the MRO after that class.

use crate::objects::types::Method;
use crate::objects::Obj;
use crate::vm::exceptions::ExcKind;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

/// `super()` / `super(C, obj)`.
pub fn super_new(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let (class, obj) = match args {
        [c, o] => (*c, *o),
        [] => implicit_args(vm)?,
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    let Value::Obj(c) = class else {
        return Err(vm.type_error("super() argument 1 must be type"));
    };
    if !matches!(vm.heap.get(c), Obj::Class(_)) {
        return Err(vm.type_error("super() argument 1 must be type"));
    }
    let obj_class = match obj {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => r,
        _ => vm.type_of(obj),
    };
    if !vm.is_subclass(obj_class, c) {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(vm.alloc(Obj::Super(Box::new((c, obj)))))
}

/// The `__class__` cell and first argument of the frame calling `super()`.
fn implicit_args(vm: &mut Vm) -> Res<(Value, Value)> {
    let no_args = || crate::vm::Exc::pending(ExcKind::RuntimeError, "super(): no arguments");
    let frame = vm.fiber.frames.last().ok_or_else(no_args)?;
    let code = frame.code.clone();
    let base = frame.base as usize;
    let Some(i) = code.freevars.iter().position(|n| n == "__class__") else {
        return Err(vm.err(ExcKind::RuntimeError, "super(): __class__ cell not found"));
    };
    let slot = code.varnames.len() + code.cellvars.len() + i;
    let class = match vm.fiber.stack[base + slot] {
        Value::Obj(cell) => match vm.heap.get(cell) {
            Obj::Cell(v) => *v,
            _ => Value::Undef,
        },
        _ => Value::Undef,
    };
    if code.argcount == 0 && !code.has_varargs {
        return Err(no_args());
    }
    // The first parameter may itself live in a cell (captured by a closure).
    let mut first = vm.fiber.stack[base];
    if let Some(c) = code.cell_params.iter().position(|p| *p == Some(0)) {
        if let Value::Obj(cell) = vm.fiber.stack[base + code.varnames.len() + c] {
            if let Obj::Cell(v) = vm.heap.get(cell) {
                first = *v;
            }
        }
    }
    if code.argcount == 0 {
        // `def f(*args)`: the first positional argument.
        first = match vm.fiber.stack[base] {
            Value::Obj(t) => match vm.heap.get(t) {
                Obj::Tuple(items) => items.first().copied().unwrap_or(Value::Undef),
                _ => Value::Undef,
            },
            _ => Value::Undef,
        };
    }
    if matches!(class, Value::Undef) || matches!(first, Value::Undef) {
        return Err(vm.err(ExcKind::RuntimeError, "super(): empty __class__ cell"));
    }
    Ok((class, first))
}

impl Vm {
    /// `super_obj.name`: the first class after `start` in the MRO of the object's type that has it, bound to the object.
    pub fn super_attr(&mut self, start: ObjRef, obj: Value, name: ObjRef) -> Res<Value> {
        let obj_class = match obj {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)) => r,
            _ => self.type_of(obj),
        };
        let mro = self.class(obj_class).mro.clone();
        let after = mro
            .iter()
            .position(|c| *c == start)
            .map_or(mro.len(), |i| i + 1);
        let key = Value::Obj(name);
        for c in &mro[after..] {
            let dict = self.class(*c).dict;
            if let Some(v) = self.dict_get(dict, key)? {
                return self.bind_found(v, obj, obj_class);
            }
        }
        let n = self.str_of(key).unwrap_or("").to_string();
        Err(self.err(
            ExcKind::AttributeError,
            format!("'super' object has no attribute '{n}'"),
        ))
    }
}

/// `object` methods reachable through `super()` and explicit calls.
pub const OBJECT_METHODS: &[Method] = &[("__init__", object_init, true)];

fn object_init(_vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    Ok(Value::None)
}

/// `BaseException` methods: `__init__` stores the arguments in `args`.
pub const BASE_EXCEPTION_METHODS: &[Method] = &[("__init__", exception_init, true)];

fn exception_init(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    if let Some(Value::Obj(r)) = args.first() {
        if let Obj::Exception(_) = vm.heap.get(*r) {
            let t = vm.new_tuple(args[1..].to_vec());
            if let Obj::Exception(e) = vm.heap.get_mut(*r) {
                e.args = t;
            }
        }
    }
    Ok(Value::None)
}
