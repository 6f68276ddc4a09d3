//! Operators and protocols on values (arithmetic, comparison, truth, repr/str, items, iteration), as natives see them.
//!
//! These are the slow, general paths: the dispatch loop inlines the int and
//! float fast paths and calls here for everything else. Objects of user
//! classes (instances, exceptions) are served by their dunder methods, found
//! along the class MRO (`find_dunder`) and called through `Vm::call_value`;
//! every such call may run script code, so values a native creates and still
//! needs after such a call are kept alive with a `Roots` scope.

use std::cell::RefCell;
use std::cmp::Ordering;

use crate::objects::format::{
    self, Accessor, ErrKind, FieldKey, FmtError, FmtPiece, FormatSpec, PctShape, PctSource,
    PctValue, PctWant,
};
use crate::objects::iter::{DictIterKind, IterObj};
use crate::objects::types::Method;
use crate::objects::{float, intfmt, number, strutil, ClassObj, InstanceObj, Layout, Obj, StrObj};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Exc, ExcKind, Res, Vm};

// ---------------------------------------------------------------------------
// Errors and argument checking shared by all natives
// ---------------------------------------------------------------------------

pub(crate) fn type_error(msg: impl Into<String>) -> Exc {
    Exc::pending(ExcKind::TypeError, msg)
}

pub(crate) fn value_error(msg: impl Into<String>) -> Exc {
    Exc::pending(ExcKind::ValueError, msg)
}

/// The formatting and arithmetic library's errors become the Slate exception
/// of the same name, at the boundary (`?` converts).
impl From<FmtError> for Exc {
    fn from(e: FmtError) -> Exc {
        let kind = match e.kind {
            ErrKind::ValueError => ExcKind::ValueError,
            ErrKind::TypeError => ExcKind::TypeError,
            ErrKind::OverflowError => ExcKind::OverflowError,
            ErrKind::ZeroDivisionError => ExcKind::ZeroDivisionError,
        };
        Exc::pending(kind, e.msg)
    }
}

/// Whether a pending exception is (a subclass of) the builtin `kind`.
pub(crate) fn exc_matches(vm: &Vm, e: &Exc, kind: ExcKind) -> bool {
    match e {
        Exc::Object(r) => vm.exc_is(*r, kind),
        Exc::New(k, _) => vm.is_subclass(vm.exc_class(*k), vm.exc_class(kind)),
        Exc::Switch => false,
    }
}

/// Checks a positional argument count, worded as CPython 3.7 words it (the
/// reference interpreter's version): `len() takes exactly one argument (2
/// given)`, `upper() takes no arguments (1 given)`, `divmod expected 2
/// arguments, got 1`, `pop expected at most 1 arguments, got 2`. `name` may
/// be qualified (`list.pop`); the messages use the bare name.
pub(crate) fn check_args(name: &str, n: usize, min: usize, max: usize) -> Res<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let short = name.rsplit('.').next().unwrap_or(name);
    let msg = if max == 0 {
        format!("{short}() takes no arguments ({n} given)")
    } else if min == 1 && max == 1 {
        format!("{short}() takes exactly one argument ({n} given)")
    } else if min == max {
        format!("{short} expected {min} arguments, got {n}")
    } else if n < min {
        format!("{short} expected at least {min} arguments, got {n}")
    } else {
        format!("{short} expected at most {max} arguments, got {n}")
    };
    Err(type_error(msg))
}

/// Binds positional and keyword arguments to the parameters `params`: at
/// most `max_pos` may be given by position, the first `min` are required,
/// the rest may be given by name. Unknown or repeated names are TypeErrors.
pub(crate) fn bind<const N: usize>(
    vm: &Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    params: [&str; N],
    min: usize,
    max_pos: usize,
) -> Res<[Option<Value>; N]> {
    if args.len() > max_pos || (kwargs.is_empty() && args.len() < min) {
        check_args(name, args.len(), min.min(max_pos), max_pos)?;
    }
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(args) {
        *slot = Some(*v);
    }
    for (k, v) in kwargs {
        let key = vm.str_of(*k).unwrap_or("");
        match params.iter().position(|p| *p == key) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(*v),
            None => {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    if let Some(i) = out[..min].iter().position(|v| v.is_none()) {
        return Err(type_error(format!(
            "{name}() missing required argument '{}' (pos {})",
            params[i],
            i + 1
        )));
    }
    Ok(out)
}

/// The receiver of a method native of the builtin type `owner` (an object
/// `is_kind` accepts; anything else is a descriptor error) and the other
/// arguments, whose count is checked.
pub(crate) fn method_self<'a>(
    vm: &Vm,
    owner: &str,
    name: &str,
    args: &'a [Value],
    (min, max): (usize, usize),
    is_kind: fn(&Obj) -> bool,
) -> Res<(ObjRef, &'a [Value])> {
    let (s, rest) = split_self(owner, name, args)?;
    match s.as_obj() {
        Some(r) if is_kind(vm.heap.get(r)) => {
            check_method_args(owner, name, rest.len(), min, max)?;
            Ok((r, rest))
        }
        _ => Err(descriptor_error(vm, name, owner, s)),
    }
}

/// The `self` of a method native of `owner` (`args[0]`) and the other arguments.
pub(crate) fn split_self<'a>(
    owner: &str,
    name: &str,
    args: &'a [Value],
) -> Res<(Value, &'a [Value])> {
    match args.split_first() {
        Some((s, rest)) => Ok((*s, rest)),
        None => Err(type_error(format!(
            "unbound method {owner}.{name}() needs an argument"
        ))),
    }
}

/// `check_args` for a method (`list.append() takes exactly one argument …`),
/// building the qualified name only when the count is wrong.
pub(crate) fn check_method_args(
    owner: &str,
    name: &str,
    n: usize,
    min: usize,
    max: usize,
) -> Res<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    check_args(&format!("{owner}.{name}"), n, min, max)
}

/// `descriptor 'upper' for 'str' objects doesn't apply to a 'int' object`.
pub(crate) fn descriptor_error(vm: &Vm, method: &str, owner: &str, v: Value) -> Exc {
    type_error(format!(
        "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    ))
}

/// A value used as a machine-size index (`int`, `bool`, or an object with
/// `__index__`); `None` if it is not an integer at all.
pub(crate) fn index_value(vm: &mut Vm, v: Value) -> Res<Option<i64>> {
    match v {
        Value::Int(i) => Ok(Some(i)),
        Value::Bool(b) => Ok(Some(b as i64)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(_) => Err(Exc::pending(
                ExcKind::IndexError,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    vm.type_name(v)
                ),
            )),
            Obj::Instance(_) => match call_dunder(vm, v, "__index__", &[])? {
                Some(Value::Int(i)) => Ok(Some(i)),
                Some(other) => Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(other)
                ))),
                None => Ok(None),
            },
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `callable(v)`: a function, class, bound method, or an object whose class has `__call__`.
pub fn callable(vm: &mut Vm, v: Value) -> bool {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(
            Obj::Function(_)
            | Obj::Native(_)
            | Obj::BoundMethod(_)
            | Obj::Class(_)
            | Obj::StaticMethod(_),
        ) => true,
        Some(Obj::Instance(_) | Obj::Exception(_) | Obj::Tasklet(_)) => {
            find_dunder(vm, v, "__call__").is_some()
        }
        _ => false,
    }
}

