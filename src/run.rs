//! Running source text: compile a file or string into a module, run it, report uncaught exceptions and `SystemExit` (the embedding API).

use std::rc::Rc;

use crate::compile::code::Code;
use crate::objects::{ops, Obj};
use crate::syntax::error::{render, SyntaxError};
use crate::syntax::parse::parse_module;
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::frame::Cont;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

/// Modules written in Slate, embedded so an installed `slate` needs no files beside it.
const STDLIB: &[(&str, &str)] = &[
    ("functools", include_str!("../stdlib/functools.sl")),
    ("itertools", include_str!("../stdlib/itertools.sl")),
];

pub fn embedded_stdlib(name: &str) -> Option<&'static str> {
    STDLIB.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Parses and compiles `source`; the error is a rendered diagnostic.
pub fn compile_source(vm: &mut Vm, source: &str, filename: &str) -> Result<Rc<Code>, String> {
    vm.sources.insert(filename.into(), source.into());
    compile_mode(vm, source, filename, false).map_err(|errs| render(&errs, filename, source))
}

/// Compiles an imported module's source; a syntax error becomes the
/// `SyntaxError` (or `IndentationError`, `TabError`) that `import` raises,
/// with Python's attributes for its first error: `msg`, `filename`,
/// `lineno`, `offset` and `end_offset` (1-based columns of the span, as
/// Python 3.10 gives them) and `text` (the source line), which the
/// traceback shows with the span marked.
pub fn compile_import(vm: &mut Vm, source: &str, filename: &str) -> Res<Rc<Code>> {
    vm.sources.insert(filename.into(), source.into());
    let errors = match compile_mode(vm, source, filename, false) {
        Ok(code) => return Ok(code),
        Err(errors) => errors,
    };
    let Some(first) = errors.first() else {
        return Err(Exc::pending(ExcKind::SyntaxError, "invalid syntax"));
    };
    let kind = match first.exception_class() {
        "TabError" => ExcKind::TabError,
        "IndentationError" => ExcKind::IndentationError,
        _ => ExcKind::SyntaxError,
    };
    let (line, col) = first.line_col(source);
    // As in Python, `text` keeps the line's newline.
    let text = source.split_inclusive('\n').nth(line - 1).unwrap_or("");
    let width = source
        .get(first.span.start..first.span.end)
        .map_or(1, |s| s.lines().next().unwrap_or("").chars().count().max(1));
    let msg = vm.new_str(&first.message);
    let class = vm.exc_class(kind);
    let exc = vm.new_exception(class, vec![msg]);
    let attrs = [
        ("msg", msg),
        ("filename", vm.new_str(filename)),
        ("lineno", Value::Int(line as i64)),
        ("offset", Value::Int(col as i64)),
        ("text", vm.new_str(text)),
        ("end_offset", Value::Int((col + width) as i64)),
    ];
    for (name, value) in attrs {
        let name = vm.intern(name);
        vm.set_attr(Value::Obj(exc), name, value)?;
    }
    Err(Exc::Object(exc))
}

fn compile_mode(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    interactive: bool,
) -> Result<Rc<Code>, Vec<SyntaxError>> {
    let module = parse_module(source)?;
    crate::compile::codegen::compile_module(vm, &module, filename, source, interactive).map_err(
        |errs| {
            errs.into_iter()
                .map(|e| SyntaxError::new(e.message, e.span))
                .collect()
        },
    )
}

/// Runs module code in `globals` to completion.
pub fn run_code(vm: &mut Vm, code: Rc<Code>, globals: ObjRef) -> Res<()> {
    vm.push_module_frame(code, globals, Value::None, Cont::Stop);
    vm.run_scheduled()
}

/// Creates `__main__` and registers it in `sys.modules`; returns its globals.
pub fn main_module(vm: &mut Vm) -> ObjRef {
    let m = vm.new_module("__main__");
    let key = vm.new_str("__main__");
    let _ = vm.dict_set(vm.modules, key, Value::Obj(m));
    match vm.heap.get(m) {
        Obj::Module(md) => md.dict,
        _ => unreachable!(),
    }
}

/// Puts `dir` first on `sys.path`.
pub fn set_script_dir(vm: &mut Vm, dir: &str) {
    let sys = vm.new_str("sys");
    if let Ok(Some(Value::Obj(m))) = vm.dict_get(vm.modules, sys) {
        let d = match vm.heap.get(m) {
            Obj::Module(md) => md.dict,
            _ => return,
        };
        if let Some(Value::Obj(p)) = vm.dict_get_str(d, "path") {
            let entry = vm.new_str(dir);
            if let Obj::List(items) = vm.heap.get_mut(p) {
                items.insert(0, entry);
            }
        }
    }
}

/// What an uncaught exception at top level means for the process: prints
/// the traceback (or a `SystemExit` message) and gives the exit status.
pub fn report_uncaught(vm: &mut Vm, e: Exc) -> i32 {
    let exc = vm.exc_object(e);
    vm.flush_out();
    if vm.exc_is(exc, ExcKind::SystemExit) && !vm.exc_is(exc, ExcKind::TaskletExit) {
        let args = match vm.heap.get(exc) {
            Obj::Exception(e) => e.args,
            _ => Value::None,
        };
        let code = match vm.heap.get(args.as_obj().expect("args")) {
            Obj::Tuple(t) if t.len() == 1 => t[0],
            Obj::Tuple(t) if t.is_empty() => Value::None,
            _ => args,
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = ops::str(vm, other).unwrap_or_default();
                eprintln!("{s}");
                1
            }
        };
    }
    let report = vm.format_exception(exc);
    eprint!("{report}");
    1
}

/// Runs a whole program text as `__main__`; returns the process exit status.
pub fn run_main(vm: &mut Vm, source: &str, filename: &str) -> i32 {
    let globals = main_module(vm);
    let code = match compile_source(vm, source, filename) {
        Ok(c) => c,
        Err(report) => {
            eprintln!("{report}");
            return 1;
        }
    };
    let status = match run_code(vm, code, globals) {
        Ok(()) => 0,
        Err(e) => report_uncaught(vm, e),
    };
    // As Stackless does when the main tasklet ends, a schedule callback
    // still installed sees one last switch, from nothing to main.
    if let Some(main) = vm.sched.main {
        vm.call_schedule_callback(Value::None, main);
    }
    vm.flush_out();
    status
}

/// Compiles one interactive input: expression statements echo their value.
/// Its source is not kept for tracebacks: as in Python, every prompt input is
/// named `<stdin>`, so a kept text would show the wrong lines for functions
/// defined by earlier inputs.
pub fn compile_interactive(
    vm: &mut Vm,
    source: &str,
    filename: &str,
) -> Result<Rc<Code>, Vec<SyntaxError>> {
    compile_mode(vm, source, filename, true)
}
