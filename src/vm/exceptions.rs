//! The builtin exception hierarchy and `Exc`, the error type natives return.

use crate::objects::{ClassObj, ExcObj, Layout, Obj};
use crate::vm::value::{ObjRef, Value};
use crate::vm::Vm;

macro_rules! exc_kinds {
    ($($kind:ident : $parent:ident,)*) => {
        /// The builtin exception classes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ExcKind { $($kind,)* }

        /// Each kind with its parent (`BaseException` is its own root).
        const HIERARCHY: &[(ExcKind, &str, ExcKind)] = &[
            $((ExcKind::$kind, stringify!($kind), ExcKind::$parent),)*
        ];
    };
}

exc_kinds! {
    BaseException: BaseException,
    SystemExit: BaseException,
    TaskletExit: SystemExit,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    FloatingPointError: ArithmeticError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    NameError: Exception,
    UnboundLocalError: NameError,
    AttributeError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    RuntimeError: Exception,
    RecursionError: RuntimeError,
    NotImplementedError: RuntimeError,
    AssertionError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    OSError: Exception,
    FileNotFoundError: OSError,
    EOFError: Exception,
    MemoryError: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    StopAsyncIteration: Exception,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    TabError: IndentationError,
}

/// What to put in a new exception's `args`.
#[derive(Debug)]
pub enum ExcArgs {
    None,
    Msg(String),
    Value(Value),
}

/// An exception on its way out of a native: either an existing exception
/// object, or a builtin one the VM creates when it raises it (so that code
/// holding only `&Heap` can fail).
#[derive(Debug)]
pub enum Exc {
    Object(ObjRef),
    New(ExcKind, ExcArgs),
    /// Not an exception: a native asks the scheduler loop to switch to
    /// `Scheduler::request` (see `tasklets/mod.rs`). It passes through the
    /// dispatch loop without unwinding anything.
    Switch,
}

impl Exc {
    pub fn pending(kind: ExcKind, msg: impl Into<String>) -> Exc {
        Exc::New(kind, ExcArgs::Msg(msg.into()))
    }

    pub fn with_value(kind: ExcKind, v: Value) -> Exc {
        Exc::New(kind, ExcArgs::Value(v))
    }

    pub fn bare(kind: ExcKind) -> Exc {
        Exc::New(kind, ExcArgs::None)
    }
}

pub fn make_exception_classes(vm: &mut Vm) {
    for (kind, name, parent) in HIERARCHY {
        let base = if *kind == ExcKind::BaseException {
            vm.types.object
        } else {
            vm.exc_types[*parent as usize]
        };
        let dict = vm.new_dict();
        let mut mro = vec![];
        mro.extend(vm.class(base).mro.iter().copied());
        let class = vm.heap.alloc(Obj::Class(Box::new(ClassObj {
            name: name.to_string(),
            qualname: name.to_string(),
            bases: vec![base],
            mro: Vec::new(),
            dict,
            layout: Layout::Exception,
        })));
        mro.insert(0, class);
        if let Obj::Class(c) = vm.heap.get_mut(class) {
            c.mro = mro;
        }
        vm.exc_types.push(class);
    }
}

impl Vm {
    pub fn exc_class(&self, kind: ExcKind) -> ObjRef {
        self.exc_types[kind as usize]
    }

    /// Makes an exception instance of `class` with the given args tuple.
    pub fn new_exception(&mut self, class: ObjRef, args: Vec<Value>) -> ObjRef {
        let args = self.new_tuple(args);
        self.heap
            .alloc(Obj::Exception(Box::new(ExcObj::new(class, args))))
    }

    /// The exception object an `Exc` stands for, creating it if needed.
    pub fn exc_object(&mut self, e: Exc) -> ObjRef {
        match e {
            Exc::Object(r) => r,
            Exc::New(kind, args) => {
                let args = match args {
                    ExcArgs::None => vec![],
                    ExcArgs::Msg(m) => vec![self.new_str(&m)],
                    ExcArgs::Value(v) => vec![v],
                };
                let class = self.exc_class(kind);
                self.new_exception(class, args)
            }
            Exc::Switch => {
                let msg = self.new_str("cannot switch tasklets inside a native callback");
                let class = self.exc_class(ExcKind::RuntimeError);
                self.new_exception(class, vec![msg])
            }
        }
    }

    pub fn err(&self, kind: ExcKind, msg: impl Into<String>) -> Exc {
        Exc::pending(kind, msg)
    }

    pub fn type_error(&self, msg: impl Into<String>) -> Exc {
        Exc::pending(ExcKind::TypeError, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> Exc {
        Exc::pending(ExcKind::ValueError, msg)
    }

    /// Whether an exception object is an instance of the builtin kind.
    pub fn exc_is(&self, exc: ObjRef, kind: ExcKind) -> bool {
        self.isinstance(Value::Obj(exc), self.exc_class(kind))
    }
}