/// An integer argument: TypeError `'float' object cannot be interpreted as an integer` otherwise.
pub(crate) fn int_arg(vm: &mut Vm, v: Value) -> Res<i64> {
    match index_value(vm, v) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
        Err(e) if exc_matches(vm, &e, ExcKind::IndexError) => Err(Exc::pending(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        Err(e) => Err(e),
    }
}

/// The address shown in default reprs and returned by `id()`: stable per heap object.
pub(crate) fn obj_addr(r: ObjRef) -> u64 {
    0x7f00_0000_0000 + (r.0 as u64) * 16
}

fn addr(r: ObjRef) -> String {
    format!("0x{:x}", obj_addr(r))
}

// ---------------------------------------------------------------------------
// Keeping values alive across calls into script code
// ---------------------------------------------------------------------------

/// The internal module that holds the classes of native-backed objects (it
/// is reachable from `sys.modules`, so everything in it is traced by the
/// collector).
pub(crate) const INTERNAL_MODULE: &str = "_slate";

/// A value of the internal module (`_slate`), by name.
pub(crate) fn internal(vm: &mut Vm, name: &str) -> Option<Value> {
    let m = vm.dict_get_str(vm.modules, INTERNAL_MODULE)?;
    let dict = match vm.heap.get(m.as_obj()?) {
        Obj::Module(m) => m.dict,
        _ => return None,
    };
    vm.dict_get_str(dict, name)
}

/// A scope of values a native copied out of containers and still needs
/// after calls into script code (a callback may empty the container, and
/// the collector may run while the native waits on a coroutine): a heap
/// list, which stays rooted while the native lasts, as every object a
/// native on a coroutine makes does (`vm/reentry.rs`). `release` lets go
/// of the values; always call it, on the error path too.
pub(crate) struct Roots {
    list: ObjRef,
}

impl Roots {
    pub(crate) fn new(vm: &mut Vm) -> Roots {
        Roots {
            list: vm.heap.alloc(Obj::List(Vec::new())),
        }
    }

    pub(crate) fn push(&self, vm: &mut Vm, v: Value) {
        if let Obj::List(l) = vm.heap.get_mut(self.list) {
            l.push(v);
        }
    }

    pub(crate) fn push_all(&self, vm: &mut Vm, values: &[Value]) {
        if let Obj::List(l) = vm.heap.get_mut(self.list) {
            l.extend_from_slice(values);
        }
    }

    /// The kept values, in order (the scope stays registered).
    pub(crate) fn take(&self, vm: &mut Vm) -> Vec<Value> {
        match vm.heap.get_mut(self.list) {
            Obj::List(l) => std::mem::take(l),
            _ => Vec::new(),
        }
    }

    pub(crate) fn release(self, vm: &mut Vm) {
        self.take(vm);
    }
}

// ---------------------------------------------------------------------------
// Native-backed classes (dict views, map, filter, files)
// ---------------------------------------------------------------------------

/// Creates a class whose methods are natives; its instances keep their
/// state in their instance dict. `module` is what its repr shows. The
/// class gets the `Iterator` layout (not `Object`), so that calling it goes
/// to `builtins::construct` rather than making a plain instance.
pub(crate) fn native_class(vm: &mut Vm, name: &str, module: &str, methods: &[Method]) -> ObjRef {
    let dict = vm.new_dict();
    let object = vm.types.object;
    let class = vm.heap.alloc(Obj::Class(Box::new(ClassObj {
        name: name.to_string(),
        qualname: name.to_string(),
        bases: vec![object],
        mro: Vec::new(),
        dict,
        layout: Layout::Iterator,
    })));
    if let Obj::Class(c) = vm.heap.get_mut(class) {
        c.mro = vec![class, object];
    }
    let m = vm.new_str(module);
    vm.dict_set_str(dict, "__module__", m);
    for (mname, f, kw) in methods {
        let func = vm.new_native(mname, *f, *kw);
        vm.dict_set_str(dict, mname, func);
    }
    class
}

/// A new instance of the native-backed class registered as `class` in the
/// internal module, with the given state attributes.
pub(crate) fn native_instance(vm: &mut Vm, class: &str, state: &[(&str, Value)]) -> Res<Value> {
    let Some(Value::Obj(c)) = internal(vm, class) else {
        return Err(Exc::pending(
            ExcKind::RuntimeError,
            format!("internal class {class} is missing"),
        ));
    };
    let dict = vm.new_dict();
    for (k, v) in state {
        vm.dict_set_str(dict, k, *v);
    }
    Ok(vm.alloc(Obj::Instance(InstanceObj { class: c, dict })))
}

/// The entry index of a state attribute in a native-backed instance's dict.
/// State dicts are small, so a scan comparing the key text beats hashing
/// (these are read on every `__next__` of `map`, `filter`, …).
fn state_slot(vm: &Vm, v: Value, key: &str) -> Option<(ObjRef, usize)> {
    let Obj::Instance(i) = vm.heap.get(v.as_obj()?) else {
        return None;
    };
    let Obj::Dict(d) = vm.heap.get(i.dict) else {
        return None;
    };
    let mut at = 0;
    while let Some((next, k, _)) = d.next_from(at) {
        if vm.str_of(k) == Some(key) {
            return Some((i.dict, next - 1));
        }
        at = next;
    }
    None
}

/// A state attribute of a native-backed instance.
pub(crate) fn native_state(vm: &mut Vm, v: Value, key: &str) -> Res<Value> {
    let found = state_slot(vm, v, key).and_then(|(d, i)| match vm.heap.get(d) {
        Obj::Dict(t) => Some(t.value_at(i)),
        _ => None,
    });
    found.ok_or_else(|| {
        type_error(format!(
            "descriptor requires a native object, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// Replaces a state attribute of a native-backed instance.
pub(crate) fn set_native_state(vm: &mut Vm, v: Value, key: &str, value: Value) {
    match state_slot(vm, v, key) {
        Some((d, i)) => {
            if let Obj::Dict(t) = vm.heap.get_mut(d) {
                t.set_value_at(i, value);
            }
        }
        None => {
            if let Some(Obj::Instance(i)) = v.as_obj().map(|r| vm.heap.get(r)) {
                let dict = i.dict;
                vm.dict_set_str(dict, key, value);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Special methods of user objects
// ---------------------------------------------------------------------------

/// The class of a value whose special methods live in script code (or in
/// natives of a native-backed class): instances and exceptions.
fn user_class(vm: &Vm, v: Value) -> Option<ObjRef> {
    let r = v.as_obj()?;
    match vm.heap.get(r) {
        Obj::Instance(i) => Some(i.class),
        Obj::Exception(e) => Some(e.class),
        // Tasklets and channels keep their protocol (`__iter__`, `__next__`,
        // `__call__`) as natives in their class.
        Obj::Tasklet(_) | Obj::Channel(_) => Some(vm.type_of(v)),
        _ => vm.subclassed.get(&r).map(|s| s.class),
    }
}

/// For a builtin object of a user subclass (a `list` subclass, a tasklet,
/// a channel), the subclass's own special method, called; `None` when the
/// object is not one or the method is the builtin behaviour.
fn builtin_subclass_dunder(
    vm: &mut Vm,
    v: Value,
    name: &str,
    args: &[Value],
) -> Res<Option<Value>> {
    let Value::Obj(r) = v else {
        return Ok(None);
    };
    if matches!(vm.heap.get(r), Obj::Instance(_) | Obj::Exception(_)) || user_class(vm, v).is_none()
    {
        return Ok(None);
    }
    call_dunder(vm, v, name, args)
}

/// Looks a special method up along the MRO of a user object's class.
/// `object` and the builtin exception classes are skipped: their behaviour
/// is the fallback implemented here, whatever natives they may carry.
pub(crate) fn find_dunder(vm: &mut Vm, v: Value, name: &str) -> Option<Value> {
    let class = user_class(vm, v)?;
    let key = Value::Obj(vm.intern(name));
    let hash = vm.hash_key(key).ok()?;
    for c in &vm.class(class).mro {
        let cls = vm.class(*c);
        if *c == vm.types.object || (cls.layout == Layout::Exception && vm.exc_types.contains(c)) {
            continue;
        }
        if let Obj::Dict(d) = vm.heap.get(cls.dict) {
            if let Some(i) = d.find(&vm.heap, hash, key) {
                return Some(d.value_at(i));
            }
        }
    }
    None
}

/// Calls the special method `name` of a user object with `args`; `None`
/// if it has none (or the attribute is `None`, as `__hash__ = None`).
pub(crate) fn call_dunder(vm: &mut Vm, v: Value, name: &str, args: &[Value]) -> Res<Option<Value>> {
    let Some(f) = find_dunder(vm, v, name) else {
        return Ok(None);
    };
    call_found(vm, v, f, args).map(Some)
}

/// Calls a class attribute `f` found for `v`, binding it as Python would.
fn call_found(vm: &mut Vm, v: Value, f: Value, args: &[Value]) -> Res<Value> {
    let mut full = Vec::with_capacity(args.len() + 1);
    match f {
        Value::None => {
            return Err(type_error(format!(
                "'{}' object is not callable",
                "NoneType"
            )))
        }
        Value::Obj(r) => match vm.heap.get(r) {
            // A channel's or tasklet's method may switch tasklets, which
            // a native on a coroutine leaves to the loop (`reentry.rs`).
            Obj::Native(_)
                if vm.on_coroutine()
                    && matches!(
                        v.as_obj().map(|o| vm.heap.get(o)),
                        Some(Obj::Channel(_) | Obj::Tasklet(_))
                    ) =>
            {
                full.push(v);
            }
            Obj::Native(n) => {
                // A native method of a native-backed class: no frame needed.
                let f = n.f;
                full.push(v);
                full.extend_from_slice(args);
                return f(vm, &full, &[]);
            }
            Obj::Function(_) => full.push(v),
            Obj::StaticMethod(g) => {
                let g = *g;
                return vm.call_value(g, args, &[]);
            }
            Obj::ClassMethod(g) => {
                let g = *g;
                let class = Value::Obj(vm.type_of(v));
                full.push(class);
                full.extend_from_slice(args);
                return vm.call_value(g, &full, &[]);
            }
            _ => {}
        },
        _ => {}
    }
    full.extend_from_slice(args);
    vm.call_value(f, &full, &[])
}

// ---------------------------------------------------------------------------
// Formatting hooks (replaced by the formatting module at merge time)
// ---------------------------------------------------------------------------

/// `format(v, spec)` for builtin values and a non-empty spec: ints (and
/// bools), floats and strs through the format-spec mini-language; other
/// builtins, as `object.__format__`, refuse a non-empty spec.
fn format_builtin(vm: &mut Vm, v: Value, spec: &str) -> Res<String> {
    let type_name = vm.type_name(v).to_string();
    if let Value::Float(f) = v {
        return Ok(format::format_float(
            f,
            &FormatSpec::parse(spec, &type_name)?,
        )?);
    }
    if let Some(n) = number::to_bigint(vm, v) {
        return Ok(format::format_int(
            &n,
            &FormatSpec::parse(spec, &type_name)?,
        )?);
    }
    if let Some(s) = vm.str_of(v) {
        return Ok(format::format_str(
            s,
            &FormatSpec::parse(spec, &type_name)?,
        )?);
    }
    Err(type_error(format!(
        "unsupported format string passed to {type_name}.__format__"
    )))
}

/// `fmt.format(*args, **kwargs)`: the template is parsed by
/// `format::parse_format_string`; fields are looked up, converted and
/// formatted here, in order, through `format_value` (so user `__format__`,
/// `__str__`, `__repr__`, `__getattr__` and `__getitem__` run as Python runs them).
pub(crate) fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> Res<String> {
    let pieces = format::parse_format_string(fmt)?;
    render_format(vm, &pieces, args, kwargs)
}

fn render_format(
    vm: &mut Vm,
    pieces: &[FmtPiece],
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> Res<String> {
    let mut out = String::new();
    for piece in pieces {
        let (name, conversion, spec) = match piece {
            FmtPiece::Literal(text) => {
                out.push_str(text);
                continue;
            }
            FmtPiece::Field {
                name,
                conversion,
                spec,
            } => (name, conversion, spec),
        };
        let mut value = match &name.first {
            FieldKey::Index(i) => *args
                .get(*i)
                .ok_or_else(|| Exc::pending(ExcKind::IndexError, "tuple index out of range"))?,
            FieldKey::Name(key) => {
                let found = kwargs
                    .iter()
                    .find(|(k, _)| vm.str_of(*k) == Some(key.as_str()))
                    .map(|(_, v)| *v);
                match found {
                    Some(v) => v,
                    None => return Err(Exc::with_value(ExcKind::KeyError, vm.new_str(key))),
                }
            }
        };
        for accessor in &name.rest {
            value = match accessor {
                Accessor::Attr(attr) => {
                    let attr = vm.intern(attr);
                    vm.get_attr(value, attr)?
                }
                Accessor::Index(i) => get_item(vm, value, Value::Int(*i as i64))?,
                Accessor::Key(key) => {
                    let key = vm.new_str(key);
                    get_item(vm, value, key)?
                }
            };
        }
        let spec = render_format(vm, spec, args, kwargs)?;
        let text = match conversion {
            None => format_value(vm, value, &spec)?,
            Some(c @ ('r' | 's' | 'a')) => {
                let s = match c {
                    's' => str(vm, value)?,
                    'r' => repr(vm, value)?,
                    _ => strutil::ascii(&repr(vm, value)?),
                };
                let s = new_str(vm, &s);
                format_value(vm, s, &spec)?
            }
            Some(c) => return Err(format::conversion_error(*c).into()),
        };
        out.push_str(&text);
    }
    Ok(out)
}

/// The right operand of `fmt % args`, answering `format::percent_format`'s
/// requests: each conversion runs `__str__`/`__repr__`/`__getitem__`/`__float__`
/// when the formatter reaches it.
struct PctArgs<'a> {
    vm: &'a mut Vm,
    args: Value,
    shape: PctShape,
}

impl PctSource for PctArgs<'_> {
    type Arg = Value;
    type Error = Exc;

    fn shape(&self) -> PctShape {
        self.shape
    }

    fn item(&mut self, index: usize) -> Value {
        match self.args {
            Value::Obj(r) => match self.vm.heap.get(r) {
                Obj::Tuple(t) => t[index],
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    fn whole(&mut self) -> Value {
        self.args
    }

    fn lookup(&mut self, key: &str) -> Res<Value> {
        let key = self.vm.new_str(key);
        get_item(self.vm, self.args, key)
    }

    fn convert(&mut self, arg: &Value, want: PctWant) -> Res<PctValue> {
        let (vm, arg) = (&mut *self.vm, *arg);
        let wrong = |vm: &Vm| PctValue::WrongType(vm.type_name(arg));
        Ok(match want {
            PctWant::Str => PctValue::Str(str(vm, arg)?),
            PctWant::Repr => PctValue::Str(repr(vm, arg)?),
            PctWant::Ascii => PctValue::Str(strutil::ascii(&repr(vm, arg)?)),
            PctWant::Int | PctWant::Float => match (arg, number::to_bigint(vm, arg)) {
                (Value::Float(f), _) => PctValue::Float(f),
                (_, Some(n)) => PctValue::Int(n),
                _ if want == PctWant::Float && user_class(vm, arg).is_some() => {
                    PctValue::Float(number::to_f64(vm, arg)?)
                }
                _ => wrong(vm),
            },
            PctWant::Index | PctWant::Star => match number::to_bigint(vm, arg) {
                Some(n) => PctValue::Int(n),
                None => wrong(vm),
            },
            PctWant::Char => match (number::to_bigint(vm, arg), vm.str_of(arg)) {
                (Some(n), _) => PctValue::Int(n),
                (_, Some(s)) => PctValue::Str(s.to_string()),
                _ => wrong(vm),
            },
        })
    }
}

/// `fmt % args` for strings: `format::percent_format` over the operand. A
/// tuple supplies the arguments in order; a dict, list or object with
/// `__getitem__` (not a str) is a mapping for `%(key)s`; anything else is
/// the single argument.
pub(crate) fn percent_format(vm: &mut Vm, fmt: &str, args: Value) -> Res<String> {
    let shape = match args.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Tuple(t)) => Some(PctShape::Tuple(t.len())),
        Some(Obj::Dict(_) | Obj::List(_)) => Some(PctShape::Mapping),
        _ => None,
    };
    let shape = shape.unwrap_or_else(|| match find_dunder(vm, args, "__getitem__") {
        Some(_) => PctShape::Mapping,
        None => PctShape::Single,
    });
    format::percent_format(fmt, &mut PctArgs { vm, args, shape })
}

// ---------------------------------------------------------------------------
// Truth, repr, str
// ---------------------------------------------------------------------------

/// Python truth value (`__bool__`, then `__len__`, for user objects).
pub fn truthy(vm: &mut Vm, v: Value) -> Res<bool> {
    Ok(match v {
        Value::Undef | Value::None => false,
        Value::NotImplemented | Value::Ellipsis => true,
        Value::Bool(b) => b,
        Value::Int(i) => i != 0,
        Value::Float(f) => f != 0.0,
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => !s.s.is_empty(),
            Obj::Bytes(b) => !b.is_empty(),
            Obj::BigInt(n) => n.sign() != num_bigint::Sign::NoSign,
            Obj::List(l) => !l.is_empty(),
            Obj::Tuple(t) => !t.is_empty(),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => !d.is_empty(),
            Obj::Range(rg) => !rg.is_empty(),
            Obj::Instance(_) | Obj::Exception(_) => {
                if let Some(b) = call_dunder(vm, v, "__bool__", &[])? {
                    return match b {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            vm.type_name(other)
                        ))),
                    };
                }
                if find_dunder(vm, v, "__len__").is_some() {
                    return Ok(len(vm, v)? != 0);
                }
                true
            }
            _ => true,
        },
    })
}

thread_local! {
    /// Containers whose repr is being built (to print `[...]` for cycles).
    static REPR_ACTIVE: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

/// Python `repr(v)`.
pub fn repr(vm: &mut Vm, v: Value) -> Res<String> {
    if let Some(s) = builtin_subclass_dunder(vm, v, "__repr__", &[])? {
        return expect_str(vm, s, "__repr__");
    }
    let mut out = String::new();
    repr_into(vm, v, &mut out)?;
    Ok(out)
}

/// Python `str(v)`.
pub fn str(vm: &mut Vm, v: Value) -> Res<String> {
    if let Some(s) = builtin_subclass_dunder(vm, v, "__str__", &[])? {
        return expect_str(vm, s, "__str__");
    }
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => Ok(s.s.to_string()),
            Obj::Instance(_) => match call_dunder(vm, v, "__str__", &[])? {
                Some(s) => expect_str(vm, s, "__str__"),
                None => repr(vm, v),
            },
            Obj::Exception(_) => match call_dunder(vm, v, "__str__", &[])? {
                Some(s) => expect_str(vm, s, "__str__"),
                None => exception_str(vm, r),
            },
            _ => repr(vm, v),
        },
        _ => repr(vm, v),
    }
}

/// `BaseException.__str__`: no args -> '', one -> str(arg) (repr for
/// KeyError), several -> str(args); `[Errno n] text: 'file'` for OSError.
pub(crate) fn exception_str(vm: &mut Vm, r: ObjRef) -> Res<String> {
    let (args, class) = match vm.heap.get(r) {
        Obj::Exception(e) => (e.args, e.class),
        _ => return Ok(String::new()),
    };
    let items = seq_items(vm, args).unwrap_or_default();
    let is_os_error = vm.is_subclass(class, vm.exc_class(ExcKind::OSError));
    if let ([Value::Int(errno), strerror], true) = (items.as_slice(), is_os_error) {
        // OSError.__str__: `[Errno 2] No such file or directory: 'x'`.
        let mut out = format!("[Errno {errno}] {}", str(vm, *strerror)?);
        let dict = match vm.heap.get(r) {
            Obj::Exception(e) => e.dict,
            _ => None,
        };
        if let Some(f) = dict.and_then(|d| vm.dict_get_str(d, "filename")) {
            if !f.is_none() {
                out.push_str(": ");
                out.push_str(&repr(vm, f)?);
            }
        }
        return Ok(out);
    }
    match items.as_slice() {
        [] => Ok(String::new()),
        [one] if vm.is_subclass(class, vm.exc_class(ExcKind::KeyError)) => repr(vm, *one),
        [one] => str(vm, *one),
        _ => repr(vm, args),
    }
}

fn expect_str(vm: &Vm, v: Value, method: &str) -> Res<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(type_error(format!(
            "{method} returned non-string (type {})",
            vm.type_name(v)
        ))),
    }
}

/// The items of a list or tuple (a copy), `None` for other values.
pub(crate) fn seq_items(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    match vm.heap.get(v.as_obj()?) {
        Obj::List(l) => Some(l.clone()),
        Obj::Tuple(t) => Some(t.to_vec()),
        _ => None,
    }
}

/// The module a class reports in its repr (`__module__`, else a guess).
pub(crate) fn class_module(vm: &mut Vm, class: ObjRef) -> String {
    let dict = vm.class(class).dict;
    if let Some(m) = vm.dict_get_str(dict, "__module__") {
        if let Some(s) = vm.str_of(m) {
            return s.to_string();
        }
    }
    let c = vm.class(class);
    if class == vm.types.object || c.layout != Layout::Object || vm.exc_types.contains(&class) {
        "builtins".into()
    } else {
        "__main__".into()
    }
}

/// `module.Qualname`, or just `Qualname` for builtins.
fn class_path(vm: &mut Vm, class: ObjRef) -> String {
    let module = class_module(vm, class);
    let qual = vm.class(class).qualname.clone();
    if module == "builtins" {
        qual
    } else {
        format!("{module}.{qual}")
    }
}

fn repr_into(vm: &mut Vm, v: Value, out: &mut String) -> Res<()> {
    let r = match v {
        Value::Undef => {
            out.push_str("<undefined>");
            return Ok(());
        }
        Value::None => {
            out.push_str("None");
            return Ok(());
        }
        Value::NotImplemented => {
            out.push_str("NotImplemented");
            return Ok(());
        }
        Value::Ellipsis => {
            out.push_str("Ellipsis");
            return Ok(());
        }
        Value::Bool(b) => {
            out.push_str(if b { "True" } else { "False" });
            return Ok(());
        }
        Value::Int(i) => {
            out.push_str(&i.to_string());
            return Ok(());
        }
        Value::Float(f) => {
            out.push_str(&float::repr(f));
            return Ok(());
        }
        Value::Obj(r) => r,
    };
    let text = match vm.heap.get(r) {
        Obj::Str(s) => strutil::repr(&s.s),
        Obj::Bytes(b) => crate::objects::bytes::repr(b),
        Obj::BigInt(n) => n.to_string(),
        Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => {
            return repr_container(vm, r, out);
        }
        Obj::Range(rg) => {
            if rg.step == 1 {
                format!("range({}, {})", rg.start, rg.stop)
            } else {
                format!("range({}, {}, {})", rg.start, rg.stop, rg.step)
            }
        }
        Obj::Slice(s) => {
            let s = **s;
            out.push_str("slice(");
            for (i, part) in s.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(vm, *part, out)?;
            }
            out.push(')');
            return Ok(());
        }
        Obj::Function(f) => format!("<function {} at {}>", f.qualname, addr(r)),
        Obj::Native(n) => format!("<built-in function {}>", n.name),
        Obj::BoundMethod(b) => {
            let (this, func) = **b;
            return repr_bound_method(vm, this, func, out);
        }
        Obj::Cell(c) => match *c {
            Value::Undef => format!("<cell at {}: empty>", addr(r)),
            inner => {
                let ty = vm.type_name(inner);
                match inner {
                    Value::Obj(o) => {
                        format!("<cell at {}: {} object at {}>", addr(r), ty, addr(o))
                    }
                    _ => format!("<cell at {}: {} object>", addr(r), ty),
                }
            }
        },
        Obj::Class(_) => format!("<class '{}'>", class_path(vm, r)),
        Obj::Instance(_) | Obj::Exception(_) | Obj::Tasklet(_) | Obj::Channel(_) => {
            if let Some(s) = call_dunder(vm, v, "__repr__", &[])? {
                out.push_str(&expect_str(vm, s, "__repr__")?);
                return Ok(());
            }
            if matches!(vm.heap.get(r), Obj::Exception(_)) {
                return exception_repr(vm, r, out);
            }
            default_repr(vm, v)
        }
        Obj::Module(m) => {
            let name = m.name.clone();
            let dict = m.dict;
            match vm
                .dict_get_str(dict, "__file__")
                .and_then(|f| vm.str_of(f).map(strutil::repr))
            {
                Some(file) => format!("<module '{name}' from {file}>"),
                None => format!("<module '{name}' (built-in)>"),
            }
        }
        Obj::Iter(it) => format!("<{} object at {}>", iter_type_name(vm, it), addr(r)),
        Obj::Frame(fr) => format!(
            "<frame at {}, file '{}', line {}, code {}>",
            addr(r),
            fr.code.filename,
            fr.line,
            fr.code.name
        ),
        Obj::Code(c) => format!(
            "<code object {} at {}, file \"{}\", line {}>",
            c.name,
            addr(r),
            c.filename,
            c.first_line
        ),
        Obj::Generator(g) => {
            format!(
                "<generator object {} at {}>",
                g.frame.code.qualname,
                addr(r)
            )
        }
        Obj::Property(_) => format!("<property object at {}>", addr(r)),
        Obj::Super(_) => format!("<super object at {}>", addr(r)),
        Obj::StaticMethod(f) | Obj::ClassMethod(f) => {
            let f = *f;
            let kind = if matches!(vm.heap.get(r), Obj::StaticMethod(_)) {
                "staticmethod"
            } else {
                "classmethod"
            };
            out.push_str(kind);
            out.push('(');
            repr_into(vm, f, out)?;
            out.push(')');
            return Ok(());
        }
    };
    out.push_str(&text);
    Ok(())
}

/// `object.__repr__`: `<module.Class object at 0x…>`.
pub(crate) fn default_repr(vm: &mut Vm, v: Value) -> String {
    let class = vm.type_of(v);
    let path = class_path(vm, class);
    match v {
        Value::Obj(r) => format!("<{path} object at {}>", addr(r)),
        _ => format!("<{path} object>"),
    }
}

/// `BaseException.__repr__`: `ValueError('x')`, `ValueError()`, `ValueError(1, 2)`.
pub(crate) fn exception_repr(vm: &mut Vm, r: ObjRef, out: &mut String) -> Res<()> {
    let (class, args) = match vm.heap.get(r) {
        Obj::Exception(e) => (e.class, e.args),
        _ => return Ok(()),
    };
    out.push_str(&vm.class(class).name.clone());
    let items = seq_items(vm, args).unwrap_or_default();
    if let [one] = items.as_slice() {
        out.push('(');
        repr_into(vm, *one, out)?;
        out.push(')');
    } else if items.is_empty() {
        out.push_str("()");
    } else {
        repr_into(vm, args, out)?;
    }
    Ok(())
}

fn repr_bound_method(vm: &mut Vm, this: Value, func: Value, out: &mut String) -> Res<()> {
    let native = func.as_obj().and_then(|f| match vm.heap.get(f) {
        Obj::Native(n) => Some(n.name),
        _ => None,
    });
    match native {
        Some(name) => {
            let ty = vm.type_name(this);
            match this {
                Value::Obj(o) => out.push_str(&format!(
                    "<built-in method {name} of {ty} object at {}>",
                    addr(o)
                )),
                _ => out.push_str(&format!("<built-in method {name} of {ty} object>")),
            }
        }
        None => {
            let qual = match func.as_obj().map(|f| vm.heap.get(f)) {
                Some(Obj::Function(f)) => f.qualname.clone(),
                _ => repr(vm, func)?,
            };
            out.push_str(&format!("<bound method {qual} of "));
            repr_into(vm, this, out)?;
            out.push('>');
        }
    }
    Ok(())
}

fn iter_type_name(vm: &Vm, it: &IterObj) -> &'static str {
    let kind_of = |v: Value| v.as_obj().map(|r| vm.heap.get(r));
    match it {
        IterObj::Seq { seq, .. } => match kind_of(*seq) {
            Some(Obj::Tuple(_)) => "tuple_iterator",
            Some(Obj::Bytes(_)) => "bytes_iterator",
            _ => "list_iterator",
        },
        IterObj::Str { s, .. } => match kind_of(*s) {
            Some(Obj::Str(s)) if !s.is_ascii() => "str_iterator",
            _ => "str_ascii_iterator",
        },
        IterObj::Range { .. } => "range_iterator",
        IterObj::Dict { dict, kind, .. } => match (kind_of(*dict), kind) {
            (Some(Obj::Set(_) | Obj::FrozenSet(_)), _) => "set_iterator",
            (_, DictIterKind::Keys) => "dict_keyiterator",
            (_, DictIterKind::Values) => "dict_valueiterator",
            (_, DictIterKind::Items) => "dict_itemiterator",
        },
        IterObj::Reversed { seq, .. } => match kind_of(*seq) {
            Some(Obj::List(_)) => "list_reverseiterator",
            _ => "reversed",
        },
        IterObj::Enumerate { .. } => "enumerate",
        IterObj::Zip { .. } => "zip",
    }
}

/// Lists, tuples, dicts and sets, printing `...` for a container already being printed.
fn repr_container(vm: &mut Vm, r: ObjRef, out: &mut String) -> Res<()> {
    let active = REPR_ACTIVE.with(|a| a.borrow().contains(&r));
    let (open, close, items, pairs) = match vm.heap.get(r) {
        Obj::List(l) => ("[", "]", l.clone(), false),
        Obj::Tuple(t) => ("(", ")", t.to_vec(), false),
        Obj::Dict(d) => ("{", "}", d.iter().flat_map(|(k, v)| [k, v]).collect(), true),
        Obj::Set(d) if d.is_empty() => {
            out.push_str("set()");
            return Ok(());
        }
        Obj::FrozenSet(d) if d.is_empty() => {
            out.push_str("frozenset()");
            return Ok(());
        }
        Obj::Set(_) => ("{", "}", crate::objects::set::python_order(vm, r), false),
        Obj::FrozenSet(_) => (
            "frozenset({",
            "})",
            crate::objects::set::python_order(vm, r),
            false,
        ),
        _ => return Ok(()),
    };
    if active {
        out.push_str(open);
        out.push_str("...");
        out.push_str(close);
        return Ok(());
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(r));
    let res = (|| {
        out.push_str(open);
        if pairs {
            for (i, kv) in items.chunks(2).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(vm, kv[0], out)?;
                out.push_str(": ");
                repr_into(vm, kv[1], out)?;
            }
        } else {
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(vm, *item, out)?;
            }
            if items.len() == 1 && open == "(" {
                out.push(',');
            }
        }
        out.push_str(close);
        Ok(())
    })();
    REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if let Some(i) = a.iter().rposition(|x| *x == r) {
            a.remove(i);
        }
    });
    res
}

