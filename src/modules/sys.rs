//! The `sys` module, and text file objects (`sys.stdout`, `sys.stderr`, `sys.stdin`, `open()`).
//!
//! A file object is an instance of the native-backed class `_io.TextIOWrapper`
//! whose state lives in its instance dict: `name`, `mode`, `closed` (the
//! Python attributes), `_kind` (stdout, stderr, stdin or a disk file), and for
//! disk files `_path`, plus `_data`/`_pos` (the whole text, read at `open`,
//! and the read position in bytes) when reading. A file opened in binary
//! mode (`'rb'`, `'wb'`, …) reads and writes `bytes`: its `_data` is a
//! `bytes` object. Writes to a disk file go
//! straight to the file (opened for appending each time), so nothing is lost
//! when a script never closes it.

use std::io::{BufRead, Read, Write};

use crate::modules::{add_functions, new_module};
use crate::objects::ops::{self, check_args, native_state, set_native_state, type_error};
use crate::objects::types::Method;
use crate::objects::Obj;
use crate::vm::value::Value;
use crate::vm::{Exc, ExcKind, Res, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

const STDOUT: i64 = 0;
const STDERR: i64 = 1;
const STDIN: i64 = 2;
const DISK: i64 = 3;

// ---------------------------------------------------------------------------
// File objects
// ---------------------------------------------------------------------------

fn new_file(vm: &mut Vm, kind: i64, name: &str, mode: &str, extra: &[(&str, Value)]) -> Res<Value> {
    let name = vm.new_str(name);
    let mode = vm.new_str(mode);
    let mut state = vec![
        ("_kind", Value::Int(kind)),
        ("name", name),
        ("mode", mode),
        ("closed", Value::Bool(false)),
    ];
    state.extend_from_slice(extra);
    ops::native_instance(vm, "TextIOWrapper", &state)
}

/// An `OSError` (or subclass) like Python's: `[Errno 2] No such file or directory: 'x'`.
fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> Exc {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let strerror = match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let kind = if e.kind() == std::io::ErrorKind::NotFound {
        ExcKind::FileNotFoundError
    } else {
        ExcKind::OSError
    };
    let class = vm.exc_class(kind);
    let s = vm.new_str(&strerror);
    let exc = vm.new_exception(class, vec![Value::Int(errno as i64), s]);
    let dict = vm.new_dict();
    let f = vm.new_str(path);
    vm.dict_set_str(dict, "errno", Value::Int(errno as i64));
    vm.dict_set_str(dict, "strerror", s);
    vm.dict_set_str(dict, "filename", f);
    if let Obj::Exception(x) = vm.heap.get_mut(exc) {
        x.dict = Some(dict);
    }
    Exc::Object(exc)
}

/// `open(path, mode)` for text and binary files.
pub(crate) fn open_file(vm: &mut Vm, path: &str, mode: &str) -> Res<Value> {
    let valid = !mode.is_empty()
        && mode.chars().all(|c| "rwaxtb+".contains(c))
        && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1;
    if !valid {
        return Err(ops::value_error(format!("invalid mode: '{mode}'")));
    }
    if mode.contains('+') || (mode.contains('b') && mode.contains('t')) {
        return Err(Exc::pending(
            ExcKind::NotImplementedError,
            format!("file mode '{mode}' is not supported (modes r, w, a, x, optionally with b)"),
        ));
    }
    let p = vm.new_str(path);
    if mode.contains('r') {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => return Err(os_error(vm, &e, path)),
        };
        let data = if mode.contains('b') {
            crate::objects::bytes::new_bytes(vm, &bytes)
        } else {
            match String::from_utf8(bytes) {
                Ok(t) => vm.new_str(&t.replace("\r\n", "\n").replace('\r', "\n")),
                Err(_) => {
                    return Err(Exc::pending(
                        ExcKind::UnicodeError,
                        "'utf-8' codec can't decode the file",
                    ))
                }
            }
        };
        return new_file(
            vm,
            DISK,
            path,
            mode,
            &[("_path", p), ("_data", data), ("_pos", Value::Int(0))],
        );
    }
    let mut opts = std::fs::OpenOptions::new();
    if mode.contains('w') {
        opts.write(true).create(true).truncate(true);
    } else if mode.contains('a') {
        opts.append(true).create(true);
    } else {
        opts.write(true).create_new(true);
    }
    if let Err(e) = opts.open(path) {
        return Err(os_error(vm, &e, path));
    }
    new_file(vm, DISK, path, mode, &[("_path", p)])
}

