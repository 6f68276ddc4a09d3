//! Exception instances: class, `args`, cause/context chain and the traceback entries.

use std::rc::Rc;

use crate::compile::code::Code;
use crate::vm::value::{ObjRef, Value};

/// One line of a traceback: a frame's code and the line it was at.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub line: u32,
}

pub struct ExcObj {
    pub class: ObjRef,
    /// The `args` tuple.
    pub args: Value,
    /// Attributes set on the instance (user subclasses), a dict or none.
    pub dict: Option<ObjRef>,
    /// Oldest frame first, like the printed traceback.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

impl ExcObj {
    /// A fresh exception of `class` with the `args` tuple: no traceback,
    /// cause or context yet.
    pub fn new(class: ObjRef, args: Value) -> ExcObj {
        ExcObj {
            class,
            args,
            dict: None,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(Value::Obj(self.class));
        f(self.args);
        if let Some(d) = self.dict {
            f(Value::Obj(d));
        }
        self.traceback.iter().for_each(|t| t.code.trace(f));
        f(self.cause);
        f(self.context);
    }
}