// ---------------------------------------------------------------------------
// Arithmetic operators
// ---------------------------------------------------------------------------

fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

/// The method names of an operator: plain, reflected, in-place.
fn op_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

/// Python `a op b`.
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Res<Value> {
    if let Some(v) = builtin_binary(vm, op, a, b)? {
        return Ok(v);
    }
    if let Some(v) = user_binary(vm, op, a, b)? {
        return Ok(v);
    }
    Err(binary_error(vm, op, a, b, false))
}

/// Python `a op= b`: in place for lists, sets, dicts and `__iop__`, else `a op b`.
pub fn inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Res<Value> {
    if let Value::Obj(r) = a {
        let set_op = matches!(
            op,
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
        );
        if set_op
            && matches!(vm.heap.get(r), Obj::Set(_))
            && crate::objects::set::set_inplace(vm, op, r, b)?
        {
            return Ok(a);
        }
        match (vm.heap.get(r), op) {
            (Obj::List(_), BinOp::Add) => {
                let items = to_vec(vm, b)?;
                if let Obj::List(l) = vm.heap.get_mut(r) {
                    l.extend(items);
                }
                return Ok(a);
            }
            (Obj::List(_), BinOp::Mul) => {
                if let Some(n) = index_value(vm, b)? {
                    let items = match vm.heap.get(r) {
                        Obj::List(l) => repeat(l, n)?,
                        _ => Vec::new(),
                    };
                    if let Obj::List(l) = vm.heap.get_mut(r) {
                        *l = items;
                    }
                    return Ok(a);
                }
            }
            (Obj::Dict(_), BinOp::BitOr) => {
                crate::objects::dict::update_from(vm, r, b)?;
                return Ok(a);
            }
            (Obj::Instance(_) | Obj::Exception(_), _) => {
                let (_, _, iname) = op_dunders(op);
                if let Some(v) = call_dunder(vm, a, iname, &[b])? {
                    if !matches!(v, Value::NotImplemented) {
                        return Ok(v);
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(v) = builtin_binary(vm, op, a, b)? {
        return Ok(v);
    }
    if let Some(v) = user_binary(vm, op, a, b)? {
        return Ok(v);
    }
    Err(binary_error(vm, op, a, b, true))
}

/// `items * n` (negative `n` gives nothing).
pub(crate) fn repeat<T: Copy>(items: &[T], n: i64) -> Res<Vec<T>> {
    let n = n.max(0) as usize;
    if items.len().saturating_mul(n) > 1 << 32 {
        return Err(Exc::bare(ExcKind::MemoryError));
    }
    Ok(items.repeat(n))
}

/// The builtin meaning of `a op b`; `None` if the builtin types do not define it.
fn builtin_binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Res<Option<Value>> {
    if let Some(r) = number::binary(vm, op, a, b) {
        return r.map(Some);
    }
    let ((Value::Obj(_), _) | (_, Value::Obj(_))) = (a, b) else {
        return Ok(None);
    };
    let kind = |vm: &Vm, v: Value| v.as_obj().map(|r| std::mem::discriminant(vm.heap.get(r)));
    match op {
        BinOp::Add => {
            let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
                return Ok(None);
            };
            let v = match (vm.heap.get(x), vm.heap.get(y)) {
                (Obj::Str(s), Obj::Str(t)) => {
                    let mut out = String::with_capacity(s.s.len() + t.s.len());
                    out.push_str(&s.s);
                    out.push_str(&t.s);
                    vm.new_str(&out)
                }
                (Obj::Bytes(s), Obj::Bytes(t)) => {
                    let joined = [&s[..], &t[..]].concat();
                    crate::objects::bytes::new_bytes(vm, &joined)
                }
                (Obj::Bytes(_), Obj::Str(_) | Obj::List(_) | Obj::Tuple(_)) => {
                    let t = vm.type_name(b);
                    return Err(type_error(format!("can't concat {t} to bytes")));
                }
                (Obj::List(l), Obj::List(m)) => {
                    let items = [l.as_slice(), m.as_slice()].concat();
                    vm.new_list(items)
                }
                (Obj::Tuple(l), Obj::Tuple(m)) => {
                    let items = [&l[..], &m[..]].concat();
                    vm.new_tuple(items)
                }
                _ => return Ok(None),
            };
            Ok(Some(v))
        }
        BinOp::Mul => {
            let (seq, n) = match (kind(vm, a), kind(vm, b)) {
                (Some(_), _) if is_sequence(vm, a) => (a, b),
                (_, Some(_)) if is_sequence(vm, b) => (b, a),
                _ => return Ok(None),
            };
            let Some(n) = index_value(vm, n)? else {
                return Ok(None);
            };
            let r = seq.as_obj().expect("sequence");
            let v = match vm.heap.get(r) {
                Obj::Str(s) => {
                    let text = repeat(s.s.as_bytes(), n)?;
                    let text = String::from_utf8(text).unwrap_or_default();
                    vm.new_str(&text)
                }
                Obj::Bytes(b) => {
                    let data = repeat(b, n)?;
                    crate::objects::bytes::new_bytes(vm, &data)
                }
                Obj::List(l) => {
                    let items = repeat(l, n)?;
                    vm.new_list(items)
                }
                Obj::Tuple(t) => {
                    if n == 1 {
                        return Ok(Some(seq));
                    }
                    let items = repeat(t, n)?;
                    vm.new_tuple(items)
                }
                _ => return Ok(None),
            };
            Ok(Some(v))
        }
        BinOp::Mod => {
            let Some(fmt) = vm.str_of(a).map(str::to_string) else {
                return Ok(None);
            };
            let s = percent_format(vm, &fmt, b)?;
            Ok(Some(vm.new_str(&s)))
        }
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => {
            let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
                return Ok(None);
            };
            match (vm.heap.get(x), vm.heap.get(y)) {
                (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
                    crate::objects::set::set_binop(vm, op, x, y).map(Some)
                }
                (Obj::Dict(_), Obj::Dict(_)) if op == BinOp::BitOr => {
                    let d = crate::objects::dict::copy_dict(vm, x);
                    crate::objects::dict::update_from(vm, d, b)?;
                    Ok(Some(Value::Obj(d)))
                }
                _ => Ok(None),
            }
        }
        _ => Ok(None),
    }
}

fn is_sequence(vm: &Vm, v: Value) -> bool {
    matches!(
        v.as_obj().map(|r| vm.heap.get(r)),
        Some(Obj::Str(_) | Obj::Bytes(_) | Obj::List(_) | Obj::Tuple(_))
    )
}

/// `__op__` / `__rop__` of user objects, with Python's order and `NotImplemented`.
fn user_binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Res<Option<Value>> {
    let a_user = user_class(vm, a).is_some();
    let b_user = user_class(vm, b).is_some();
    if !a_user && !b_user {
        return Ok(None);
    }
    let (name, rname, _) = op_dunders(op);
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let b_first =
        b_user && ta != tb && vm.is_subclass(tb, ta) && find_dunder(vm, b, rname).is_some();
    if b_first {
        if let Some(v) = call_dunder(vm, b, rname, &[a])? {
            if !matches!(v, Value::NotImplemented) {
                return Ok(Some(v));
            }
        }
    }
    if a_user {
        if let Some(v) = call_dunder(vm, a, name, &[b])? {
            if !matches!(v, Value::NotImplemented) {
                return Ok(Some(v));
            }
        }
    }
    if b_user && ta != tb && !b_first {
        if let Some(v) = call_dunder(vm, b, rname, &[a])? {
            if !matches!(v, Value::NotImplemented) {
                return Ok(Some(v));
            }
        }
    }
    Ok(None)
}

fn binary_error(vm: &Vm, op: BinOp, a: Value, b: Value, inplace: bool) -> Exc {
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    let is = |v: Value, f: fn(&Obj) -> bool| v.as_obj().is_some_and(|r| f(vm.heap.get(r)));
    match op {
        BinOp::Add
            if is(a, |o| {
                matches!(o, Obj::Str(_) | Obj::List(_) | Obj::Tuple(_))
            }) =>
        {
            return type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"));
        }
        BinOp::Mul if is_sequence(vm, a) || is_sequence(vm, b) => {
            let other = if is_sequence(vm, a) { tb } else { ta };
            return type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        _ => {}
    }
    let sym = match op {
        BinOp::Pow if !inplace => "** or pow()",
        _ => op_symbol(op),
    };
    let eq = if inplace { "=" } else { "" };
    type_error(format!(
        "unsupported operand type(s) for {sym}{eq}: '{ta}' and '{tb}'"
    ))
}

/// Python `-v`, `+v`, `~v`, `not v`.
pub fn unary(vm: &mut Vm, op: UnaryOp, v: Value) -> Res<Value> {
    if op == UnaryOp::Not {
        return Ok(Value::Bool(!truthy(vm, v)?));
    }
    if let Some(r) = number::unary(vm, op, v) {
        return r;
    }
    let (name, sym) = match op {
        UnaryOp::Neg => ("__neg__", "-"),
        UnaryOp::Pos => ("__pos__", "+"),
        _ => ("__invert__", "~"),
    };
    if let Some(r) = call_dunder(vm, v, name, &[])? {
        return Ok(r);
    }
    Err(type_error(format!(
        "bad operand type for unary {sym}: '{}'",
        vm.type_name(v)
    )))
}

// ---------------------------------------------------------------------------
// Comparison, hashing, membership
// ---------------------------------------------------------------------------

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

/// The method of a comparison and of its reflection (`a < b` is `b > a`).
fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        _ => ("__ge__", "__le__"),
    }
}

fn ordering_result(op: CmpOp, o: Option<Ordering>) -> bool {
    match o {
        None => op == CmpOp::NotEq,
        Some(o) => match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::NotEq => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            _ => o != Ordering::Less,
        },
    }
}

/// Python `a op b` for every comparison operator.
pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> Res<Value> {
    match op {
        CmpOp::Is => Ok(Value::Bool(a.is(b))),
        CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
        CmpOp::In => Ok(Value::Bool(contains(vm, b, a)?)),
        CmpOp::NotIn => Ok(Value::Bool(!contains(vm, b, a)?)),
        _ => rich_compare(vm, op, a, b),
    }
}

/// `a == b` as containers test it: identity first, then `==`, as a bool.
pub fn eq(vm: &mut Vm, a: Value, b: Value) -> Res<bool> {
    if a.is(b) {
        return Ok(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if let (Obj::Str(s), Obj::Str(t)) = (vm.heap.get(x), vm.heap.get(y)) {
                return Ok(s.hash == t.hash && s.s == t.s);
            }
        }
        _ => {}
    }
    let r = rich_compare(vm, CmpOp::Eq, a, b)?;
    truthy(vm, r)
}

/// `a < b` as a bool (sorting, `min`, `max`).
pub(crate) fn less_than(vm: &mut Vm, a: Value, b: Value) -> Res<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => {
            let r = rich_compare(vm, CmpOp::Lt, a, b)?;
            truthy(vm, r)
        }
    }
}