/// The kind of a file object, checking that it is open.
fn open_kind(vm: &mut Vm, f: Value) -> Res<i64> {
    let kind = match native_state(vm, f, "_kind")? {
        Value::Int(k) => k,
        _ => DISK,
    };
    if let Value::Bool(true) = native_state(vm, f, "closed")? {
        return Err(ops::value_error("I/O operation on closed file."));
    }
    Ok(kind)
}

fn unsupported(what: &str) -> Exc {
    Exc::pending(ExcKind::OSError, what.to_string())
}

/// Whether a file object was opened in binary mode.
fn is_binary(vm: &mut Vm, f: Value) -> Res<bool> {
    let mode = native_state(vm, f, "mode")?;
    Ok(vm.str_of(mode).is_some_and(|m| m.contains('b')))
}

fn file_write(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("write", args.len().saturating_sub(1), 1, 1)?;
    let f = args[0];
    let kind = open_kind(vm, f)?;
    if is_binary(vm, f)? {
        let Some(data) = crate::objects::bytes::bytes_of(vm, args[1]).map(<[u8]>::to_vec) else {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(args[1])
            )));
        };
        write_disk(vm, f, &data)?;
        return Ok(Value::Int(data.len() as i64));
    }
    let Some(text) = vm.str_of(args[1]).map(str::to_string) else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(args[1])
        )));
    };
    match kind {
        STDOUT => vm.write_out(&text),
        STDERR => {
            vm.flush_out();
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
        STDIN => return Err(unsupported("not writable")),
        _ => write_disk(vm, f, text.as_bytes())?,
    }
    Ok(Value::Int(text.chars().count() as i64))
}

