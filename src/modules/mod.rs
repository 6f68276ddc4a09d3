//! Builtin modules (`builtins`, `sys`, `time`, `math`, `pickle`, …) and their registration.
//!
//! The internal module `_slate` holds what natives need to find again but
//! scripts do not name: the classes of native-backed objects (dict views,
//! `map`, `filter`, files). Being in `sys.modules`, all of it is traced by
//! the collector.

pub mod builtins;
pub mod math;
pub mod pickle;
pub mod stackless;
pub mod sys;
pub mod time;
pub mod traceback;

use crate::objects::ops::{self, INTERNAL_MODULE};
use crate::objects::types::Method;
use crate::objects::{ModuleObj, Obj};
use crate::vm::value::{ObjRef, Value};
use crate::vm::Vm;

/// Creates a module object with `__name__` set and registers it in `sys.modules`.
pub(crate) fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let m = vm.new_module(name);
    let modules = vm.modules;
    vm.dict_set_str(modules, name, Value::Obj(m));
    match vm.heap.get(m) {
        Obj::Module(md) => md.dict,
        _ => unreachable!("a module"),
    }
}

/// Puts native functions into a module namespace.
pub(crate) fn add_functions(vm: &mut Vm, dict: ObjRef, functions: &[Method]) {
    for (name, f, kw) in functions {
        let v = vm.new_native(name, *f, *kw);
        vm.dict_set_str(dict, name, v);
    }
}

/// The native-backed classes: name, module shown in reprs, methods.
const NATIVE_CLASSES: &[(&str, &str, &[Method])] = &[
    (
        "dict_keys",
        "builtins",
        crate::objects::dict::SET_VIEW_METHODS,
    ),
    (
        "dict_items",
        "builtins",
        crate::objects::dict::SET_VIEW_METHODS,
    ),
    (
        "dict_values",
        "builtins",
        crate::objects::dict::VALUES_VIEW_METHODS,
    ),
    ("map", "builtins", builtins::MAP_METHODS),
    ("filter", "builtins", builtins::FILTER_METHODS),
    (
        "callable_iterator",
        "builtins",
        builtins::CALLABLE_ITER_METHODS,
    ),
    ("iterator", "builtins", builtins::SEQ_ITER_METHODS),
    ("TextIOWrapper", "_io", sys::FILE_METHODS),
];

/// Creates the internal module (run first: natives rely on it).
pub(crate) fn install_internal(vm: &mut Vm) {
    let dict = new_module(vm, INTERNAL_MODULE);
    for (name, module, methods) in NATIVE_CLASSES {
        let class = ops::native_class(vm, name, module, methods);
        vm.dict_set_str(dict, name, Value::Obj(class));
        if ["map", "filter", "callable_iterator", "iterator"].contains(name) {
            // Their `__next__` calls script code (or iterates what may).
            let class_dict = vm.class(class).dict;
            crate::vm::reentry::mark(
                vm,
                class_dict,
                &[("__next__", crate::vm::reentry::any_argument)],
            );
        }
    }
}

/// Registers the builtin modules in `sys.modules`.
pub fn install_builtin_modules(vm: &mut Vm) {
    let b = vm.heap.alloc(Obj::Module(Box::new(ModuleObj {
        name: "builtins".into(),
        dict: vm.builtins,
    })));
    let modules = vm.modules;
    vm.dict_set_str(modules, "builtins", Value::Obj(b));
    sys::install(vm);
    time::install(vm);
    math::install(vm);
    traceback::install(vm);
    stackless::install(vm);
    pickle::install(vm);
}