fn rich_compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> Res<Value> {
    if let Some(v) = builtin_compare(vm, op, a, b)? {
        return Ok(v);
    }
    let a_user = user_class(vm, a).is_some();
    let b_user = user_class(vm, b).is_some();
    if a_user || b_user {
        let (name, rname) = cmp_dunders(op);
        let (ta, tb) = (vm.type_of(a), vm.type_of(b));
        let b_first =
            b_user && ta != tb && vm.is_subclass(tb, ta) && find_dunder(vm, b, rname).is_some();
        if b_first {
            if let Some(v) = user_compare(vm, b, rname, a)? {
                return Ok(v);
            }
        }
        if a_user {
            if let Some(v) = user_compare(vm, a, name, b)? {
                return Ok(v);
            }
        }
        if b_user && !b_first {
            if let Some(v) = user_compare(vm, b, rname, a)? {
                return Ok(v);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp_symbol(op),
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

/// One comparison method of a user object; `None` for missing or `NotImplemented`.
/// A missing `__ne__` is the negation of `__eq__`, as `object.__ne__` does.
fn user_compare(vm: &mut Vm, x: Value, name: &str, y: Value) -> Res<Option<Value>> {
    let r = match call_dunder(vm, x, name, &[y])? {
        Some(r) => r,
        None if name == "__ne__" => match call_dunder(vm, x, "__eq__", &[y])? {
            Some(Value::NotImplemented) | None => return Ok(None),
            Some(r) => Value::Bool(!truthy(vm, r)?),
        },
        None => return Ok(None),
    };
    Ok(match r {
        Value::NotImplemented => None,
        r => Some(r),
    })
}

/// Comparisons the builtin types define; `None` when they do not apply.
fn builtin_compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> Res<Option<Value>> {
    if let Some(o) = number::compare(vm, a, b) {
        return Ok(Some(Value::Bool(ordering_result(op, o))));
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return Ok(None);
    };
    let equality = matches!(op, CmpOp::Eq | CmpOp::NotEq);
    match (vm.heap.get(x), vm.heap.get(y)) {
        (Obj::BoundMethod(_), Obj::BoundMethod(_)) if equality => {
            let same = crate::objects::dict::keys_equal(&vm.heap, a, b);
            Ok(Some(Value::Bool(same == (op == CmpOp::Eq))))
        }
        (Obj::Str(s), Obj::Str(t)) => {
            Ok(Some(Value::Bool(ordering_result(op, Some(s.s.cmp(&t.s))))))
        }
        (Obj::Bytes(s), Obj::Bytes(t)) => {
            Ok(Some(Value::Bool(ordering_result(op, Some(s.cmp(t))))))
        }
        (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) => {
            let p = seq_items(vm, a).unwrap_or_default();
            let q = seq_items(vm, b).unwrap_or_default();
            if equality && p.len() != q.len() {
                return Ok(Some(Value::Bool(op == CmpOp::NotEq)));
            }
            for (u, v) in p.iter().zip(q.iter()) {
                if !eq(vm, *u, *v)? {
                    return match op {
                        CmpOp::Eq => Ok(Some(Value::Bool(false))),
                        CmpOp::NotEq => Ok(Some(Value::Bool(true))),
                        _ => rich_compare(vm, op, *u, *v).map(Some),
                    };
                }
            }
            Ok(Some(Value::Bool(ordering_result(
                op,
                Some(p.len().cmp(&q.len())),
            ))))
        }
        (Obj::Dict(d), Obj::Dict(e)) if equality => {
            let same = d.len() == e.len() && {
                let entries: Vec<(Value, Value)> = d.iter().collect();
                let mut all = true;
                for (k, v) in entries {
                    match table_get(vm, y, k)? {
                        Some(w) if eq(vm, v, w)? => {}
                        _ => {
                            all = false;
                            break;
                        }
                    }
                }
                all
            };
            Ok(Some(Value::Bool(same == (op == CmpOp::Eq))))
        }
        (Obj::Set(d) | Obj::FrozenSet(d), Obj::Set(e) | Obj::FrozenSet(e)) => {
            let (n, m) = (d.len(), e.len());
            let sizes_ok = match op {
                CmpOp::Eq | CmpOp::NotEq => n == m,
                CmpOp::Lt => n < m,
                CmpOp::LtE => n <= m,
                CmpOp::Gt => n > m,
                _ => n >= m,
            };
            let (p, q) = if matches!(op, CmpOp::Gt | CmpOp::GtE) {
                (y, x)
            } else {
                (x, y)
            };
            let r = sizes_ok && crate::objects::set::is_subset(vm, p, q)?;
            Ok(Some(Value::Bool(if op == CmpOp::NotEq { !r } else { r })))
        }
        (Obj::Range(p), Obj::Range(q)) if equality => {
            let (lp, lq) = (p.len(), q.len());
            let same =
                lp == lq && (lp == 0 || (p.start == q.start && (lp == 1 || p.step == q.step)));
            Ok(Some(Value::Bool(same == (op == CmpOp::Eq))))
        }
        (Obj::Slice(p), Obj::Slice(q)) => {
            let (p, q) = (**p, **q);
            let (tp, tq) = (vm.new_tuple(p.to_vec()), vm.new_tuple(q.to_vec()));
            rich_compare(vm, op, tp, tq).map(Some)
        }
        _ => Ok(None),
    }
}

/// Python `hash(v)` (`__hash__` of user objects; unhashable builtins and
/// classes defining `__eq__` without `__hash__` are TypeErrors).
pub fn hash(vm: &mut Vm, v: Value) -> Res<i64> {
    if user_class(vm, v).is_some() {
        let unhashable = |vm: &Vm| type_error(format!("unhashable type: '{}'", vm.type_name(v)));
        match find_dunder(vm, v, "__hash__") {
            Some(Value::None) => return Err(unhashable(vm)),
            Some(f) => {
                let r = call_found(vm, v, f, &[])?;
                return match r {
                    Value::Int(i) => Ok(intfmt::hash_i64(i)),
                    _ => match number::to_bigint(vm, r) {
                        Some(n) => Ok(intfmt::hash_bigint(&n)),
                        None => Err(type_error("__hash__ method should return an integer")),
                    },
                };
            }
            None if find_dunder(vm, v, "__eq__").is_some() => return Err(unhashable(vm)),
            None => {}
        }
    }
    let h = vm.hash_key(v)? as i64;
    Ok(if h == -1 { -2 } else { h })
}

/// The hash a dict or set uses for `key`: `__hash__` for user objects.
pub(crate) fn key_hash(vm: &mut Vm, key: Value) -> Res<u64> {
    if user_class(vm, key).is_some() {
        Ok(hash(vm, key)? as u64)
    } else {
        vm.hash_key(key)
    }
}

/// Finds `key` in a dict or set table: its hash and entry index. Keys that
/// are user objects hash with `__hash__` and compare with `__eq__`.
pub(crate) fn table_lookup(vm: &mut Vm, table: ObjRef, key: Value) -> Res<(u64, Option<usize>)> {
    let h = key_hash(vm, key)?;
    Ok((h, table_lookup_hashed(vm, table, h, key)?))
}

/// `table_lookup` of a key whose hash `h` is known (a member of another
/// table: set algebra does not call `__hash__` again, as in Python).
pub(crate) fn table_lookup_hashed(
    vm: &mut Vm,
    table: ObjRef,
    h: u64,
    key: Value,
) -> Res<Option<usize>> {
    let user = user_class(vm, key).is_some();
    let first = match vm.heap.get(table) {
        Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => {
            if !user {
                return Ok(d.find(&vm.heap, h, key));
            }
            crate::objects::dict::first_candidate(d, h)
        }
        _ => return Ok(None),
    };
    let Some(first) = first else {
        return Ok(None);
    };
    let key_at = |vm: &Vm, i: usize| match vm.heap.get(table) {
        Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.key_at(i),
        _ => Value::Undef,
    };
    // Usually the only entry with this hash; the others only on a collision.
    let k = key_at(vm, first);
    if eq(vm, k, key)? {
        return Ok(Some(first));
    }
    let candidates = match vm.heap.get(table) {
        Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => crate::objects::dict::candidates(d, h),
        _ => Vec::new(),
    };
    for i in candidates.into_iter().filter(|i| *i != first) {
        let k = key_at(vm, i);
        if !matches!(k, Value::Undef) && eq(vm, k, key)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// Index of `key` in a dict or set table.
pub(crate) fn table_find(vm: &mut Vm, table: ObjRef, key: Value) -> Res<Option<usize>> {
    Ok(table_lookup(vm, table, key)?.1)
}

/// `table[key]` for a dict (or the member for a set).
pub(crate) fn table_get(vm: &mut Vm, table: ObjRef, key: Value) -> Res<Option<Value>> {
    let (_, found) = table_lookup(vm, table, key)?;
    Ok(found.and_then(|i| match vm.heap.get(table) {
        Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => Some(d.value_at(i)),
        _ => None,
    }))
}

/// `table[key] = value` (adds a member to a set).
pub(crate) fn table_set(vm: &mut Vm, table: ObjRef, key: Value, value: Value) -> Res<()> {
    let h = key_hash(vm, key)?;
    table_set_hashed(vm, table, h, key, value)
}

/// `table_set` of a key whose hash `h` is known.
pub(crate) fn table_set_hashed(
    vm: &mut Vm,
    table: ObjRef,
    h: u64,
    key: Value,
    value: Value,
) -> Res<()> {
    let found = table_lookup_hashed(vm, table, h, key)?;
    if let Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) = vm.heap.get_mut(table) {
        match found {
            Some(i) => d.set_value_at(i, value),
            None => d.insert_new(h, key, value),
        }
    }
    Ok(())
}

/// Removes `key`, returning its value if it was there.
pub(crate) fn table_remove(vm: &mut Vm, table: ObjRef, key: Value) -> Res<Option<Value>> {
    let (_, found) = table_lookup(vm, table, key)?;
    Ok(match (found, vm.heap.get_mut(table)) {
        (Some(i), Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d)) => Some(d.remove_at(i).1),
        _ => None,
    })
}

/// Python `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> Res<bool> {
    if let Value::Obj(r) = container {
        match vm.heap.get(r) {
            Obj::List(_) | Obj::Tuple(_) => {
                let mut i = 0;
                loop {
                    let v = match vm.heap.get(r) {
                        Obj::List(l) => l.get(i).copied(),
                        Obj::Tuple(t) => t.get(i).copied(),
                        _ => None,
                    };
                    let Some(v) = v else {
                        return Ok(false);
                    };
                    if eq(vm, v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Obj::Str(s) => {
                return match vm.str_of(item) {
                    Some(t) => Ok(s.s.contains(t)),
                    None => Err(type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        vm.type_name(item)
                    ))),
                }
            }
            Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => {
                return Ok(table_find(vm, r, item)?.is_some())
            }
            Obj::Bytes(_) => return crate::objects::bytes::contains(vm, r, item),
            Obj::Range(rg) => {
                let i = match item {
                    Value::Int(i) => Some(i),
                    Value::Bool(b) => Some(b as i64),
                    _ => None,
                };
                if let Some(i) = i {
                    let in_bounds = if rg.step > 0 {
                        i >= rg.start && i < rg.stop
                    } else {
                        i <= rg.start && i > rg.stop
                    };
                    let on_step = (i as i128 - rg.start as i128) % rg.step as i128 == 0;
                    return Ok(in_bounds && on_step);
                }
            }
            Obj::Instance(_) | Obj::Exception(_) => {
                if let Some(v) = call_dunder(vm, container, "__contains__", &[item])? {
                    return truthy(vm, v);
                }
            }
            _ => {}
        }
    }
    if !is_iterable(vm, container) {
        return Err(type_error(format!(
            "argument of type '{}' is not iterable",
            vm.type_name(container)
        )));
    }
    let it = get_iter(vm, container)?;
    while let Some(v) = iter_next(vm, it)? {
        if eq(vm, v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn is_iterable(vm: &mut Vm, v: Value) -> bool {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(
            Obj::List(_)
            | Obj::Tuple(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::Dict(_)
            | Obj::Set(_)
            | Obj::FrozenSet(_)
            | Obj::Range(_)
            | Obj::Iter(_)
            | Obj::Generator(_),
        ) => true,
        Some(Obj::Instance(_) | Obj::Exception(_)) => {
            find_dunder(vm, v, "__iter__").is_some() || find_dunder(vm, v, "__getitem__").is_some()
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Items and slices
// ---------------------------------------------------------------------------

/// A subscript of a sequence: one position or a slice.
pub(crate) enum Index {
    At(i64),
    Slice([Value; 3]),
}

/// Reads a sequence subscript; `None` if it is neither an integer nor a slice.
pub(crate) fn sequence_index(vm: &mut Vm, i: Value) -> Res<Option<Index>> {
    if let Value::Obj(r) = i {
        if let Obj::Slice(s) = vm.heap.get(r) {
            return Ok(Some(Index::Slice(**s)));
        }
    }
    Ok(index_value(vm, i)?.map(Index::At))
}

fn bad_index(vm: &Vm, what: &str, i: Value) -> Exc {
    if what == "string" {
        type_error("string indices must be integers")
    } else {
        type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(i)
        ))
    }
}

/// A position counted from the end when negative, if it falls inside `len`.
pub(crate) fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (i >= 0 && (i as usize) < len).then_some(i as usize)
}

pub(crate) fn slice_part(vm: &mut Vm, v: Value) -> Res<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(n) = number::to_bigint(vm, v) {
        use num_traits::ToPrimitive;
        return Ok(Some(n.to_i64().unwrap_or(
            if n.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            },
        )));
    }
    match index_value(vm, v)? {
        Some(i) => Ok(Some(i)),
        None => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// The positions a slice selects from a sequence of `len` items: the first
/// position, the step, and how many (Python's `PySlice_AdjustIndices`).
pub(crate) fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: usize) -> Res<(i64, i64, usize)> {
    let step = slice_part(vm, s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let start = slice_part(vm, s[0])?;
    let stop = slice_part(vm, s[1])?;
    let (start, _, step, count) = strutil::slice_indices(len as i64, start, stop, step);
    Ok((start, step, count))
}

/// The positions a slice selects, in order.
pub(crate) fn slice_positions(start: i64, step: i64, count: usize) -> impl Iterator<Item = usize> {
    (0..count as i64).map(move |k| (start + k * step) as usize)
}

/// A one-character string (interned for ASCII).
pub(crate) fn char_value(vm: &mut Vm, c: char) -> Value {
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    if c.is_ascii() {
        Value::Obj(vm.intern(s))
    } else {
        vm.new_str(s)
    }
}

/// Python `container[index]`.
pub fn get_item(vm: &mut Vm, container: Value, index: Value) -> Res<Value> {
    let Value::Obj(r) = container else {
        return Err(not_subscriptable(vm, container));
    };
    if let Some(v) = builtin_subclass_dunder(vm, container, "__getitem__", &[index])? {
        return Ok(v);
    }
    match vm.heap.get(r) {
        Obj::List(_) | Obj::Tuple(_) => {
            let is_list = matches!(vm.heap.get(r), Obj::List(_));
            let what = if is_list { "list" } else { "tuple" };
            match sequence_index(vm, index)? {
                Some(Index::At(i)) => {
                    let items: &[Value] = match vm.heap.get(r) {
                        Obj::List(l) => l,
                        Obj::Tuple(t) => t,
                        _ => &[],
                    };
                    norm_index(i, items.len()).map(|i| items[i]).ok_or_else(|| {
                        Exc::pending(ExcKind::IndexError, format!("{what} index out of range"))
                    })
                }
                Some(Index::Slice(s)) => {
                    let len = seq_len(vm, r);
                    let (start, step, n) = slice_indices(vm, &s, len)?;
                    let items: &[Value] = match vm.heap.get(r) {
                        Obj::List(l) => l,
                        Obj::Tuple(t) => t,
                        _ => &[],
                    };
                    if !is_list && start == 0 && step == 1 && n == items.len() {
                        return Ok(container);
                    }
                    let picked: Vec<Value> =
                        slice_positions(start, step, n).map(|i| items[i]).collect();
                    Ok(if is_list {
                        vm.new_list(picked)
                    } else {
                        vm.new_tuple(picked)
                    })
                }
                None => Err(bad_index(vm, what, index)),
            }
        }
        Obj::Str(_) => match sequence_index(vm, index)? {
            Some(Index::At(i)) => {
                let Obj::Str(s) = vm.heap.get(r) else {
                    unreachable!()
                };
                match norm_index(i, s.chars) {
                    Some(i) => {
                        let c = s.char_at(i);
                        Ok(char_value(vm, c))
                    }
                    None => Err(Exc::pending(
                        ExcKind::IndexError,
                        "string index out of range",
                    )),
                }
            }
            Some(Index::Slice(sl)) => {
                let len = seq_len(vm, r);
                let (start, step, n) = slice_indices(vm, &sl, len)?;
                let Obj::Str(s) = vm.heap.get(r) else {
                    unreachable!()
                };
                let out: String = if s.is_ascii() {
                    let b = s.s.as_bytes();
                    slice_positions(start, step, n)
                        .map(|i| b[i] as char)
                        .collect()
                } else if step == 1 {
                    s.s.chars().skip(start as usize).take(n).collect()
                } else {
                    let chars: Vec<char> = s.s.chars().collect();
                    slice_positions(start, step, n).map(|i| chars[i]).collect()
                };
                if step == 1 && n == len {
                    return Ok(container);
                }
                Ok(new_str(vm, &out))
            }
            None => Err(bad_index(vm, "string", index)),
        },
        Obj::Bytes(_) => crate::objects::bytes::get_item(vm, r, index),
        Obj::Range(rg) => {
            let rg = (**rg).clone();
            let len = rg.len() as usize;
            match sequence_index(vm, index)? {
                Some(Index::At(i)) => norm_index(i, len)
                    .map(|i| Value::Int(rg.start + i as i64 * rg.step))
                    .ok_or_else(|| {
                        Exc::pending(ExcKind::IndexError, "range object index out of range")
                    }),
                Some(Index::Slice(s)) => {
                    let (start, step, n) = slice_indices(vm, &s, len)?;
                    let first = rg.start + start * rg.step;
                    let step = rg.step * step;
                    Ok(vm.alloc(Obj::Range(Box::new(crate::objects::RangeObj {
                        start: first,
                        stop: first + n as i64 * step,
                        step,
                    }))))
                }
                None => Err(bad_index(vm, "range", index)),
            }
        }
        Obj::Dict(_) => match table_get(vm, r, index)? {
            Some(v) => Ok(v),
            // A dict subclass may supply missing keys (`__missing__`, as `defaultdict`).
            None => match builtin_subclass_dunder(vm, container, "__missing__", &[index])? {
                Some(v) => Ok(v),
                None => Err(Exc::with_value(ExcKind::KeyError, index)),
            },
        },
        Obj::Instance(_) | Obj::Exception(_) => {
            match call_dunder(vm, container, "__getitem__", &[index])? {
                Some(v) => Ok(v),
                None => Err(not_subscriptable(vm, container)),
            }
        }
        _ => Err(not_subscriptable(vm, container)),
    }
}

fn not_subscriptable(vm: &Vm, v: Value) -> Exc {
    type_error(format!("'{}' object is not subscriptable", vm.type_name(v)))
}

fn seq_len(vm: &Vm, r: ObjRef) -> usize {
    match vm.heap.get(r) {
        Obj::List(l) => l.len(),
        Obj::Tuple(t) => t.len(),
        Obj::Str(s) => s.chars,
        _ => 0,
    }
}

/// Python `container[index] = value`.
pub fn set_item(vm: &mut Vm, container: Value, index: Value, value: Value) -> Res<()> {
    if user_class(vm, container).is_some()
        && call_dunder(vm, container, "__setitem__", &[index, value])?.is_some()
    {
        return Ok(());
    }
    if let Value::Obj(r) = container {
        match vm.heap.get(r) {
            Obj::List(_) => {
                return match sequence_index(vm, index)? {
                    Some(Index::At(i)) => {
                        let Obj::List(l) = vm.heap.get_mut(r) else {
                            unreachable!()
                        };
                        match norm_index(i, l.len()) {
                            Some(i) => {
                                l[i] = value;
                                Ok(())
                            }
                            None => Err(Exc::pending(
                                ExcKind::IndexError,
                                "list assignment index out of range",
                            )),
                        }
                    }
                    Some(Index::Slice(s)) => {
                        let items = to_vec(vm, value)
                            .map_err(|_| type_error("can only assign an iterable"))?;
                        crate::objects::list::set_slice(vm, r, &s, items)
                    }
                    None => Err(bad_index(vm, "list", index)),
                }
            }
            Obj::Dict(_) => return table_set(vm, r, index, value),
            _ => {}
        }
    }
    Err(type_error(format!(
        "'{}' object does not support item assignment",
        vm.type_name(container)
    )))
}

/// Python `del container[index]`.
pub fn del_item(vm: &mut Vm, container: Value, index: Value) -> Res<()> {
    if user_class(vm, container).is_some()
        && call_dunder(vm, container, "__delitem__", &[index])?.is_some()
    {
        return Ok(());
    }
    if let Value::Obj(r) = container {
        match vm.heap.get(r) {
            Obj::List(_) => {
                return match sequence_index(vm, index)? {
                    Some(Index::At(i)) => {
                        let Obj::List(l) = vm.heap.get_mut(r) else {
                            unreachable!()
                        };
                        match norm_index(i, l.len()) {
                            Some(i) => {
                                l.remove(i);
                                Ok(())
                            }
                            None => Err(Exc::pending(
                                ExcKind::IndexError,
                                "list assignment index out of range",
                            )),
                        }
                    }
                    Some(Index::Slice(s)) => crate::objects::list::del_slice(vm, r, &s),
                    None => Err(bad_index(vm, "list", index)),
                }
            }
            Obj::Dict(_) => {
                return match table_remove(vm, r, index)? {
                    Some(_) => Ok(()),
                    None => Err(Exc::with_value(ExcKind::KeyError, index)),
                }
            }
            _ => {}
        }
    }
    Err(type_error(format!(
        "'{}' object doesn't support item deletion",
        vm.type_name(container)
    )))
}

// ---------------------------------------------------------------------------
// Length and iteration
// ---------------------------------------------------------------------------

/// Python `len(v)`.
pub fn len(vm: &mut Vm, v: Value) -> Res<usize> {
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::Str(s) => return Ok(s.chars),
            Obj::Bytes(b) => return Ok(b.len()),
            Obj::List(l) => return Ok(l.len()),
            Obj::Tuple(t) => return Ok(t.len()),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => return Ok(d.len()),
            Obj::Range(rg) => return Ok(rg.len() as usize),
            Obj::Instance(_) | Obj::Exception(_) => {
                if let Some(n) = call_dunder(vm, v, "__len__", &[])? {
                    let n = int_arg(vm, n)?;
                    if n < 0 {
                        return Err(value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
            }
            _ => {}
        }
    }
    Err(type_error(format!(
        "object of type '{}' has no len()",
        vm.type_name(v)
    )))
}

fn new_iter(vm: &mut Vm, it: IterObj) -> Value {
    vm.alloc(Obj::Iter(Box::new(it)))
}

/// Python `iter(v)`: an iterator over a builtin container, the object itself
/// for iterators and generators, `__iter__` for user objects.
pub fn get_iter(vm: &mut Vm, v: Value) -> Res<Value> {
    if let Value::Obj(r) = v {
        let it = match vm.heap.get(r) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) => IterObj::Seq { seq: v, index: 0 },
            Obj::Str(_) => IterObj::Str { s: v, offset: 0 },
            Obj::Range(rg) => IterObj::Range {
                next: rg.start,
                stop: rg.stop,
                step: rg.step,
            },
            Obj::Dict(_) => return Ok(dict_iter(vm, r, DictIterKind::Keys)),
            Obj::Set(_) | Obj::FrozenSet(_) => {
                let members = crate::objects::set::python_order(vm, r);
                let seq = vm.new_tuple(members);
                IterObj::Seq { seq, index: 0 }
            }
            Obj::Iter(_) | Obj::Generator(_) => return Ok(v),
            Obj::Instance(_) | Obj::Exception(_) | Obj::Channel(_) | Obj::Tasklet(_) => {
                if let Some(it) = call_dunder(vm, v, "__iter__", &[])? {
                    if !is_iterator(vm, it) {
                        return Err(type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            vm.type_name(it)
                        )));
                    }
                    return Ok(it);
                }
                if find_dunder(vm, v, "__getitem__").is_some() {
                    // The old sequence protocol: `v[0]`, `v[1]`, … until IndexError.
                    return native_instance(
                        vm,
                        "iterator",
                        &[("_seq", v), ("_index", Value::Int(0))],
                    );
                }
                return Err(not_iterable(vm, v));
            }
            _ => return Err(not_iterable(vm, v)),
        };
        return Ok(new_iter(vm, it));
    }
    Err(not_iterable(vm, v))
}

fn not_iterable(vm: &Vm, v: Value) -> Exc {
    type_error(format!("'{}' object is not iterable", vm.type_name(v)))
}

/// A dict iterator keeps the dict's size at its creation (plus one) in the
/// high half of its `index` and the entry position in the low half, so that
/// a change of size during iteration raises `RuntimeError` as in Python
/// (`IterObj` has no field for it).
const DICT_ITER_LEN_SHIFT: u32 = 32;
const DICT_ITER_POS_MASK: usize = (1 << DICT_ITER_LEN_SHIFT) - 1;

/// A dict iterator's `index` split into the dict size it expects (plus
/// one; 0 when unchecked) and its entry position.
pub(crate) fn dict_iter_parts(index: usize) -> (usize, usize) {
    (index >> DICT_ITER_LEN_SHIFT, index & DICT_ITER_POS_MASK)
}

/// `dict_iter_parts` inverted (an expected size too large to record is unchecked).
pub(crate) fn dict_iter_index(expected: usize, pos: usize) -> usize {
    let high = expected
        .checked_shl(DICT_ITER_LEN_SHIFT)
        .filter(|i| i >> DICT_ITER_LEN_SHIFT == expected)
        .unwrap_or(0);
    high | (pos & DICT_ITER_POS_MASK)
}

/// A new iterator over a dict's keys, values or items.
pub(crate) fn dict_iter(vm: &mut Vm, dict: ObjRef, kind: DictIterKind) -> Value {
    let len = match vm.heap.get(dict) {
        Obj::Dict(d) => d.len(),
        _ => 0,
    };
    let index = (len + 1)
        .checked_shl(DICT_ITER_LEN_SHIFT)
        .filter(|i| i >> DICT_ITER_LEN_SHIFT == len + 1)
        .unwrap_or(0);
    new_iter(
        vm,
        IterObj::Dict {
            dict: Value::Obj(dict),
            index,
            kind,
        },
    )
}

/// Whether `v` is an iterator (has a `__next__`).
pub(crate) fn is_iterator(vm: &mut Vm, v: Value) -> bool {
    match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Iter(_) | Obj::Generator(_)) => true,
        Some(Obj::Instance(_) | Obj::Exception(_) | Obj::Channel(_)) => {
            find_dunder(vm, v, "__next__").is_some()
        }
        _ => false,
    }
}

/// Whether advancing this iterator may run script code (generators, user
/// iterators), so that values collected from it need rooting.
pub(crate) fn may_run_code(vm: &Vm, it: Value) -> bool {
    match it.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Iter(i)) => match &**i {
            IterObj::Enumerate { inner, .. } => may_run_code(vm, *inner),
            IterObj::Zip { inners } => inners.iter().any(|i| may_run_code(vm, *i)),
            _ => false,
        },
        _ => true,
    }
}