/// Appends to the disk file behind a file object opened for writing.
fn write_disk(vm: &mut Vm, f: Value, data: &[u8]) -> Res<()> {
    if native_state(vm, f, "_data").is_ok() {
        return Err(unsupported("not writable"));
    }
    let path = native_state(vm, f, "_path")?;
    let path = vm.str_of(path).unwrap_or("").to_string();
    let res = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut file| file.write_all(data));
    match res {
        Ok(()) => Ok(()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

fn file_writelines(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("writelines", args.len().saturating_sub(1), 1, 1)?;
    for line in ops::to_vec(vm, args[1])? {
        file_write(vm, &[args[0], line], &[])?;
    }
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("flush", args.len().saturating_sub(1), 0, 0)?;
    if open_kind(vm, args[0])? == STDOUT {
        vm.flush_out();
    }
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("close", args.len().saturating_sub(1), 0, 0)?;
    if native_state(vm, args[0], "_kind")?.is(Value::Int(STDOUT)) {
        vm.flush_out();
    }
    set_native_state(vm, args[0], "closed", Value::Bool(true));
    Ok(Value::None)
}

/// Reads from a file object: everything (`limit` None), at most `limit`
/// characters (bytes in binary mode), or one line (`line`); a `str`, or
/// `bytes` in binary mode.
fn read_data(vm: &mut Vm, f: Value, limit: Option<usize>, line: bool) -> Res<Value> {
    let kind = open_kind(vm, f)?;
    if kind == STDIN {
        let mut out = String::new();
        let stdin = std::io::stdin();
        let res = if line {
            stdin.lock().read_line(&mut out).map(|_| ())
        } else {
            stdin.lock().read_to_string(&mut out).map(|_| ())
        };
        if let Err(e) = res {
            return Err(Exc::pending(ExcKind::OSError, e.to_string()));
        }
        if let Some(n) = limit {
            out = out.chars().take(n).collect();
        }
        return Ok(vm.new_str(&out));
    }
    if kind != DISK {
        return Err(unsupported("not readable"));
    }
    let Ok(data) = native_state(vm, f, "_data") else {
        return Err(unsupported("not readable"));
    };
    let pos = match native_state(vm, f, "_pos")? {
        Value::Int(p) => p as usize,
        _ => 0,
    };
    if let Some(bytes) = crate::objects::bytes::bytes_of(vm, data) {
        let rest = bytes.get(pos..).unwrap_or(&[]);
        let mut end = rest.len();
        if line {
            if let Some(i) = rest.iter().position(|c| *c == b'\n') {
                end = i + 1;
            }
        }
        if let Some(n) = limit {
            end = end.min(n);
        }
        let out = rest[..end].to_vec();
        set_native_state(vm, f, "_pos", Value::Int((pos + end) as i64));
        return Ok(crate::objects::bytes::new_bytes(vm, &out));
    }
    let text = vm.str_of(data).unwrap_or("");
    let rest = text.get(pos..).unwrap_or("");
    let mut end = rest.len();
    if line {
        if let Some(i) = rest.find('\n') {
            end = i + 1;
        }
    }
    if let Some(n) = limit {
        end = end.min(rest.char_indices().nth(n).map_or(rest.len(), |(b, _)| b));
    }
    let out = rest[..end].to_string();
    set_native_state(vm, f, "_pos", Value::Int((pos + end) as i64));
    Ok(vm.new_str(&out))
}

fn file_read(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("read", args.len().saturating_sub(1), 0, 1)?;
    let limit = match args.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(ops::int_arg(vm, *v)?)
            .filter(|n| *n >= 0)
            .map(|n| n as usize),
    };
    read_data(vm, args[0], limit, false)
}

fn file_readline(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("readline", args.len().saturating_sub(1), 0, 1)?;
    read_data(vm, args[0], None, true)
}

fn file_readlines(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("readlines", args.len().saturating_sub(1), 0, 1)?;
    let mut lines = Vec::new();
    loop {
        let line = read_data(vm, args[0], None, true)?;
        if !ops::truthy(vm, line)? {
            break;
        }
        lines.push(line);
    }
    Ok(vm.new_list(lines))
}

fn file_iter(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("__iter__", args.len().saturating_sub(1), 0, 0)?;
    open_kind(vm, args[0])?;
    Ok(args[0])
}

fn file_next(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("__next__", args.len().saturating_sub(1), 0, 0)?;
    let line = read_data(vm, args[0], None, true)?;
    if !ops::truthy(vm, line)? {
        return Err(Exc::bare(ExcKind::StopIteration));
    }
    Ok(line)
}

fn file_enter(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("__enter__", args.len().saturating_sub(1), 0, 0)?;
    open_kind(vm, args[0])?;
    Ok(args[0])
}

fn file_exit(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    file_close(vm, &args[..1.min(args.len())], &[])?;
    Ok(Value::None)
}

fn file_repr(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("__repr__", args.len().saturating_sub(1), 0, 0)?;
    let name = native_state(vm, args[0], "name")?;
    let mode = native_state(vm, args[0], "mode")?;
    let name = ops::repr(vm, name)?;
    let mode = ops::repr(vm, mode)?;
    let binary = is_binary(vm, args[0])?;
    let s = match native_state(vm, args[0], "_data") {
        _ if !binary => format!("<_io.TextIOWrapper name={name} mode={mode} encoding='utf-8'>"),
        Ok(_) => format!("<_io.BufferedReader name={name}>"),
        Err(_) => format!("<_io.BufferedWriter name={name}>"),
    };
    Ok(vm.new_str(&s))
}

fn file_readable(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("readable", args.len().saturating_sub(1), 0, 0)?;
    let kind = open_kind(vm, args[0])?;
    Ok(Value::Bool(
        kind == STDIN || native_state(vm, args[0], "_data").is_ok(),
    ))
}

fn file_writable(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("writable", args.len().saturating_sub(1), 0, 0)?;
    let kind = open_kind(vm, args[0])?;
    Ok(Value::Bool(
        kind == STDOUT
            || kind == STDERR
            || (kind == DISK && native_state(vm, args[0], "_data").is_err()),
    ))
}

/// Methods of `_io.TextIOWrapper`.
pub(crate) const FILE_METHODS: &[Method] = &[
    ("write", file_write, false),
    ("writelines", file_writelines, false),
    ("flush", file_flush, false),
    ("close", file_close, false),
    ("read", file_read, false),
    ("readline", file_readline, false),
    ("readlines", file_readlines, false),
    ("readable", file_readable, false),
    ("writable", file_writable, false),
    ("__iter__", file_iter, false),
    ("__next__", file_next, false),
    ("__enter__", file_enter, false),
    ("__exit__", file_exit, false),
    ("__repr__", file_repr, false),
];

// ---------------------------------------------------------------------------
// The sys module
// ---------------------------------------------------------------------------

fn exit(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("exit", args.len(), 0, 1)?;
    let _ = vm;
    Err(match args.first() {
        Some(code) => Exc::with_value(ExcKind::SystemExit, *code),
        None => Exc::bare(ExcKind::SystemExit),
    })
}

/// `sys.exc_info()`: the exception being handled, from the fiber's handler stack.
fn exc_info(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("exc_info", args.len(), 0, 0)?;
    let current = vm
        .fiber
        .handled
        .last()
        .copied()
        .filter(|v| matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Exception(_))));
    let items = match current {
        // TODO(vm): the third item should be a traceback object; the
        // exception stands in for it until there is one.
        Some(e) => vec![Value::Obj(vm.type_of(e)), e, e],
        None => vec![Value::None; 3],
    };
    Ok(vm.new_tuple(items))
}

