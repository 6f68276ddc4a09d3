//! The tasklet object: its fiber, bound callable, place in the scheduler and the value or exception it resumes with.

use crate::vm::frame::Fiber;
use crate::vm::value::{ObjRef, Value};

/// Where a tasklet is, besides running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// Not runnable: new, paused (removed) or finished.
    Nowhere,
    /// In the run queue (the running tasklet is normally there too).
    Queue,
    /// Blocked in the queue of this channel.
    Channel(ObjRef),
}

/// What a tasklet does when it is switched to.
#[derive(Clone, Copy, Debug)]
pub enum Resume {
    /// Its function has not started: call it.
    Start,
    /// It was suspended inside a native (`schedule`, `send`, `receive` …):
    /// that call returns this value.
    Value(Value),
    /// That call raises this exception instead.
    Raise(ObjRef),
    /// It was interrupted between two instructions (preemption): it goes
    /// on from there, nothing to deliver.
    Continue,
}

pub struct TaskletObj {
    /// The suspended execution state; empty while it runs (its fiber is
    /// `Vm::fiber` then) and before it starts.
    pub fiber: Fiber,
    /// The bound callable (`Value::None` when unbound) and its arguments.
    pub func: Value,
    pub args: Value,
    pub kwargs: Value,
    /// `setup()` happened (arguments given) and it has not finished.
    pub alive: bool,
    pub place: Place,
    /// Links of the run queue or of a channel's queue.
    pub next: Option<ObjRef>,
    pub prev: Option<ObjRef>,
    pub tempval: Value,
    /// While blocked in `send_exception`: the exception the receiver gets (else `Undef`).
    pub send_exc: Value,
    pub resume: Resume,
    pub is_main: bool,
    pub atomic: bool,
    pub block_trap: bool,
    pub ignore_nesting: bool,
}

impl TaskletObj {
    pub fn new(func: Value) -> TaskletObj {
        TaskletObj {
            fiber: Fiber::default(),
            func,
            args: Value::None,
            kwargs: Value::None,
            alive: false,
            place: Place::Nowhere,
            next: None,
            prev: None,
            tempval: Value::None,
            send_exc: Value::Undef,
            resume: Resume::Start,
            is_main: false,
            atomic: false,
            block_trap: false,
            ignore_nesting: false,
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.fiber.trace(f);
        for v in [
            self.func,
            self.args,
            self.kwargs,
            self.tempval,
            self.send_exc,
        ] {
            f(v);
        }
        if let Place::Channel(c) = self.place {
            f(Value::Obj(c));
        }
        for r in [self.next, self.prev].into_iter().flatten() {
            f(Value::Obj(r));
        }
        match self.resume {
            Resume::Value(v) => f(v),
            Resume::Raise(e) => f(Value::Obj(e)),
            Resume::Start | Resume::Continue => {}
        }
    }
}
