//! The virtual machine: the heap, the running fiber, builtin types and the helpers natives use.

pub mod call;
pub mod exceptions;
pub mod frame;
pub mod heap;
pub mod interp;
pub mod interrupt;
pub mod reentry;
pub mod traceback;
pub mod value;

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::objects::{ClassObj, DictObj, Layout, NativeFn, NativeObj, Obj, StrObj};
pub use exceptions::{Exc, ExcKind};
use frame::Fiber;
use heap::Heap;
use value::{ObjRef, Value};

pub type Res<T> = Result<T, Exc>;

/// The user class and attribute dict of a builtin object of a subclass (`class Stack(list)`).
#[derive(Clone, Copy)]
pub struct Subclassed {
    pub class: ObjRef,
    pub dict: ObjRef,
}

const ATTR_CACHE_SIZE: usize = 1024;

#[derive(Clone, Copy, Default)]
struct AttrCacheEntry {
    class: u32,
    name: u32,
    /// 0: never filled.
    version: u32,
    found: Option<Value>,
}

fn attr_cache_slot(class: ObjRef, name: ObjRef) -> usize {
    let h = (class.0 as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        ^ (name.0 as u64).wrapping_mul(0xc2b2_ae3d_27d4_eb4f);
    (h >> 54) as usize % ATTR_CACHE_SIZE
}

/// Where script output (`print`, `sys.stdout`) ends up: the process's standard
/// output, or a buffer that `--doctest` reads after each example.
pub enum OutSink {
    Stdout,
    Capture(Vec<u8>),
}

impl Write for OutSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            OutSink::Stdout => std::io::stdout().write(buf),
            OutSink::Capture(v) => v.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            OutSink::Stdout => std::io::stdout().flush(),
            OutSink::Capture(_) => Ok(()),
        }
    }
}

/// The classes of the builtin types.
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub bool_: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub str_: ObjRef,
    pub bytes: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method: ObjRef,
    pub cell: ObjRef,
    pub module: ObjRef,
    pub iterator: ObjRef,
    pub code: ObjRef,
    pub frame: ObjRef,
    pub generator: ObjRef,
    pub property: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub super_: ObjRef,
    pub tasklet: ObjRef,
    pub channel: ObjRef,
}

pub struct Vm {
    pub heap: Heap,
    /// The execution state of the running tasklet.
    pub fiber: Fiber,
    pub types: Types,
    /// Builtin exception classes, indexed by `ExcKind`.
    pub exc_types: Vec<ObjRef>,
    /// The `builtins` module's namespace.
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    interned: HashMap<Box<str>, ObjRef>,
    /// Source text per file name, for traceback lines.
    pub sources: HashMap<Rc<str>, Rc<str>>,
    pub recursion_limit: usize,
    pub argv: Vec<String>,
    /// Buffered standard output (flushed before anything goes to stderr and at exit).
    pub out: std::io::BufWriter<OutSink>,
    /// The Python 2 print statement's "softspace": a space is due before the next item.
    pub softspace: bool,
    /// Set by a re-raise so the loop adds no traceback entry for it.
    pub reraising: bool,
    /// Direct-mapped cache of `lookup_in_class` results, valid while their
    /// `version` equals `class_version` (bumped when any class namespace is
    /// assigned to through attributes, and at every collection).
    attr_cache: Box<[std::cell::Cell<AttrCacheEntry>]>,
    pub class_version: u32,
    /// Builtin objects (str, list, tuple, dict, set) that are instances of a
    /// user subclass: their class and instance `__dict__`. Kept beside the
    /// heap so natives keep seeing plain builtin objects; emptied of dead
    /// objects at each collection.
    pub subclassed: hashbrown::HashMap<ObjRef, Subclassed>,
    /// The tasklet scheduler (`stackless`).
    pub sched: crate::tasklets::scheduler::Scheduler,
    /// How many natives are waiting on a nested run (`call_value` off a
    /// coroutine: natives the loop does not run on one, see `reentry.rs`).
    /// Values they hold in Rust locals are not roots, so no collection
    /// happens until they have all returned.
    pub nested_runs: usize,
    /// Code objects `pickle` has encoded, decoded and verified.
    pub pickle: crate::pickle::PickleState,
    /// Natives running on coroutines (see `reentry.rs`). A `Vm` must not
    /// move while one is parked.
    pub reentry: reentry::Reentry,
    /// Instructions left before the dispatch loop next calls `poll`
    /// (preemption budget, Ctrl-C); never 0 between instructions.
    pub ticks: u32,
    /// What `ticks` was last set to, so `poll` knows how many ran.
    pub tick_chunk: u32,
}