/// Advances an iterator: `Some(value)`, or `None` when it is exhausted
/// (a `StopIteration` raised by a user `__next__` counts as exhaustion).
pub fn iter_next(vm: &mut Vm, it: Value) -> Res<Option<Value>> {
    let Value::Obj(r) = it else {
        return Err(not_iterator(vm, it));
    };
    match vm.heap.get(r) {
        Obj::Iter(_) => iter_obj_next(vm, r),
        Obj::Generator(_) => vm.gen_resume(r, Value::None),
        Obj::Instance(_) | Obj::Exception(_) | Obj::Channel(_) => {
            match call_dunder(vm, it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(not_iterator(vm, it)),
                Err(e) if exc_matches(vm, &e, ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            }
        }
        _ => Err(not_iterator(vm, it)),
    }
}

fn not_iterator(vm: &Vm, v: Value) -> Exc {
    type_error(format!("'{}' object is not an iterator", vm.type_name(v)))
}

fn iter_state(vm: &mut Vm, r: ObjRef) -> &mut IterObj {
    match vm.heap.get_mut(r) {
        Obj::Iter(i) => i,
        _ => unreachable!("not an iterator"),
    }
}

fn iter_obj_next(vm: &mut Vm, r: ObjRef) -> Res<Option<Value>> {
    let Obj::Iter(state) = vm.heap.get(r) else {
        unreachable!()
    };
    match &**state {
        IterObj::Seq { seq, index } => {
            let (seq, index) = (*seq, *index);
            let item = match seq.as_obj().map(|s| vm.heap.get(s)) {
                Some(Obj::List(l)) => l.get(index).copied(),
                Some(Obj::Tuple(t)) => t.get(index).copied(),
                Some(Obj::Bytes(b)) => b.get(index).map(|c| Value::Int(*c as i64)),
                _ => None,
            };
            if let IterObj::Seq { index, .. } = iter_state(vm, r) {
                *index += item.is_some() as usize;
            }
            Ok(item)
        }
        IterObj::Str { s, offset } => {
            let c = vm
                .str_of(*s)
                .and_then(|t| t.get(*offset..))
                .and_then(|t| t.chars().next());
            let Some(c) = c else {
                return Ok(None);
            };
            if let IterObj::Str { offset, .. } = iter_state(vm, r) {
                *offset += c.len_utf8();
            }
            Ok(Some(char_value(vm, c)))
        }
        IterObj::Range { next, stop, step } => {
            let (n, stop, step) = (*next, *stop, *step);
            if (step > 0 && n >= stop) || (step < 0 && n <= stop) {
                return Ok(None);
            }
            if let IterObj::Range { next, .. } = iter_state(vm, r) {
                *next = n.checked_add(step).unwrap_or(stop);
            }
            Ok(Some(Value::Int(n)))
        }
        IterObj::Dict { dict, index, kind } => {
            let (dict, index, kind) = (*dict, *index, *kind);
            let (expected, pos) = (index >> DICT_ITER_LEN_SHIFT, index & DICT_ITER_POS_MASK);
            let (found, len) = match dict.as_obj().map(|d| vm.heap.get(d)) {
                Some(Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d)) => (d.next_from(pos), d.len()),
                _ => (None, 0),
            };
            if expected != 0 && len + 1 != expected {
                if let IterObj::Dict { index, .. } = iter_state(vm, r) {
                    *index = DICT_ITER_POS_MASK;
                }
                return Err(Exc::pending(
                    ExcKind::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
            let Some((next, k, v)) = found else {
                return Ok(None);
            };
            if let IterObj::Dict { index, .. } = iter_state(vm, r) {
                *index = (expected << DICT_ITER_LEN_SHIFT) | next;
            }
            Ok(Some(match kind {
                DictIterKind::Keys => k,
                DictIterKind::Values => v,
                DictIterKind::Items => vm.new_tuple(vec![k, v]),
            }))
        }
        IterObj::Reversed { seq, next } => {
            let (seq, next) = (*seq, *next);
            if next == 0 {
                return Ok(None);
            }
            let item = match seq.as_obj().map(|s| vm.heap.get(s)) {
                Some(Obj::List(l)) => l.get(next - 1).copied(),
                Some(Obj::Tuple(t)) => t.get(next - 1).copied(),
                _ => None,
            };
            if let IterObj::Reversed { next, .. } = iter_state(vm, r) {
                *next = if item.is_some() { *next - 1 } else { 0 };
            }
            Ok(item)
        }
        IterObj::Enumerate { inner, count } => {
            let (inner, count) = (*inner, *count);
            let Some(v) = iter_next(vm, inner)? else {
                return Ok(None);
            };
            if let IterObj::Enumerate { count, .. } = iter_state(vm, r) {
                *count += 1;
            }
            Ok(Some(vm.new_tuple(vec![Value::Int(count), v])))
        }
        IterObj::Zip { inners } => {
            let inners = inners.clone();
            if inners.is_empty() {
                return Ok(None);
            }
            let roots = may_run_code(vm, Value::Obj(r)).then(|| Roots::new(vm));
            let res = (|| {
                let mut items = Vec::with_capacity(inners.len());
                for i in &inners {
                    match iter_next(vm, *i)? {
                        Some(v) => {
                            if let Some(roots) = &roots {
                                roots.push(vm, v);
                            }
                            items.push(v)
                        }
                        None => return Ok(None),
                    }
                }
                Ok(Some(vm.new_tuple(items)))
            })();
            if let Some(roots) = roots {
                roots.release(vm);
            }
            res
        }
    }
}

/// All the items of an iterable (a copy for lists and tuples).
pub fn to_vec(vm: &mut Vm, iterable: Value) -> Res<Vec<Value>> {
    if let Value::Obj(r) = iterable {
        match vm.heap.get(r) {
            Obj::List(l) => return Ok(l.clone()),
            Obj::Tuple(t) => return Ok(t.to_vec()),
            Obj::Dict(d) => return Ok(d.iter().map(|(k, _)| k).collect()),
            Obj::Set(_) | Obj::FrozenSet(_) => return Ok(crate::objects::set::python_order(vm, r)),
            Obj::Range(rg) => {
                let rg = (**rg).clone();
                return Ok((0..rg.len())
                    .map(|i| Value::Int(rg.start + i * rg.step))
                    .collect());
            }
            Obj::Str(s) => {
                let chars: Vec<char> = s.s.chars().collect();
                return Ok(chars.into_iter().map(|c| char_value(vm, c)).collect());
            }
            _ => {}
        }
    }
    let it = get_iter(vm, iterable)?;
    if !may_run_code(vm, it) {
        let mut out = Vec::new();
        while let Some(v) = iter_next(vm, it)? {
            out.push(v);
        }
        return Ok(out);
    }
    let roots = Roots::new(vm);
    roots.push(vm, it);
    let res: Res<()> = (|| {
        while let Some(v) = iter_next(vm, it)? {
            roots.push(vm, v);
        }
        Ok(())
    })();
    let mut out = roots.take(vm);
    roots.release(vm);
    res?;
    out.remove(0);
    Ok(out)
}

/// Python `format(v, spec)`: `__format__` of user objects, else the builtin
/// format-spec mini-language.
pub fn format_value(vm: &mut Vm, v: Value, spec: &str) -> Res<String> {
    if user_class(vm, v).is_some() {
        let s = vm.new_str(spec);
        if let Some(r) = call_dunder(vm, v, "__format__", &[s])? {
            return expect_str(vm, r, "__format__");
        }
        if !spec.is_empty() {
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(v)
            )));
        }
    }
    if spec.is_empty() {
        return str(vm, v);
    }
    format_builtin(vm, v, spec)
}

