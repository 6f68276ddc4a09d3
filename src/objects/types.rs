//! The builtin type objects (`object`, `int`, `str`, `list`, …): creation at start-up and their method tables.

use crate::objects::function::Wants;
use crate::objects::{ClassObj, DictObj, Layout, NativeFn, Obj};
use crate::vm::heap::Heap;
use crate::vm::reentry::{self, any_argument, any_but_self, iterates_user_object};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Types, Vm};

/// A method table entry: name, function, whether it takes keyword arguments.
pub type Method = (&'static str, NativeFn, bool);

fn make_class(heap: &mut Heap, name: &str, base: Option<ObjRef>, layout: Layout) -> ObjRef {
    let dict = heap.alloc(Obj::Dict(Box::new(DictObj::new())));
    let mut mro = Vec::new();
    if let Some(b) = base {
        if let Obj::Class(c) = heap.get(b) {
            mro.extend(c.mro.iter().copied());
        }
    }
    let class = heap.alloc(Obj::Class(Box::new(ClassObj {
        name: name.to_string(),
        qualname: name.to_string(),
        bases: base.into_iter().collect(),
        mro: Vec::new(),
        dict,
        layout,
    })));
    mro.insert(0, class);
    if let Obj::Class(c) = heap.get_mut(class) {
        c.mro = mro;
    }
    class
}

pub fn make_types(heap: &mut Heap) -> Types {
    let object = make_class(heap, "object", None, Layout::Object);
    let o = Some(object);
    let int = make_class(heap, "int", o, Layout::Int);
    Types {
        object,
        type_: make_class(heap, "type", o, Layout::Type),
        none: make_class(heap, "NoneType", o, Layout::NoneType),
        not_implemented: make_class(heap, "NotImplementedType", o, Layout::NotImplementedType),
        ellipsis: make_class(heap, "ellipsis", o, Layout::Ellipsis),
        bool_: make_class(heap, "bool", Some(int), Layout::Bool),
        int,
        float: make_class(heap, "float", o, Layout::Float),
        str_: make_class(heap, "str", o, Layout::Str),
        bytes: make_class(heap, "bytes", o, Layout::Bytes),
        list: make_class(heap, "list", o, Layout::List),
        tuple: make_class(heap, "tuple", o, Layout::Tuple),
        dict: make_class(heap, "dict", o, Layout::Dict),
        set: make_class(heap, "set", o, Layout::Set),
        frozenset: make_class(heap, "frozenset", o, Layout::FrozenSet),
        range: make_class(heap, "range", o, Layout::Range),
        slice: make_class(heap, "slice", o, Layout::Slice),
        function: make_class(heap, "function", o, Layout::Function),
        builtin_function: make_class(
            heap,
            "builtin_function_or_method",
            o,
            Layout::BuiltinFunction,
        ),
        method: make_class(heap, "method", o, Layout::Method),
        cell: make_class(heap, "cell", o, Layout::Cell),
        module: make_class(heap, "module", o, Layout::Module),
        iterator: make_class(heap, "iterator", o, Layout::Iterator),
        code: make_class(heap, "code", o, Layout::Code),
        generator: make_class(heap, "generator", o, Layout::Generator),
        property: make_class(heap, "property", o, Layout::Property),
        staticmethod: make_class(heap, "staticmethod", o, Layout::StaticMethod),
        classmethod: make_class(heap, "classmethod", o, Layout::ClassMethod),
        super_: make_class(heap, "super", o, Layout::Super),
        tasklet: make_class(heap, "tasklet", o, Layout::Tasklet),
        channel: make_class(heap, "channel", o, Layout::Channel),
        frame: make_class(heap, "frame", o, Layout::Frame),
    }
}

pub fn trace_types(t: &Types, f: &mut dyn FnMut(Value)) {
    for r in [
        t.object,
        t.type_,
        t.none,
        t.not_implemented,
        t.ellipsis,
        t.bool_,
        t.int,
        t.float,
        t.str_,
        t.bytes,
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.range,
        t.slice,
        t.function,
        t.builtin_function,
        t.method,
        t.cell,
        t.module,
        t.iterator,
        t.code,
        t.generator,
        t.property,
        t.staticmethod,
        t.classmethod,
        t.super_,
        t.tasklet,
        t.channel,
        t.frame,
    ] {
        f(Value::Obj(r));
    }
}

/// Puts each type's native methods into its class dict.
pub fn install_methods(vm: &mut Vm) {
    let t = &vm.types;
    let tables: Vec<(ObjRef, &'static [Method])> = vec![
        (t.str_, crate::objects::str::METHODS),
        (t.str_, crate::objects::bytes::STR_METHODS),
        (t.bytes, crate::objects::bytes::METHODS),
        (t.list, crate::objects::list::METHODS),
        (t.tuple, crate::objects::tuple::METHODS),
        (t.dict, crate::objects::dict::METHODS),
        (t.set, crate::objects::set::METHODS),
        (t.frozenset, crate::objects::set::FROZEN_METHODS),
        (t.int, crate::objects::number::INT_METHODS),
        (t.float, crate::objects::number::FLOAT_METHODS),
        (t.range, crate::objects::range::METHODS),
        (t.generator, crate::objects::generator::METHODS),
        (t.object, crate::objects::superobj::OBJECT_METHODS),
        (t.list, crate::objects::builtin_init::LIST_INIT),
        (t.dict, crate::objects::builtin_init::DICT_INIT),
        (t.set, crate::objects::builtin_init::SET_INIT),
        (
            vm.exc_types[crate::vm::ExcKind::BaseException as usize],
            crate::objects::superobj::BASE_EXCEPTION_METHODS,
        ),
    ];
    for (class, methods) in tables {
        let dict = vm.class(class).dict;
        for (name, f, kw) in methods {
            let func = vm.new_native(name, *f, *kw);
            vm.dict_set_str(dict, name, func);
        }
    }
    let t = &vm.types;
    let reentrant: Vec<(ObjRef, &[(&str, Wants)])> = vec![
        (t.list, LIST_REENTRANT),
        (t.tuple, &[("index", any_argument), ("count", any_argument)]),
        (t.dict, DICT_REENTRANT),
        (t.set, SET_REENTRANT),
        (t.frozenset, &SET_REENTRANT[..SET_OPERATIONS]),
        (
            t.str_,
            &[("join", iterates_user_object), ("format", any_but_self)],
        ),
        (
            t.generator,
            &[
                ("send", any_argument),
                ("throw", any_argument),
                ("close", any_argument),
            ],
        ),
    ];
    for (class, names) in reentrant {
        let dict = vm.class(class).dict;
        reentry::mark(vm, dict, names);
    }
}

/// Methods of the builtin types that may call back into script code
/// (comparing or hashing user objects, iterating user iterables, key
/// functions), with the test of when they run on a coroutine
/// (`vm/reentry.rs`). Dict and set methods only need it for the arguments
/// after `self`.
const LIST_REENTRANT: &[(&str, Wants)] = &[
    ("sort", any_argument),
    ("index", any_argument),
    ("count", any_argument),
    ("remove", any_argument),
    ("extend", any_but_self),
    ("__init__", any_but_self),
];

const DICT_REENTRANT: &[(&str, Wants)] = &[
    ("get", any_but_self),
    ("setdefault", any_but_self),
    ("pop", any_but_self),
    ("update", any_but_self),
    ("fromkeys", any_but_self),
    ("__init__", any_but_self),
];

/// The first `SET_OPERATIONS` entries are the frozenset's too.
const SET_OPERATIONS: usize = 7;

const SET_REENTRANT: &[(&str, Wants)] = &[
    ("union", any_but_self),
    ("intersection", any_but_self),
    ("difference", any_but_self),
    ("symmetric_difference", any_but_self),
    ("issubset", any_but_self),
    ("issuperset", any_but_self),
    ("isdisjoint", any_but_self),
    ("add", any_but_self),
    ("discard", any_but_self),
    ("remove", any_but_self),
    ("update", any_but_self),
    ("intersection_update", any_but_self),
    ("difference_update", any_but_self),
    ("symmetric_difference_update", any_but_self),
    ("__init__", any_but_self),
];
