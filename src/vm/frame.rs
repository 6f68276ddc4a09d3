//! Heap frames: the plain-data record of one running function, and a tasklet's stack of them.
//!
//! A frame owns no Rust references: its code is shared (`Rc<Code>`), its
//! slots and temporaries live in the owning `Fiber`'s value stack from
//! `base` on. Calls push a `Frame`, returns pop it; the dispatch loop never
//! recurses on the Rust stack for a script-to-script call.

use std::rc::Rc;

use crate::compile::code::Code;
use crate::vm::reentry::Parked;
use crate::vm::value::{ObjRef, Value};

/// An entry of a frame's block stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// `try` body: on an exception, unwind the stack to `depth`, push the
    /// exception and continue at `handler`.
    Except { handler: u32, depth: u32 },
    /// Inside an `except`/`finally` handler: on unwinding, the previously
    /// handled exception is restored (`Fiber::handled` is popped).
    Handler { depth: u32 },
}

/// What the caller does with a frame's return value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cont {
    /// Push it on the caller's stack (an ordinary call).
    Push,
    /// `__init__` returned: it must be `None`; the instance (its `self`,
    /// slot 0) is the result.
    Init,
    /// A module body finished: the module, in the callee slot, is the result.
    Module,
    /// A generator resumed by `FOR_ITER`: on return, the loop ends and the
    /// caller jumps to the target.
    ForIter(u32),
    /// A generator resumed by `next()` / `send()`: on return, raise
    /// `StopIteration(value)` in the caller.
    GenNext,
    /// A generator resumed by `yield from` in the generator below it: a yield
    /// passes outward, a return replaces the sub-iterator with its value.
    YieldFrom,
    /// The outermost frame of a nested run (`Vm::call_value`): stop the loop.
    Stop,
    /// A callback of the native parked below it on a coroutine (a call, or a
    /// generator step): its return, yield or exception resumes that native
    /// (see `reentry.rs`).
    Native,
}

#[derive(Clone)]
pub struct Frame {
    pub code: Rc<Code>,
    /// The next instruction to run.
    pub ip: u32,
    /// Index of slot 0 in the fiber's value stack.
    pub base: u32,
    pub globals: ObjRef,
    /// Class bodies run with a namespace dict; functions use slots.
    pub locals: Option<ObjRef>,
    pub blocks: Vec<Block>,
    pub cont: Cont,
    /// The generator this frame belongs to, if any.
    pub generator: Option<ObjRef>,
}

impl Frame {
    /// The line the frame is at: that of the instruction it last ran.
    pub fn line(&self) -> u32 {
        self.code.line_at((self.ip as usize).saturating_sub(1))
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.code.trace(f);
        f(Value::Obj(self.globals));
        if let Some(l) = self.locals {
            f(Value::Obj(l));
        }
        if let Some(g) = self.generator {
            f(Value::Obj(g));
        }
    }
}

/// The execution state of one tasklet: its value stack, its frames, the
/// exceptions currently being handled (`sys.exc_info()` is the last) and
/// the natives parked on coroutines while their callbacks run (innermost
/// last; each one's callback frames lie above the frames that were there
/// when it started).
#[derive(Default)]
pub struct Fiber {
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    pub handled: Vec<Value>,
    pub natives: Vec<Parked>,
}

impl Fiber {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.stack.iter().for_each(|v| f(*v));
        self.frames.iter().for_each(|fr| fr.trace(f));
        self.handled.iter().for_each(|v| f(*v));
        self.natives.iter().for_each(|p| p.trace(f));
    }
}
