//! The `traceback` module: formatting and printing the exception being handled and the current stack.

use crate::modules::{add_functions, new_module};
use crate::objects::types::Method;
use crate::objects::Obj;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

const FUNCTIONS: &[Method] = &[
    ("format_exc", format_exc, true),
    ("print_exc", print_exc, true),
    ("format_exception", format_exception, true),
    ("print_exception", print_exception, true),
    ("format_exception_only", format_exception_only, true),
    ("format_stack", format_stack, true),
    ("print_stack", print_stack, true),
];

pub fn install(vm: &mut Vm) {
    let dict = new_module(vm, "traceback");
    add_functions(vm, dict, FUNCTIONS);
}

/// The exception being handled, if any.
fn handled(vm: &Vm) -> Option<ObjRef> {
    vm.fiber.handled.last().and_then(|v| v.as_obj())
}

/// The report for an exception value (`None` gives Python's `NoneType: None`).
fn report(vm: &mut Vm, exc: Option<ObjRef>) -> String {
    match exc {
        Some(e) if matches!(vm.heap.get(e), Obj::Exception(_)) => vm.format_exception(e),
        _ => "NoneType: None\n".to_string(),
    }
}

/// Writes to `file` (an object with `write`) or, by default, to stderr.
fn emit(vm: &mut Vm, text: &str, file: Option<Value>) -> Res<()> {
    match file {
        Some(f) if !f.is_none() => {
            let write = vm.intern("write");
            let method = vm.get_attr(f, write)?;
            let s = vm.new_str(text);
            vm.call_value(method, &[s], &[])?;
        }
        _ => {
            vm.flush_out();
            eprint!("{text}");
        }
    }
    Ok(())
}

fn kwarg(vm: &Vm, kw: &[(Value, Value)], name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| vm.str_of(*k) == Some(name))
        .map(|(_, v)| *v)
}

fn format_exc(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let e = handled(vm);
    let s = report(vm, e);
    Ok(vm.new_str(&s))
}

fn print_exc(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> Res<Value> {
    let e = handled(vm);
    let s = report(vm, e);
    let file = kwarg(vm, kw, "file").or_else(|| args.get(1).copied());
    emit(vm, &s, file)?;
    Ok(Value::None)
}

/// The exception object among `(etype, value, tb)` arguments.
fn exception_arg(vm: &Vm, args: &[Value]) -> Option<ObjRef> {
    let v = if args.len() >= 2 {
        args[1]
    } else {
        *args.first()?
    };
    v.as_obj()
        .filter(|r| matches!(vm.heap.get(*r), Obj::Exception(_)))
}

/// Splits a report into Python's list of lines, each ending in a newline.
fn lines_of(vm: &mut Vm, text: &str) -> Value {
    let items: Vec<Value> = text.split_inclusive('\n').map(|l| vm.new_str(l)).collect();
    vm.new_list(items)
}

/// Splits a traceback report into Python's `format_exception` items: a
/// frame's `File` line with its source line, and a chaining message with
/// its blank lines, are one item each; other lines are items of their own.
fn entries_of(vm: &mut Vm, text: &str) -> Value {
    let mut entries: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        match entries.last_mut() {
            Some(prev)
                if (line.starts_with("    ") && prev.starts_with("  File "))
                    || (prev.starts_with('\n') && !prev.ends_with(":\n\n")) =>
            {
                prev.push_str(line)
            }
            _ => entries.push(line.to_string()),
        }
    }
    let items: Vec<Value> = entries.iter().map(|e| vm.new_str(e)).collect();
    vm.new_list(items)
}

fn format_exception(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let e = exception_arg(vm, args);
    let s = report(vm, e);
    Ok(entries_of(vm, &s))
}

fn print_exception(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> Res<Value> {
    let e = exception_arg(vm, args);
    let s = report(vm, e);
    let file = kwarg(vm, kw, "file");
    emit(vm, &s, file)?;
    Ok(Value::None)
}

fn format_exception_only(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let s = match exception_arg(vm, args) {
        Some(e) => vm.format_exception_only(Value::Obj(e)) + "\n",
        None => "NoneType: None\n".to_string(),
    };
    Ok(lines_of(vm, &s))
}

/// `  File "…", line N, in name` and the source line for frame `f` (a
/// frame object; the running frames when `None`) and its callers, oldest
/// first, one string per frame; a `limit` keeps that many of the newest.
fn stack_entries(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> Res<Vec<String>> {
    let f = kwarg(vm, kw, "f").or_else(|| args.first().copied());
    let mut entries = match f {
        None | Some(Value::None) => vm.running_frames(),
        Some(f @ Value::Obj(r)) if matches!(vm.heap.get(r), crate::objects::Obj::Frame(_)) => {
            vm.frame_chain(f)
        }
        Some(other) => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!("expected a frame object, not '{t}'")));
        }
    };
    match kwarg(vm, kw, "limit").or_else(|| args.get(1).copied()) {
        None | Some(Value::None) => {}
        Some(Value::Int(n)) => {
            let keep = usize::try_from(n).unwrap_or(0);
            let drop = entries.len().saturating_sub(keep);
            entries.drain(..drop);
        }
        Some(_) => return Err(vm.type_error("limit must be an integer")),
    }
    Ok(entries
        .iter()
        .map(|(code, line)| vm.format_frame_line(code, *line))
        .collect())
}

fn format_stack(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> Res<Value> {
    let entries = stack_entries(vm, args, kw)?;
    let items: Vec<Value> = entries.iter().map(|e| vm.new_str(e)).collect();
    Ok(vm.new_list(items))
}

fn print_stack(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> Res<Value> {
    let s = stack_entries(vm, args, kw)?.concat();
    let file = kwarg(vm, kw, "file").or_else(|| args.get(2).copied());
    emit(vm, &s, file)?;
    Ok(Value::None)
}
