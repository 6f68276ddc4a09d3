//! The channel object: its queue of blocked tasklets (senders or receivers, never both) and its settings.

use crate::vm::value::{ObjRef, Value};

pub struct ChannelObj {
    /// Senders waiting (> 0) or receivers waiting (< 0).
    pub balance: i64,
    /// The blocked tasklets, first in line first; linked through their `next`/`prev`.
    pub head: Option<ObjRef>,
    pub tail: Option<ObjRef>,
    /// -1 prefer the receiver, 1 prefer the sender, 0 neither.
    pub preference: i64,
    pub schedule_all: bool,
    pub closing: bool,
}

impl ChannelObj {
    pub fn new() -> ChannelObj {
        ChannelObj {
            balance: 0,
            head: None,
            tail: None,
            preference: -1,
            schedule_all: false,
            closing: false,
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for r in [self.head, self.tail].into_iter().flatten() {
            f(Value::Obj(r));
        }
    }
}

impl Default for ChannelObj {
    fn default() -> Self {
        ChannelObj::new()
    }
}
