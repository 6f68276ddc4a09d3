//! Function objects: script functions (code + globals + defaults + closure) and native builtins.

use std::rc::Rc;

use crate::compile::code::Code;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

pub struct FunctionObj {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub name: String,
    pub qualname: String,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, as a dict (or none).
    pub kwdefaults: Option<ObjRef>,
    /// The cells of the free variables, in `code.freevars` order.
    pub closure: Vec<ObjRef>,
    /// Function attributes (`f.attr = …`), a dict created on first use.
    pub dict: Option<ObjRef>,
    /// The name of the module that defined it.
    pub module: Value,
}

impl FunctionObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.code.trace(f);
        f(Value::Obj(self.globals));
        self.defaults.iter().for_each(|v| f(*v));
        if let Some(d) = self.kwdefaults {
            f(Value::Obj(d));
        }
        self.closure.iter().for_each(|c| f(Value::Obj(*c)));
        if let Some(d) = self.dict {
            f(Value::Obj(d));
        }
        f(self.module);
    }
}

/// A native function: positional arguments, then keyword arguments as
/// `(name, value)` pairs (empty unless the native takes keywords).
pub type NativeFn = fn(&mut Vm, &[Value], &[(Value, Value)]) -> Res<Value>;

/// Whether a native called with these arguments may call back into script
/// code, and so runs on a coroutine when the loop calls it (`vm/reentry.rs`).
pub type Wants = fn(&Vm, &[Value], &[(Value, Value)]) -> bool;

pub struct NativeObj {
    pub name: &'static str,
    pub f: NativeFn,
    /// Whether it accepts keyword arguments; if not, the VM rejects them.
    pub takes_kw: bool,
    /// Set for natives that may call script code (`reentry::mark`).
    pub reentry: Option<Wants>,
}
