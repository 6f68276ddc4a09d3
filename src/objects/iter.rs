//! Iterators over builtin containers (lists, tuples, strings, ranges, dicts, sets) and the builtin iterator adaptors.

use crate::vm::value::Value;

pub enum IterObj {
    /// A list or tuple by index (a list may grow while iterated).
    Seq {
        seq: Value,
        index: usize,
    },
    /// A string by byte offset.
    Str {
        s: Value,
        offset: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Dict keys, values or items, or set members, by entry index.
    Dict {
        dict: Value,
        index: usize,
        kind: DictIterKind,
    },
    /// `reversed()` of a list or tuple: the next index to yield, counting down.
    Reversed {
        seq: Value,
        next: usize,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip {
        inners: Vec<Value>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

impl IterObj {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } => f(*seq),
            IterObj::Str { s, .. } => f(*s),
            IterObj::Range { .. } => {}
            IterObj::Dict { dict, .. } => f(*dict),
            IterObj::Enumerate { inner, .. } => f(*inner),
            IterObj::Zip { inners } => inners.iter().for_each(|v| f(*v)),
        }
    }
}
