//! Calling values and attribute access: the entry points natives use to reach script code.

use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

impl Vm {
    /// Calls any callable with positional and keyword arguments and returns
    /// its result. Script functions run on a nested dispatch loop until they
    /// return (this is the re-entry path natives use).
    pub fn call_value(
        &mut self,
        f: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> Res<Value> {
        let _ = (f, args, kwargs);
        todo!()
    }

    /// Looks `name` up on the type of `obj` (a special method, like
    /// `__repr__`), and calls it bound to `obj` if present.
    pub fn call_method(&mut self, obj: Value, name: &str, args: &[Value]) -> Res<Option<Value>> {
        let _ = (obj, name, args);
        todo!()
    }

    /// `obj.name` (AttributeError if missing).
    pub fn get_attr(&mut self, obj: Value, name: ObjRef) -> Res<Value> {
        let _ = (obj, name);
        todo!()
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: Value, name: ObjRef, value: Value) -> Res<()> {
        let _ = (obj, name, value);
        todo!()
    }

    /// Runs a generator one step with `send(value)`: `Some(yielded)`, or `None` when it returns.
    pub fn gen_resume(&mut self, gen: ObjRef, value: Value) -> Res<Option<Value>> {
        let _ = (gen, value);
        todo!()
    }
}
