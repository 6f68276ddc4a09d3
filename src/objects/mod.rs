//! Heap object kinds: the `Obj` enum and one file per builtin type.
//!
//! Every heap object is one `Obj` in the arena of `vm::heap`. Objects refer
//! to each other only through `Value`/`ObjRef`, so the collector can trace
//! them (`Obj::trace`) and the pickler can walk them.

pub mod builtin_init;
pub mod dict;
pub mod exception;
pub mod float;
pub mod format;
pub mod function;
pub mod generator;
pub mod intfmt;
pub mod iter;
pub mod list;
pub mod number;
pub mod ops;
pub mod range;
pub mod set;
pub mod str;
pub mod strutil;
pub mod superobj;
pub mod tuple;
pub mod types;

use std::rc::Rc;

use num_bigint::BigInt;

use crate::compile::code::Code;
use crate::vm::frame::Frame;
use crate::vm::value::{ObjRef, Value};

pub use dict::DictObj;
pub use exception::ExcObj;
pub use function::{FunctionObj, NativeFn, NativeObj};
pub use iter::IterObj;
pub use str::StrObj;

pub enum Obj {
    Str(StrObj),
    BigInt(Box<BigInt>),
    List(Vec<Value>),
    Tuple(Box<[Value]>),
    Dict(Box<DictObj>),
    /// `set` and `frozenset` share the hash table of `dict` (values unused).
    Set(Box<DictObj>),
    FrozenSet(Box<DictObj>),
    Range(Box<RangeObj>),
    Slice(Box<[Value; 3]>),
    Function(Box<FunctionObj>),
    Native(Box<NativeObj>),
    /// A function or native bound to its first argument.
    BoundMethod(Box<(Value, Value)>),
    /// A closure cell; `Value::Undef` when empty.
    Cell(Value),
    Class(Box<ClassObj>),
    Instance(InstanceObj),
    Exception(Box<ExcObj>),
    Module(Box<ModuleObj>),
    Iter(Box<IterObj>),
    Code(Rc<Code>),
    Generator(Box<GenObj>),
    /// `property(fget, fset, fdel)`.
    Property(Box<[Value; 3]>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super()`: the class to search after, and the object to bind to.
    Super(Box<(ObjRef, Value)>),
    Tasklet(Box<crate::tasklets::tasklet::TaskletObj>),
    Channel(Box<crate::tasklets::channel::ChannelObj>),
    /// A frame as scripts see it (`tasklet.frame`, `sys._getframe()`).
    Frame(Box<FrameObj>),
}

/// A snapshot of one frame of a fiber, taken when a script asks for it:
/// the code, the line it was at, its caller's snapshot (or `None`) and its
/// globals.
pub struct FrameObj {
    pub code: Rc<Code>,
    pub line: u32,
    pub back: Value,
    pub globals: ObjRef,
}

/// `range(start, stop, step)` over machine ints.
#[derive(Clone, Debug)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            ((hi as i128 - lo as i128 - 1) / step as i128 + 1) as i64
        }
    }
}

/// Which builtin layout the instances of a class have: plain instances, or
/// the builtin type the class is (or derives from).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Cell,
    Exception,
    Module,
    Iterator,
    Code,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Tasklet,
    Frame,
    Channel,
}

pub struct ClassObj {
    pub name: String,
    pub qualname: String,
    pub bases: Vec<ObjRef>,
    /// The C3 linearization, starting with the class itself.
    pub mro: Vec<ObjRef>,
    /// The class namespace, a dict.
    pub dict: ObjRef,
    pub layout: Layout,
}

pub struct InstanceObj {
    pub class: ObjRef,
    /// The instance `__dict__`, a dict.
    pub dict: ObjRef,
}

pub struct ModuleObj {
    pub name: String,
    /// The module globals, a dict.
    pub dict: ObjRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

/// A generator: its own suspended frame and the values of that frame's stack
/// segment (locals and temporaries), moved onto the running tasklet's stack
/// while it runs.
pub struct GenObj {
    pub frame: Frame,
    pub stack: Vec<Value>,
    pub state: GenState,
    pub name: String,
}

impl Obj {
    /// Calls `f` on every value this object refers to (for the collector).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        match self {
            Obj::Str(_) | Obj::BigInt(_) | Obj::Range(_) | Obj::Native(_) => {}
            Obj::List(items) => items.iter().for_each(|v| f(*v)),
            Obj::Tuple(items) => items.iter().for_each(|v| f(*v)),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.trace(f),
            Obj::Slice(s) | Obj::Property(s) => s.iter().for_each(|v| f(*v)),
            Obj::Function(func) => func.trace(f),
            Obj::BoundMethod(b) => {
                f(b.0);
                f(b.1)
            }
            Obj::Cell(v) | Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
            Obj::Super(s) => {
                f(Value::Obj(s.0));
                f(s.1)
            }
            Obj::Tasklet(t) => t.trace(f),
            Obj::Channel(c) => c.trace(f),
            Obj::Class(c) => {
                c.bases.iter().for_each(|r| f(Value::Obj(*r)));
                c.mro.iter().for_each(|r| f(Value::Obj(*r)));
                f(Value::Obj(c.dict));
            }
            Obj::Instance(i) => {
                f(Value::Obj(i.class));
                f(Value::Obj(i.dict));
            }
            Obj::Exception(e) => e.trace(f),
            Obj::Module(m) => f(Value::Obj(m.dict)),
            Obj::Iter(it) => it.trace(f),
            Obj::Code(c) => c.trace(f),
            Obj::Frame(fr) => {
                fr.code.trace(f);
                f(fr.back);
                f(Value::Obj(fr.globals));
            }
            Obj::Generator(g) => {
                g.frame.trace(f);
                g.stack.iter().for_each(|v| f(*v));
            }
        }
    }
}