fn getrecursionlimit(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("getrecursionlimit", args.len(), 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("setrecursionlimit", args.len(), 1, 1)?;
    let n = ops::int_arg(vm, args[0])?;
    if n < 1 {
        return Err(ops::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("intern", args.len(), 1, 1)?;
    match vm.str_of(args[0]).map(str::to_string) {
        Some(s) => Ok(Value::Obj(vm.intern(&s))),
        None => Err(type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(args[0])
        ))),
    }
}

fn getdefaultencoding(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("getdefaultencoding", args.len(), 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

const FUNCTIONS: &[Method] = &[
    ("exit", exit, false),
    ("exc_info", exc_info, false),
    ("getrecursionlimit", getrecursionlimit, false),
    ("setrecursionlimit", setrecursionlimit, false),
    ("intern", intern, false),
    ("getdefaultencoding", getdefaultencoding, false),
];

pub(crate) fn install(vm: &mut Vm) {
    let d = new_module(vm, "sys");
    add_functions(vm, d, FUNCTIONS);
    let argv: Vec<Value> = vm.argv.clone().iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    vm.dict_set_str(d, "argv", argv);
    for (name, kind, mode) in [
        ("stdout", STDOUT, "w"),
        ("stderr", STDERR, "w"),
        ("stdin", STDIN, "r"),
    ] {
        if let Ok(f) = new_file(vm, kind, &format!("<{name}>"), mode, &[]) {
            vm.dict_set_str(d, name, f);
            vm.dict_set_str(d, &format!("__{name}__"), f);
        }
    }
    let strings = [
        ("version", "3.7.5 (Slate)"),
        ("platform", "linux"),
        ("byteorder", "little"),
        ("executable", ""),
    ];
    for (name, value) in strings {
        let v = vm.new_str(value);
        vm.dict_set_str(d, name, v);
    }
    let fin = vm.new_str("final");
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(7),
        Value::Int(5),
        fin,
        Value::Int(0),
    ]);
    vm.dict_set_str(d, "version_info", vi);
    vm.dict_set_str(d, "hexversion", Value::Int(0x030705f0));
    vm.dict_set_str(d, "maxsize", Value::Int(i64::MAX));
    let path = vm.new_list(Vec::new());
    vm.dict_set_str(d, "path", path);
    let modules = Value::Obj(vm.modules);
    vm.dict_set_str(d, "modules", modules);
}
