//! `Value`: the 16-byte, `Copy` representation of every Slate value.
//!
//! Immediate values (`None`, booleans, machine-size ints, floats and two
//! singletons) live inline; everything else is an `ObjRef`, a 32-bit index
//! into the heap arena (see `heap.rs`). Because a `Value` holds no Rust
//! pointers, frames and tasklets made of values are plain data that can be
//! switched, traced and serialized.

/// A handle to a heap object: an index into the heap's arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

impl ObjRef {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// `repr(u64)` puts every payload at offset 8 behind an 8-byte tag. With
/// the default layout the tag is one byte, `Bool` sits at offset 1 and
/// `ObjRef` at 4, so LLVM copies a `Value` as a byte plus two overlapping
/// unaligned words (bytes 1..9 and 8..16); reading such a copy back right
/// after it was stored as two aligned words defeats store forwarding and
/// stalled the dispatch loop on every push. The size stays 16 bytes and
/// `Option<Value>` still uses a spare tag value.
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
pub enum Value {
    /// An unbound local slot or an empty cell; never visible to scripts.
    Undef,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// A machine-size int; results that overflow spill to a heap `BigInt`.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    pub fn as_obj(self) -> Option<ObjRef> {
        match self {
            Value::Obj(r) => Some(r),
            _ => None,
        }
    }

    /// Identity (`is`): same immediate value or the same heap object.
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Undef, Value::Undef)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }

    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(r: ObjRef) -> Value {
        Value::Obj(r)
    }
}
