//! Slate's pickle format: serializing object graphs, including suspended tasklets, generators and channels, to bytes and back.
//!
//! The format is Slate's own, compact and versioned:
//!
//! ```text
//! "SLPK"  version:u8  length:varint  body  (body ends with STOP)
//! ```
//!
//! The body is a program for a small stack machine (like Python's pickle
//! protocol): each opcode byte, with inline operands, pushes values or
//! builds objects from the values on top of the stack. Every opcode that
//! makes a heap object also appends it to the memo, so a shared reference
//! or a cycle is a `GET` of its memo index. Mutable containers, instances,
//! cells, generators, tasklets and channels are made empty first (so a
//! cycle through them can refer back) and filled by a later opcode;
//! immutable ones (tuples, frozensets, functions, …) are made from values
//! already on the stack. Code objects are blobs (`code.rs`).
//!
//! Reading is iterative (no recursion on untrusted data), every length is
//! checked against the input left, and all state restored into frames is
//! checked against the verified shape of its code (`verify.rs`,
//! `frames.rs`), so corrupt or foreign input is an `UnpicklingError` and
//! never a crash of the VM.

pub mod code;
pub mod frames;
pub mod read;
pub mod verify;
pub mod wire;
pub mod write;

use hashbrown::HashMap;
use std::rc::{Rc, Weak};

use crate::compile::code::Code;
use crate::objects::Obj;
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::heap::Heap;
use crate::vm::value::Value;
use crate::vm::Vm;
use verify::Shapes;

pub use read::loads;
pub use write::dumps;

/// The first bytes of every pickle.
pub const MAGIC: &[u8; 4] = b"SLPK";
/// The format version; pickles of any other version are refused (the
/// bytecode inside tasklet frames is only meaningful to one version).
pub const VERSION: u8 = 1;

/// The opcodes of the body.
pub(crate) mod op {
    pub const STOP: u8 = 0;
    pub const NONE: u8 = 1;
    pub const TRUE: u8 = 2;
    pub const FALSE: u8 = 3;
    pub const ELLIPSIS: u8 = 4;
    pub const NOT_IMPLEMENTED: u8 = 5;
    /// The unbound marker (frame slots and empty cells only).
    pub const UNDEF: u8 = 6;
    pub const INT: u8 = 7;
    pub const FLOAT: u8 = 8;
    pub const GET: u8 = 9;
    /// Discards values (after an immutable object turned out to be recursive).
    pub const POP: u8 = 10;
    pub const STR: u8 = 11;
    pub const BYTES: u8 = 12;
    pub const BIGINT: u8 = 13;
    pub const TUPLE: u8 = 14;
    pub const LIST: u8 = 15;
    pub const APPEND: u8 = 16;
    pub const DICT: u8 = 17;
    pub const SETITEMS: u8 = 18;
    pub const SET: u8 = 19;
    pub const ADD: u8 = 20;
    pub const FROZENSET: u8 = 21;
    pub const RANGE: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const CELL: u8 = 24;
    pub const CELL_SET: u8 = 25;
    /// A module-level object by name: `module qualname -> object`.
    pub const GLOBAL: u8 = 26;
    pub const MODULE: u8 = 27;
    /// `module -> its globals dict`.
    pub const GLOBALS: u8 = 28;
    pub const INSTANCE: u8 = 29;
    /// `object state -> object` (`__setstate__` or a `__dict__` update).
    pub const BUILD: u8 = 30;
    /// `callable args -> callable(*args)` (`__reduce__`).
    pub const REDUCE: u8 = 31;
    pub const EXCEPTION: u8 = 32;
    pub const EXC_STATE: u8 = 33;
    pub const FUNCTION: u8 = 34;
    pub const CODE: u8 = 35;
    pub const BOUND_METHOD: u8 = 36;
    pub const STATICMETHOD: u8 = 37;
    pub const CLASSMETHOD: u8 = 38;
    pub const PROPERTY: u8 = 39;
    pub const SUPER: u8 = 40;
    pub const ITER: u8 = 41;
    pub const GENERATOR: u8 = 42;
    pub const GEN_STATE: u8 = 43;
    pub const TASKLET: u8 = 44;
    pub const TASKLET_STATE: u8 = 45;
    pub const CHANNEL: u8 = 46;
    pub const CHANNEL_STATE: u8 = 47;
    /// `object class dict -> object`: an instance of a user subclass of a builtin type.
    pub const SUBCLASS: u8 = 48;
}

/// The kinds of builtin iterator (`ITER`'s first operand).
pub(crate) mod iter_tag {
    pub const SEQ: u8 = 0;
    pub const STR: u8 = 1;
    pub const RANGE: u8 = 2;
    pub const DICT: u8 = 3;
    pub const REVERSED: u8 = 4;
    pub const ENUMERATE: u8 = 5;
    pub const ZIP: u8 = 6;
}