impl Vm {
    /// A VM with the builtin types, exceptions and modules set up.
    pub fn new(argv: Vec<String>) -> Vm {
        let mut heap = Heap::default();
        let types = crate::objects::types::make_types(&mut heap);
        let builtins = heap.alloc(Obj::Dict(Box::default()));
        let modules = heap.alloc(Obj::Dict(Box::default()));
        let mut vm = Vm {
            heap,
            fiber: Fiber::default(),
            types,
            exc_types: Vec::new(),
            builtins,
            modules,
            interned: HashMap::new(),
            sources: HashMap::new(),
            recursion_limit: 1000,
            argv,
            out: std::io::BufWriter::with_capacity(1 << 16, OutSink::Stdout),
            softspace: false,
            reraising: false,
            nested_runs: 0,
            pickle: Default::default(),
            reentry: Default::default(),
            ticks: crate::tasklets::preempt::POLL_INTERVAL,
            tick_chunk: crate::tasklets::preempt::POLL_INTERVAL,
            subclassed: hashbrown::HashMap::new(),
            sched: Default::default(),
            attr_cache: (0..ATTR_CACHE_SIZE).map(|_| Default::default()).collect(),
            class_version: 1,
        };
        exceptions::make_exception_classes(&mut vm);
        crate::objects::types::install_methods(&mut vm);
        crate::modules::builtins::install(&mut vm);
        let sup = Value::Obj(vm.types.super_);
        vm.dict_set_str(vm.builtins, "super", sup);
        crate::modules::install_builtin_modules(&mut vm);
        vm
    }

    // ----- allocation -----

    pub fn alloc(&mut self, obj: Obj) -> Value {
        Value::Obj(self.heap.alloc(obj))
    }

    pub fn new_str(&mut self, s: &str) -> Value {
        self.alloc(Obj::Str(StrObj::new(s)))
    }