/// A new `str` value holding `s` (ASCII single characters are shared).
pub(crate) fn new_str(vm: &mut Vm, s: &str) -> Value {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii() => char_value(vm, c),
        _ => vm.alloc(Obj::Str(StrObj::new(s))),
    }
}

/// Helpers for the unit tests of the natives: calling builtins and methods directly.
#[cfg(test)]
pub(crate) mod test_util {
    use super::*;

    pub fn vm() -> Vm {
        Vm::new(vec!["test.sl".into()])
    }

    pub fn s(vm: &mut Vm, text: &str) -> Value {
        vm.new_str(text)
    }

    pub fn ints(vm: &mut Vm, items: &[i64]) -> Value {
        vm.new_list(items.iter().map(|i| Value::Int(*i)).collect())
    }

    fn call_native(vm: &mut Vm, f: Value, args: &[Value], kwargs: &[(&str, Value)]) -> Res<Value> {
        let kw: Vec<(Value, Value)> = kwargs.iter().map(|(k, v)| (vm.new_str(k), *v)).collect();
        let native = match f.as_obj().map(|r| vm.heap.get(r)) {
            Some(Obj::Native(n)) => n.f,
            _ => panic!("not a native"),
        };
        native(vm, args, &kw)
    }

    /// Calls a builtin function (or constructs a builtin type) by name.
    pub fn call(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(&str, Value)]) -> Res<Value> {
        let f = vm.dict_get_str(vm.builtins, name).expect("builtin");
        if let Value::Obj(r) = f {
            if let Obj::Class(_) = vm.heap.get(r) {
                let kw: Vec<(Value, Value)> =
                    kwargs.iter().map(|(k, v)| (vm.new_str(k), *v)).collect();
                return crate::modules::builtins::construct(vm, r, args, &kw)
                    .map(|v| v.expect("a builtin type"));
            }
        }
        call_native(vm, f, args, kwargs)
    }

    /// Calls a native method of a value's class.
    pub fn meth(
        vm: &mut Vm,
        obj: Value,
        name: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> Res<Value> {
        let class = vm.type_of(obj);
        let key = Value::Obj(vm.intern(name));
        let f = vm.lookup_in_class(class, key).expect("method");
        let mut full = vec![obj];
        full.extend_from_slice(args);
        call_native(vm, f, &full, kwargs)
    }

    /// A function of a builtin module.
    pub fn module_fn(vm: &mut Vm, module: &str, name: &str, args: &[Value]) -> Res<Value> {
        let m = vm.dict_get_str(vm.modules, module).expect("module");
        let Some(Obj::Module(m)) = m.as_obj().map(|r| vm.heap.get(r)) else {
            panic!("not a module")
        };
        let f = vm.dict_get_str(m.dict, name).expect("function");
        call_native(vm, f, args, &[])
    }

    pub fn rp(vm: &mut Vm, v: Value) -> String {
        repr(vm, v).expect("repr")
    }

    /// `repr` of a result, or `Kind: message` of its exception.
    pub fn show(vm: &mut Vm, r: Res<Value>) -> String {
        match r {
            Ok(v) => rp(vm, v),
            Err(e) => {
                let e = vm.exc_object(e);
                let name = vm.type_name(Value::Obj(e));
                let msg = str(vm, Value::Obj(e)).expect("str");
                format!("{name}: {msg}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::*;
    use super::*;

    fn bin(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> String {
        let r = binary(vm, op, a, b);
        show(vm, r)
    }

    #[test]
    fn repr_of_containers() {
        let mut vm = vm();
        let vm = &mut vm;
        let a = s(vm, "a");
        let inner = vm.new_list(vec![Value::Int(2), a]);
        let one = vm.new_tuple(vec![Value::Int(3)]);
        let d = vm.new_dict();
        let k = s(vm, "k");
        vm.dict_set(d, k, Value::None).unwrap();
        let empty_set = crate::objects::set::new_set(vm, None, false).unwrap();
        let pair = ints(vm, &[1, 2]);
        let fs = crate::objects::set::new_set(vm, Some(pair), true).unwrap();
        let l = vm.new_list(vec![
            Value::Int(1),
            inner,
            one,
            Value::Obj(d),
            empty_set,
            fs,
            Value::Float(1.5),
            Value::Float(1e16),
            Value::Float(-0.0),
            Value::Float(f64::INFINITY),
            Value::Bool(true),
            Value::Ellipsis,
        ]);
        assert_eq!(
            rp(vm, l),
            "[1, [2, 'a'], (3,), {'k': None}, set(), frozenset({1, 2}), 1.5, 1e+16, -0.0, inf, True, Ellipsis]"
        );
        let rec = vm.new_list(vec![]);
        if let Obj::List(items) = vm.heap.get_mut(rec.as_obj().unwrap()) {
            items.push(rec);
        }
        assert_eq!(rp(vm, rec), "[[...]]");
        let t = vm.new_tuple(vec![]);
        assert_eq!(rp(vm, t), "()");
        let q = s(vm, "it's \"x\"\n\u{e9}\u{7f}");
        assert_eq!(rp(vm, q), r#"'it\'s "x"\né\x7f'"#);
    }

    #[test]
    fn int_arithmetic() {
        let mut vm = vm();
        let vm = &mut vm;
        let max = Value::Int(i64::MAX);
        assert_eq!(
            bin(vm, BinOp::Add, max, Value::Int(1)),
            "9223372036854775808"
        );
        let big = binary(vm, BinOp::Add, max, Value::Int(1)).unwrap();
        let back = binary(vm, BinOp::Sub, big, Value::Int(1)).unwrap();
        assert!(matches!(back, Value::Int(i64::MAX)));
        assert_eq!(
            bin(vm, BinOp::Pow, Value::Int(2), Value::Int(100)),
            "1267650600228229401496703205376"
        );
        assert_eq!(
            bin(vm, BinOp::FloorDiv, Value::Int(-7), Value::Int(2)),
            "-4"
        );
        assert_eq!(bin(vm, BinOp::Mod, Value::Int(-7), Value::Int(2)), "1");
        assert_eq!(bin(vm, BinOp::Mod, Value::Int(7), Value::Int(-2)), "-1");
        assert_eq!(bin(vm, BinOp::Div, Value::Int(7), Value::Int(2)), "3.5");
        assert_eq!(bin(vm, BinOp::Pow, Value::Int(2), Value::Int(-1)), "0.5");
        assert_eq!(
            bin(vm, BinOp::LShift, Value::Int(1), Value::Int(70)),
            "1180591620717411303424"
        );
        assert_eq!(bin(vm, BinOp::RShift, Value::Int(-5), Value::Int(1)), "-3");
        let b = binary(vm, BinOp::Pow, Value::Int(-3), Value::Int(41)).unwrap();
        assert_eq!(
            bin(vm, BinOp::RShift, b, Value::Int(3)),
            "-4559124547146348301"
        );
        assert_eq!(
            bin(vm, BinOp::FloorDiv, b, Value::Int(7)),
            "-5210428053881540915"
        );
        assert_eq!(bin(vm, BinOp::BitAnd, b, Value::Int(0xffff)), "18333");
        assert_eq!(
            bin(vm, BinOp::Div, b, Value::Int(3)),
            "-1.2157665459056929e+19"
        );
        assert_eq!(
            bin(vm, BinOp::BitAnd, Value::Bool(true), Value::Bool(false)),
            "False"
        );
        assert_eq!(
            bin(vm, BinOp::Add, Value::Bool(true), Value::Bool(true)),
            "2"
        );
        assert_eq!(
            bin(vm, BinOp::Mul, Value::Int(i64::MIN), Value::Int(-1)),
            "9223372036854775808"
        );
        assert_eq!(
            bin(vm, BinOp::FloorDiv, Value::Int(i64::MIN), Value::Int(-1)),
            "9223372036854775808"
        );
        let u = unary(vm, UnaryOp::Neg, Value::Int(i64::MIN));
        assert_eq!(show(vm, u), "9223372036854775808");
        let u = unary(vm, UnaryOp::Invert, Value::Int(5));
        assert_eq!(show(vm, u), "-6");
    }

    #[test]
    fn float_arithmetic_and_errors() {
        let mut vm = vm();
        let vm = &mut vm;
        assert_eq!(
            bin(vm, BinOp::Mod, Value::Float(-7.5), Value::Int(2)),
            "0.5"
        );
        assert_eq!(
            bin(vm, BinOp::FloorDiv, Value::Float(7.5), Value::Int(-2)),
            "-4.0"
        );
        assert_eq!(
            bin(vm, BinOp::Add, Value::Float(0.1), Value::Float(0.2)),
            "0.30000000000000004"
        );
        assert_eq!(
            bin(vm, BinOp::Div, Value::Int(1), Value::Int(0)),
            "ZeroDivisionError: division by zero"
        );
        assert_eq!(
            bin(vm, BinOp::Div, Value::Float(1.0), Value::Int(0)),
            "ZeroDivisionError: float division by zero"
        );
        assert_eq!(
            bin(vm, BinOp::FloorDiv, Value::Int(1), Value::Int(0)),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            bin(vm, BinOp::Mod, Value::Int(1), Value::Int(0)),
            "ZeroDivisionError: integer division or modulo by zero"
        );
        assert_eq!(
            bin(vm, BinOp::Mod, Value::Float(1.0), Value::Int(0)),
            "ZeroDivisionError: float modulo"
        );
        assert_eq!(
            bin(vm, BinOp::FloorDiv, Value::Float(1.0), Value::Int(0)),
            "ZeroDivisionError: float divmod()"
        );
        assert_eq!(
            bin(vm, BinOp::Pow, Value::Int(0), Value::Int(-1)),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power"
        );
        assert_eq!(
            bin(vm, BinOp::Pow, Value::Float(10.0), Value::Int(400)),
            "OverflowError: (34, 'Numerical result out of range')"
        );
        assert_eq!(
            bin(vm, BinOp::LShift, Value::Int(1), Value::Int(-1)),
            "ValueError: negative shift count"
        );
    }

    #[test]
    fn operator_type_errors() {
        let mut vm = vm();
        let vm = &mut vm;
        let a = s(vm, "a");
        let l = ints(vm, &[1]);
        let t = vm.new_tuple(vec![Value::Int(1)]);
        assert_eq!(
            bin(vm, BinOp::Add, Value::Int(1), a),
            "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
        );
        assert_eq!(
            bin(vm, BinOp::Add, a, Value::Int(1)),
            "TypeError: can only concatenate str (not \"int\") to str"
        );
        assert_eq!(
            bin(vm, BinOp::Add, l, t),
            "TypeError: can only concatenate list (not \"tuple\") to list"
        );
        assert_eq!(
            bin(vm, BinOp::Mul, l, Value::Float(1.5)),
            "TypeError: can't multiply sequence by non-int of type 'float'"
        );
        assert_eq!(
            bin(vm, BinOp::Pow, a, a),
            "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'str'"
        );
        let r = inplace(vm, BinOp::Sub, Value::Int(1), a);
        assert_eq!(
            show(vm, r),
            "TypeError: unsupported operand type(s) for -=: 'int' and 'str'"
        );
        let r = unary(vm, UnaryOp::Neg, a);
        assert_eq!(
            show(vm, r),
            "TypeError: bad operand type for unary -: 'str'"
        );
        let r = compare(vm, CmpOp::Lt, Value::Int(1), a);
        assert_eq!(
            show(vm, r),
            "TypeError: '<' not supported between instances of 'int' and 'str'"
        );
    }

    #[test]
    fn sequences_and_strings() {
        let mut vm = vm();
        let vm = &mut vm;
        let ab = s(vm, "ab");
        assert_eq!(bin(vm, BinOp::Mul, ab, Value::Int(3)), "'ababab'");
        let l = ints(vm, &[1, 2]);
        assert_eq!(bin(vm, BinOp::Mul, Value::Int(2), l), "[1, 2, 1, 2]");
        let fmt = s(vm, "%5.2f|%-4d|%x|%s|%r|%05d");
        let x = s(vm, "x");
        let args = vm.new_tuple(vec![
            Value::Float(1.23456),
            Value::Int(7),
            Value::Int(255),
            x,
            x,
            Value::Int(-42),
        ]);
        assert_eq!(
            bin(vm, BinOp::Mod, fmt, args),
            "\" 1.23|7   |ff|x|'x'|-0042\""
        );
        let r = inplace(vm, BinOp::Add, l, ab);
        assert_eq!(show(vm, r), "[1, 2, 'a', 'b']");
        assert_eq!(rp(vm, l), "[1, 2, 'a', 'b']");
    }

    #[test]
    fn comparisons() {
        let mut vm = vm();
        let vm = &mut vm;
        let cmp = |vm: &mut Vm, op, a, b| {
            let r = compare(vm, op, a, b);
            show(vm, r)
        };
        assert_eq!(cmp(vm, CmpOp::Lt, Value::Int(1), Value::Float(2.5)), "True");
        assert_eq!(cmp(vm, CmpOp::Eq, Value::Int(1), Value::Float(1.0)), "True");
        assert_eq!(cmp(vm, CmpOp::Eq, Value::Bool(true), Value::Int(1)), "True");
        let big = binary(vm, BinOp::Pow, Value::Int(2), Value::Int(53)).unwrap();
        let big1 = binary(vm, BinOp::Add, big, Value::Int(1)).unwrap();
        assert_eq!(
            cmp(vm, CmpOp::Eq, big1, Value::Float(9007199254740992.0)),
            "False"
        );
        assert_eq!(
            cmp(vm, CmpOp::Gt, big1, Value::Float(9007199254740992.0)),
            "True"
        );
        let a = ints(vm, &[1, 2]);
        let b = ints(vm, &[1, 3]);
        let c = ints(vm, &[1, 2]);
        assert_eq!(cmp(vm, CmpOp::Lt, a, b), "True");
        assert_eq!(cmp(vm, CmpOp::Eq, a, c), "True");
        assert_eq!(cmp(vm, CmpOp::Is, a, c), "False");
        let nan = Value::Float(f64::NAN);
        let n1 = vm.new_list(vec![nan]);
        let n2 = vm.new_list(vec![nan]);
        assert_eq!(cmp(vm, CmpOp::Eq, n1, n2), "True");
        assert_eq!(cmp(vm, CmpOp::Eq, nan, nan), "False");
        let x = s(vm, "abc");
        let y = s(vm, "abd");
        assert_eq!(cmp(vm, CmpOp::Lt, x, y), "True");
        let sub = s(vm, "bc");
        assert_eq!(cmp(vm, CmpOp::In, sub, x), "True");
        let s1 = crate::objects::set::new_set(vm, Some(a), false).unwrap();
        let l3 = ints(vm, &[1, 2, 3]);
        let s2 = crate::objects::set::new_set(vm, Some(l3), true).unwrap();
        assert_eq!(cmp(vm, CmpOp::LtE, s1, s2), "True");
        assert_eq!(cmp(vm, CmpOp::Lt, s2, s1), "False");
        let rg =
            crate::objects::range::range_new(vm, &[Value::Int(0), Value::Int(10), Value::Int(3)])
                .unwrap();
        assert_eq!(cmp(vm, CmpOp::In, Value::Int(9), rg), "True");
        assert_eq!(cmp(vm, CmpOp::In, Value::Int(8), rg), "False");
        let none_l = vm.new_list(vec![Value::None]);
        let one_l = ints(vm, &[1]);
        assert_eq!(
            cmp(vm, CmpOp::Lt, one_l, none_l),
            "TypeError: '<' not supported between instances of 'int' and 'NoneType'"
        );
    }

    #[test]
    fn items_and_slices() {
        let mut vm = vm();
        let vm = &mut vm;
        let get = |vm: &mut Vm, c, i| {
            let r = get_item(vm, c, i);
            show(vm, r)
        };
        let sl =
            |vm: &mut Vm, a: Value, b: Value, c: Value| vm.alloc(Obj::Slice(Box::new([a, b, c])));
        let h = s(vm, "hello");
        let rev = sl(vm, Value::None, Value::None, Value::Int(-1));
        assert_eq!(get(vm, h, rev), "'olleh'");
        assert_eq!(get(vm, h, Value::Int(-1)), "'o'");
        assert_eq!(
            get(vm, h, Value::Int(5)),
            "IndexError: string index out of range"
        );
        assert_eq!(
            get(vm, h, Value::Float(1.0)),
            "TypeError: string indices must be integers"
        );
        let l = ints(vm, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        let s2 = sl(vm, Value::Int(2), Value::Int(8), Value::Int(3));
        assert_eq!(get(vm, l, s2), "[2, 5]");
        let s3 = sl(vm, Value::Int(-3), Value::None, Value::None);
        assert_eq!(get(vm, l, s3), "[7, 8, 9]");
        let s4 = sl(vm, Value::Int(8), Value::Int(2), Value::Int(-2));
        assert_eq!(get(vm, l, s4), "[8, 6, 4]");
        let key = s(vm, "x");
        assert_eq!(
            get(vm, l, key),
            "TypeError: list indices must be integers or slices, not str"
        );
        assert_eq!(
            get(vm, Value::Int(1), key),
            "TypeError: 'int' object is not subscriptable"
        );
        let rg = crate::objects::range::range_new(vm, &[Value::Int(10)]).unwrap();
        let step2 = sl(vm, Value::None, Value::None, Value::Int(2));
        assert_eq!(get(vm, rg, step2), "range(0, 10, 2)");
        assert_eq!(get(vm, rg, Value::Int(-1)), "9");
        // slice assignment and deletion
        let repl = ints(vm, &[100, 200, 300]);
        let s5 = sl(vm, Value::Int(1), Value::Int(3), Value::None);
        set_item(vm, l, s5, repl).unwrap();
        assert_eq!(rp(vm, l), "[0, 100, 200, 300, 3, 4, 5, 6, 7, 8, 9]");
        let ext = sl(vm, Value::None, Value::None, Value::Int(2));
        let short = ints(vm, &[1]);
        let r = set_item(vm, l, ext, short).map(|_| Value::None);
        assert_eq!(
            show(vm, r),
            "ValueError: attempt to assign sequence of size 1 to extended slice of size 6"
        );
        del_item(vm, l, ext).unwrap();
        assert_eq!(rp(vm, l), "[100, 300, 4, 6, 8]");
        let t = vm.new_tuple(vec![Value::Int(1)]);
        let r = set_item(vm, t, Value::Int(0), Value::Int(2)).map(|_| Value::None);
        assert_eq!(
            show(vm, r),
            "TypeError: 'tuple' object does not support item assignment"
        );
        let d = vm.new_dict();
        let r = get_item(vm, Value::Obj(d), key);
        assert_eq!(show(vm, r), "KeyError: 'x'");
    }

    #[test]
    fn truth_len_hash_iteration() {
        let mut vm = vm();
        let vm = &mut vm;
        let empty = s(vm, "");
        assert!(!truthy(vm, empty).unwrap());
        assert!(truthy(vm, Value::Float(0.5)).unwrap());
        let r = len(vm, Value::Int(3)).map(|n| Value::Int(n as i64));
        assert_eq!(show(vm, r), "TypeError: object of type 'int' has no len()");
        assert_eq!(hash(vm, Value::Int(-1)).unwrap(), -2);
        assert_eq!(
            hash(vm, Value::Float(1.0)).unwrap(),
            hash(vm, Value::Bool(true)).unwrap()
        );
        let l = ints(vm, &[1]);
        let r = hash(vm, l).map(Value::Int);
        assert_eq!(show(vm, r), "TypeError: unhashable type: 'list'");
        let word = s(vm, "h\u{e9}!");
        let items = to_vec(vm, word).unwrap();
        let items = vm.new_list(items);
        assert_eq!(rp(vm, items), "['h', 'é', '!']");
        let it = get_iter(vm, l).unwrap();
        assert!(iter_next(vm, it).unwrap().is_some());
        assert!(iter_next(vm, it).unwrap().is_none());
        assert!(rp(vm, it).starts_with("<list_iterator object at 0x"));
        let r = get_iter(vm, Value::Int(1));
        assert_eq!(show(vm, r), "TypeError: 'int' object is not iterable");
    }

    #[test]
    fn exceptions_repr_and_str() {
        let mut vm = vm();
        let vm = &mut vm;
        let k = s(vm, "k");
        let ke = vm.exc_class(ExcKind::KeyError);
        let e = vm.new_exception(ke, vec![k]);
        assert_eq!(rp(vm, Value::Obj(e)), "KeyError('k')");
        assert_eq!(str(vm, Value::Obj(e)).unwrap(), "'k'");
        let ve = vm.exc_class(ExcKind::ValueError);
        let e = vm.new_exception(ve, vec![]);
        assert_eq!(rp(vm, Value::Obj(e)), "ValueError()");
        assert_eq!(str(vm, Value::Obj(e)).unwrap(), "");
        let e = vm.new_exception(ve, vec![Value::Int(1), k]);
        assert_eq!(rp(vm, Value::Obj(e)), "ValueError(1, 'k')");
        assert_eq!(str(vm, Value::Obj(e)).unwrap(), "(1, 'k')");
        assert_eq!(rp(vm, Value::Obj(ve)), "<class 'ValueError'>");
        let int = Value::Obj(vm.types.int);
        assert_eq!(rp(vm, int), "<class 'int'>");
        let m = vm.dict_get_str(vm.modules, "sys").unwrap();
        assert_eq!(rp(vm, m), "<module 'sys' (built-in)>");
        let len = vm.dict_get_str(vm.builtins, "len").unwrap();
        assert_eq!(rp(vm, len), "<built-in function len>");
    }

    #[test]
    fn format_specs() {
        let mut vm = vm();
        let vm = &mut vm;
        let cases: &[(Value, &str, &str)] = &[
            (Value::Int(42), "5d", "   42"),
            (Value::Int(42), "<5", "42   "),
            (Value::Int(42), "^5", " 42  "),
            (Value::Int(42), "05d", "00042"),
            (Value::Int(255), "#x", "0xff"),
            (Value::Int(42), "b", "101010"),
            (Value::Int(1234567), ",", "1,234,567"),
            (Value::Int(42), "+d", "+42"),
            (Value::Float(1.23456), ".2f", "1.23"),
            (Value::Float(1.23456), "8.3f", "   1.235"),
            (Value::Float(1.23456), "e", "1.234560e+00"),
            (Value::Float(1.23456), "g", "1.23456"),
            (Value::Float(1e20), "g", "1e+20"),
            (Value::Float(0.0001), "g", "0.0001"),
            (Value::Float(0.5), ".0%", "50%"),
            (Value::Float(1234567.891), ",.2f", "1,234,567.89"),
        ];
        for (v, spec, want) in cases {
            assert_eq!(format_value(vm, *v, spec).unwrap(), *want, "spec {spec}");
        }
        let mid = s(vm, "mid");
        assert_eq!(format_value(vm, mid, "*^9").unwrap(), "***mid***");
    }
}