/// Per-VM caches of code objects seen by `dumps` and `loads`.
///
/// All three maps hold `Weak` references: a code object stays alive only
/// through the frames, functions and code constants that use it, all of
/// which the collector traces, so a `Weak` that still upgrades names a
/// code object whose constants are alive. The maps are pruned when large.
#[derive(Default)]
pub struct PickleState {
    /// The encoded form of code objects already written, by address.
    encoded: HashMap<usize, (Weak<Code>, Rc<[u8]>)>,
    /// Verified code objects by encoded form: loading the same bytes again
    /// (or in the process that wrote them) shares one code object.
    decoded: HashMap<Rc<[u8]>, Weak<Code>>,
    /// The shapes of verified code, by address.
    shapes: HashMap<usize, (Weak<Code>, Rc<Shapes>)>,
    /// `stackless.pickle_flags()` and `pickle_flags_default()`.
    pub flags: i64,
    pub default_flags: i64,
}

/// Entries kept before a cache is pruned of dead code objects.
const CACHE_LIMIT: usize = 4096;

fn prune<K: Eq + std::hash::Hash, V>(map: &mut HashMap<K, V>, live: impl Fn(&V) -> bool) {
    if map.len() >= CACHE_LIMIT {
        map.retain(|_, v| live(v));
        if map.len() >= CACHE_LIMIT {
            map.clear();
        }
    }
}

impl PickleState {
    /// The shapes of `code`, verifying it first if it never was.
    pub fn verify(&mut self, heap: &Heap, code: &Rc<Code>) -> Result<Rc<Shapes>, String> {
        let key = Rc::as_ptr(code) as usize;
        if let Some((w, s)) = self.shapes.get(&key) {
            if w.upgrade().is_some_and(|c| Rc::ptr_eq(&c, code)) {
                return Ok(s.clone());
            }
        }
        let shapes = Rc::new(verify::verify(heap, code)?);
        prune(&mut self.shapes, |(w, _)| w.strong_count() > 0);
        self.shapes
            .insert(key, (Rc::downgrade(code), shapes.clone()));
        Ok(shapes)
    }

    /// The encoded form of `code`, if it was encoded before.
    fn encoded(&self, code: &Rc<Code>) -> Option<Rc<[u8]>> {
        let (w, blob) = self.encoded.get(&(Rc::as_ptr(code) as usize))?;
        w.upgrade()
            .is_some_and(|c| Rc::ptr_eq(&c, code))
            .then(|| blob.clone())
    }

    /// Remembers the encoding of `code` both ways.
    fn remember(&mut self, code: &Rc<Code>, blob: Rc<[u8]>) {
        prune(&mut self.encoded, |(w, _)| w.strong_count() > 0);
        prune(&mut self.decoded, |w| w.strong_count() > 0);
        self.decoded.insert(blob.clone(), Rc::downgrade(code));
        self.encoded
            .insert(Rc::as_ptr(code) as usize, (Rc::downgrade(code), blob));
    }

    /// The live code object a blob decoded to before.
    fn decoded(&self, blob: &[u8]) -> Option<Rc<Code>> {
        self.decoded.get(blob)?.upgrade()
    }
}

/// The module-level object `module.qualname` (a dotted path through
/// classes), looked up without running any code.
pub(crate) fn find_global(vm: &mut Vm, module: &str, qualname: &str) -> Option<Value> {
    let name = vm.new_str(module);
    let m = vm.dict_get(vm.modules, name).ok()??;
    let mut scope = match vm.heap.get(m.as_obj()?) {
        Obj::Module(md) => md.dict,
        _ => return None,
    };
    let mut found: Option<Value> = None;
    for part in qualname.split('.') {
        if found.is_some() {
            // Go on inside the class found so far.
            scope = match vm.heap.get(found?.as_obj()?) {
                Obj::Class(c) => c.dict,
                _ => return None,
            };
        }
        let key = vm.new_str(part);
        found = Some(vm.dict_get(scope, key).ok()??);
    }
    found
}

/// An exception of the `pickle` module (`PicklingError`, `UnpicklingError`).
pub(crate) fn pickle_error(vm: &mut Vm, class: &str, msg: String) -> Exc {
    match find_global(vm, "pickle", class) {
        Some(Value::Obj(c)) if matches!(vm.heap.get(c), Obj::Class(_)) => {
            let text = vm.new_str(&msg);
            Exc::Object(vm.new_exception(c, vec![text]))
        }
        _ => Exc::pending(ExcKind::RuntimeError, msg),
    }
}