    /// The unique string object for `s` (names, attribute keys).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(r) = self.interned.get(s) {
            return *r;
        }
        let r = self.heap.alloc(Obj::Str(StrObj::new(s)));
        self.interned.insert(s.into(), r);
        r
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Obj::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Obj::Tuple(items.into_boxed_slice()))
    }

    pub fn new_dict(&mut self) -> ObjRef {
        self.heap.alloc(Obj::Dict(Box::new(DictObj::new())))
    }

    /// An int value: inline when it fits a machine word, else a big int.
    pub fn new_int(&mut self, n: BigInt) -> Value {
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => self.alloc(Obj::BigInt(Box::new(n))),
        }
    }

    pub fn new_native(&mut self, name: &'static str, f: NativeFn, takes_kw: bool) -> Value {
        self.alloc(Obj::Native(Box::new(NativeObj {
            name,
            f,
            takes_kw,
            reentry: None,
        })))
    }

    // ----- access -----

    /// The text of a `str` value.
    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(&s.s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn class(&self, r: ObjRef) -> &ClassObj {
        match self.heap.get(r) {
            Obj::Class(c) => c,
            _ => unreachable!("not a class"),
        }
    }

    /// The class of any value.
    pub fn type_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Undef | Value::None => t.none,
            Value::NotImplemented => t.not_implemented,
            Value::Ellipsis => t.ellipsis,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            // Builtin objects of a user subclass are in the side table.
            Value::Obj(r) if !self.subclassed.is_empty() && self.subclassed.contains_key(&r) => {
                self.subclassed[&r].class
            }
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) => t.str_,
                Obj::Bytes(_) => t.bytes,
                Obj::BigInt(_) => t.int,
                Obj::List(_) => t.list,
                Obj::Tuple(_) => t.tuple,
                Obj::Dict(_) => t.dict,
                Obj::Set(_) => t.set,
                Obj::FrozenSet(_) => t.frozenset,
                Obj::Range(_) => t.range,
                Obj::Slice(_) => t.slice,
                Obj::Function(_) => t.function,
                Obj::Native(_) => t.builtin_function,
                Obj::BoundMethod(_) => t.method,
                Obj::Cell(_) => t.cell,
                Obj::Class(_) => t.type_,
                Obj::Instance(i) => i.class,
                Obj::Exception(e) => e.class,
                Obj::Module(_) => t.module,
                Obj::Iter(_) => t.iterator,
                Obj::Code(_) => t.code,
                Obj::Generator(_) => t.generator,
                Obj::Property(_) => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super(_) => t.super_,
                Obj::Tasklet(_) => t.tasklet,
                Obj::Channel(_) => t.channel,
                Obj::Frame(_) => t.frame,
            },
        }
    }

    pub fn type_name(&self, v: Value) -> String {
        self.class(self.type_of(v)).name.clone()
    }

    /// Whether class `sub` is `sup` or derives from it.
    pub fn is_subclass(&self, sub: ObjRef, sup: ObjRef) -> bool {
        sub == sup || self.class(sub).mro.contains(&sup)
    }

    pub fn isinstance(&self, v: Value, class: ObjRef) -> bool {
        self.is_subclass(self.type_of(v), class)
    }

    /// The layout of a value's class (which builtin type it is built on).
    pub fn layout_of(&self, v: Value) -> Layout {
        self.class(self.type_of(v)).layout
    }

    /// Looks `name` up along a class's MRO.
    pub fn lookup_in_class(&self, class: ObjRef, name: Value) -> Option<Value> {
        let Value::Obj(n) = name else {
            return None;
        };
        let slot = &self.attr_cache[attr_cache_slot(class, n)];
        let e = slot.get();
        if e.class == class.0 && e.name == n.0 && e.version == self.class_version && e.version != 0
        {
            return e.found;
        }
        let found = self.lookup_in_mro(class, name);
        slot.set(AttrCacheEntry {
            class: class.0,
            name: n.0,
            version: self.class_version,
            found,
        });
        found
    }

    fn lookup_in_mro(&self, class: ObjRef, name: Value) -> Option<Value> {
        let hash = crate::objects::dict::hash_value(&self.heap, name).ok()?;
        for c in &self.class(class).mro {
            if let Obj::Dict(d) = self.heap.get(self.class(*c).dict) {
                if let Some(i) = d.find(&self.heap, hash, name) {
                    return Some(d.value_at(i));
                }
            }
        }
        None
    }

    /// Forgets every cached class-attribute lookup (a class namespace changed,
    /// or the collector may have reused object slots).
    pub fn invalidate_attr_cache(&mut self) {
        self.class_version = self.class_version.wrapping_add(1).max(1);
    }

    // ----- dicts with builtin keys -----

    /// `dict[key]` if present; keys of user classes hash with `__hash__`
    /// and compare with `__eq__` (see `ops::table_lookup`).
    pub fn dict_get(&mut self, dict: ObjRef, key: Value) -> Res<Option<Value>> {
        crate::objects::ops::table_get(self, dict, key)
    }

    /// `dict[key] = value` (adds a member to a set table).
    pub fn dict_set(&mut self, dict: ObjRef, key: Value, value: Value) -> Res<()> {
        crate::objects::ops::table_set(self, dict, key, value)
    }

    /// Removes `key`, returning its value if it was there.
    pub fn dict_remove(&mut self, dict: ObjRef, key: Value) -> Res<Option<Value>> {
        crate::objects::ops::table_remove(self, dict, key)
    }

    pub fn dict_get_str(&mut self, dict: ObjRef, key: &str) -> Option<Value> {
        let k = Value::Obj(self.intern(key));
        self.dict_get(dict, k).ok().flatten()
    }

    pub fn dict_set_str(&mut self, dict: ObjRef, key: &str, value: Value) {
        let k = Value::Obj(self.intern(key));
        // A str key is always hashable.
        let _ = self.dict_set(dict, k, value);
    }

    /// The hash of a dict key; TypeError for unhashable builtin types.
    pub fn hash_key(&self, key: Value) -> Res<u64> {
        crate::objects::dict::hash_value(&self.heap, key).map_err(|_| {
            Exc::pending(
                ExcKind::TypeError,
                format!("unhashable type: '{}'", self.type_name(key)),
            )
        })
    }

    // ----- output -----

    pub fn write_out(&mut self, s: &str) {
        let _ = self.out.write_all(s.as_bytes());
    }

    pub fn flush_out(&mut self) {
        let _ = self.out.flush();
    }

    /// From now on, keeps script output in a buffer instead of writing it out.
    pub fn capture_out(&mut self) {
        self.flush_out();
        *self.out.get_mut() = OutSink::Capture(Vec::new());
    }

    /// The output captured since the last call (empty when not capturing).
    pub fn take_captured(&mut self) -> String {
        self.flush_out();
        match self.out.get_mut() {
            OutSink::Capture(v) => String::from_utf8_lossy(&std::mem::take(v)).into_owned(),
            OutSink::Stdout => String::new(),
        }
    }

    // ----- collection -----

    /// Runs the collector if enough was allocated; only called between instructions.
    #[inline]
    pub fn maybe_collect(&mut self) {
        if self.heap.wants_collection() && self.nested_runs == 0 {
            self.collect();
        }
    }

    pub fn collect(&mut self) {
        let mut roots: Vec<Value> = Vec::new();
        self.fiber.trace(&mut |v| roots.push(v));
        roots.extend(self.exc_types.iter().map(|r| Value::Obj(*r)));
        roots.extend(self.interned.values().map(|r| Value::Obj(*r)));
        roots.push(Value::Obj(self.builtins));
        roots.push(Value::Obj(self.modules));
        crate::objects::types::trace_types(&self.types, &mut |v| roots.push(v));
        self.sched.trace(&mut |v| roots.push(v));
        // A subclassed object keeps its class and dict alive (not the other way round).
        let extra: Vec<(ObjRef, Value)> = self
            .subclassed
            .iter()
            .flat_map(|(o, s)| [(*o, Value::Obj(s.class)), (*o, Value::Obj(s.dict))])
            .collect();
        self.heap.collect_with(&roots, &extra);
        let heap = &self.heap;
        self.subclassed.retain(|o, _| heap.is_live(*o));
        self.invalidate_attr_cache();
    }
}
