//! The unpickler: runs a pickle body on a value stack, builds the objects, and checks every restored tasklet, generator and channel before handing anything back.
//!
//! It is a loop over opcodes (no recursion on the input), each of which
//! consumes input, so it ends; lengths are checked against the input left
//! and counts against the values present, so memory stays proportional to
//! the input. Only objects this pickle made can be filled (`fresh`), and
//! each tasklet, generator and channel only once, so a pickle cannot
//! rewrite live objects it names (`GLOBAL stackless main`, or what a
//! `REDUCE` callable returns). A tasklet's or generator's frames are
//! checked against the verified shapes of their code as soon as they are
//! restored, before any user code (`REDUCE`, `__setstate__`) could resume
//! them; what spans several objects (a running generator belongs to
//! exactly one restored tasklet, queued tasklets are blocked in a call) is
//! checked at the end. If any check fails, the restored tasklets and
//! generators are made inert (dead, finished) and `UnpicklingError` is raised.

use hashbrown::HashSet;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::compile::code::{Code, CodeKind};
use crate::objects::exception::{ExcObj, TbEntry};
use crate::objects::iter::{DictIterKind, IterObj};
use crate::objects::{FunctionObj, GenObj, GenState, InstanceObj, Layout, Obj, RangeObj};
use crate::pickle::frames::{check_fiber, check_generator, read_head, FrameHead};
use crate::pickle::wire::{Bad, In};
use crate::pickle::{find_global, iter_tag, op, pickle_error, MAGIC, VERSION};
use crate::tasklets::tasklet::{Place, Resume, TaskletObj};
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::frame::{Cont, Fiber, Frame};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Subclassed, Vm};

/// Why reading stopped: malformed input, or an exception (from user code
/// run by `REDUCE`/`__setstate__`, or a name that is not found).
enum Fail {
    Bad(String),
    Exc(Exc),
}

impl From<Bad> for Fail {
    fn from(b: Bad) -> Fail {
        Fail::Bad(b.0)
    }
}

impl From<Exc> for Fail {
    fn from(e: Exc) -> Fail {
        Fail::Exc(e)
    }
}

type R<T> = Result<T, Fail>;

fn bad<T>(msg: impl Into<String>) -> R<T> {
    Err(Fail::Bad(msg.into()))
}

/// `pickle.loads(data)`.
pub fn loads(vm: &mut Vm, data: &[u8]) -> Res<Value> {
    // Values held here are not roots: no collection (and no tasklet switch)
    // may happen until reading is over, as for a native waiting on a nested run.
    vm.nested_runs += 1;
    let result = read_all(vm, data);
    vm.nested_runs -= 1;
    result.map_err(|f| match f {
        Fail::Bad(msg) => pickle_error(vm, "UnpicklingError", msg),
        Fail::Exc(e) => e,
    })
}

/// The length of the pickle that `head` starts: its header's length plus
/// the body length it declares. `None` if `head` is too short to tell;
/// `UnpicklingError` if it is not a pickle of this version.
pub fn pickle_len(vm: &mut Vm, head: &[u8]) -> Res<Option<usize>> {
    let checked = || -> Result<Option<usize>, Bad> {
        let n = head.len().min(MAGIC.len());
        if head[..n] != MAGIC[..n] {
            return Err(Bad::new("not a Slate pickle (bad magic number)"));
        }
        let Some(version) = head.get(MAGIC.len()) else {
            return Ok(None);
        };
        if *version != VERSION {
            return Err(Bad::new(format!(
                "unsupported pickle version {version} (this Slate reads version {VERSION})"
            )));
        }
        let mut inp = In::new(&head[MAGIC.len() + 1..]);
        match inp.varint() {
            Ok(len) => {
                let at = head.len() - inp.remaining();
                usize::try_from(len)
                    .ok()
                    .and_then(|l| l.checked_add(at))
                    .map(Some)
                    .ok_or_else(|| Bad::new("pickle length too large"))
            }
            Err(_) if head.len() < MAGIC.len() + 11 => Ok(None),
            Err(e) => Err(e),
        }
    };
    checked().map_err(|b| pickle_error(vm, "UnpicklingError", b.0))
}

fn read_all(vm: &mut Vm, data: &[u8]) -> R<Value> {
    if data.is_empty() {
        return Err(Fail::Exc(Exc::pending(
            ExcKind::EOFError,
            "Ran out of input",
        )));
    }
    let total = match pickle_len(vm, data) {
        Ok(Some(n)) => n,
        Ok(None) => return bad("pickle data was truncated"),
        Err(e) => return Err(Fail::Exc(e)),
    };
    if data.len() < total {
        return bad("pickle data was truncated");
    }
    if data.len() > total {
        return bad(format!(
            "{} bytes of unexpected data after the pickle",
            data.len() - total
        ));
    }
    // The body follows the header: magic, version, length.
    let body_len = {
        let mut inp = In::new(&data[MAGIC.len() + 1..]);
        inp.varint()?;
        inp.remaining()
    };
    let mut r = Reader {
        vm,
        inp: In::new(&data[data.len() - body_len..]),
        stack: Vec::with_capacity(64),
        memo: Vec::with_capacity(64),
        fresh: HashSet::with_capacity(64),
        reduced: HashSet::new(),
        built: HashSet::new(),
        tasklets: Vec::new(),
        generators: Vec::new(),
        running: Vec::new(),
    };
    let result = r.run().and_then(|v| r.check().map(|()| v));
    if result.is_err() {
        r.disarm();
    }
    result
}

struct Reader<'a, 'v> {
    vm: &'v mut Vm,
    inp: In<'a>,
    stack: Vec<Value>,
    memo: Vec<Value>,
    /// Objects this pickle made: the only ones it may fill.
    fresh: HashSet<ObjRef>,
    /// What `REDUCE` callables returned: `BUILD` may give them their state.
    reduced: HashSet<ObjRef>,
    /// Tasklets, generators and channels already given their state.
    built: HashSet<ObjRef>,
    tasklets: Vec<ObjRef>,
    generators: Vec<ObjRef>,
    /// The generators whose frames the restored tasklets run.
    running: Vec<ObjRef>,
}

impl Reader<'_, '_> {
    fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    /// Pushes a new object and gives it the next memo index.
    fn made(&mut self, v: Value) {
        if let Value::Obj(r) = v {
            self.fresh.insert(r);
        }
        self.memo.push(v);
        self.stack.push(v);
    }

    fn alloc(&mut self, obj: Obj) -> Value {
        let v = self.vm.alloc(obj);
        self.made(v);
        v
    }

    fn pop(&mut self) -> R<Value> {
        match self.stack.pop() {
            Some(v) => Ok(v),
            None => bad("pickle stack underflow"),
        }
    }

    /// Pops a value that is not the unbound marker.
    fn pop_value(&mut self) -> R<Value> {
        match self.pop()? {
            Value::Undef => bad("unbound value outside a frame"),
            v => Ok(v),
        }
    }

    fn pop_n(&mut self, n: usize) -> R<Vec<Value>> {
        if n > self.stack.len() {
            return bad("pickle stack underflow");
        }
        Ok(self.stack.split_off(self.stack.len() - n))
    }

    /// Pops `n` values that are not the unbound marker.
    fn pop_values(&mut self, n: usize) -> R<Vec<Value>> {
        let vs = self.pop_n(n)?;
        if vs.iter().any(|v| matches!(v, Value::Undef)) {
            return bad("unbound value outside a frame");
        }
        Ok(vs)
    }

    fn top(&self) -> R<Value> {
        match self.stack.last() {
            Some(v) => Ok(*v),
            None => bad("pickle stack underflow"),
        }
    }

    /// The object on top, which this pickle made and `ok` accepts.
    fn target(&self, what: &str, ok: fn(&Obj) -> bool) -> R<ObjRef> {
        match self.top()? {
            Value::Obj(r) if self.fresh.contains(&r) && ok(self.vm.heap.get(r)) => Ok(r),
            _ => bad(format!("{what} applied to the wrong object")),
        }
    }

    /// The object on top, for an opcode that gives it its state once.
    fn target_once(&mut self, what: &str, ok: fn(&Obj) -> bool) -> R<ObjRef> {
        let r = self.target(what, ok)?;
        if !self.built.insert(r) {
            return bad(format!("{what} applied twice"));
        }
        Ok(r)
    }

    fn obj_of(&self, v: Value) -> Option<&Obj> {
        v.as_obj().map(|r| self.vm.heap.get(r))
    }

    fn str_value(&self, v: Value, what: &str) -> R<String> {
        match self.vm.str_of(v) {
            Some(s) => Ok(s.to_string()),
            None => bad(format!("{what} is not a string")),
        }
    }

    fn tuple_items(&self, v: Value, what: &str) -> R<Vec<Value>> {
        match self.obj_of(v) {
            Some(Obj::Tuple(t)) => Ok(t.to_vec()),
            _ => bad(format!("{what} is not a tuple")),
        }
    }

    fn code_of(&self, v: Value) -> R<Rc<Code>> {
        match self.obj_of(v) {
            Some(Obj::Code(c)) => Ok(c.clone()),
            _ => bad("expected a code object"),
        }
    }

    fn dict_ref(&self, v: Value, what: &str) -> R<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.vm.heap.get(r), Obj::Dict(_)) => Ok(r),
            _ => bad(format!("{what} is not a dict")),
        }
    }

    fn opt_dict(&self, v: Value, what: &str) -> R<Option<ObjRef>> {
        if v.is_none() {
            Ok(None)
        } else {
            self.dict_ref(v, what).map(Some)
        }
    }

    fn class_ref(&self, v: Value, what: &str) -> R<ObjRef> {
        match v {
            Value::Obj(r) if matches!(self.vm.heap.get(r), Obj::Class(_)) => Ok(r),
            _ => bad(format!("{what} is not a class")),
        }
    }

    fn run(&mut self) -> R<Value> {
        loop {
            match self.inp.u8()? {
                op::STOP => break,
                op::NONE => self.push(Value::None),
                op::TRUE => self.push(Value::Bool(true)),
                op::FALSE => self.push(Value::Bool(false)),
                op::ELLIPSIS => self.push(Value::Ellipsis),
                op::NOT_IMPLEMENTED => self.push(Value::NotImplemented),
                op::UNDEF => self.push(Value::Undef),
                op::INT => {
                    let i = self.inp.zigzag()?;
                    self.push(Value::Int(i));
                }
                op::FLOAT => {
                    let f = self.inp.f64()?;
                    self.push(Value::Float(f));
                }
                op::GET => {
                    let id = self.inp.varint()?;
                    match usize::try_from(id).ok().and_then(|i| self.memo.get(i)) {
                        Some(v) => self.stack.push(*v),
                        None => return bad(format!("memo index {id} not defined")),
                    }
                }
                op::POP => {
                    let n = self.inp.small()?;
                    self.pop_n(n)?;
                }
                op::STR => {
                    let s = self.inp.str()?;
                    let v = self.vm.new_str(s);
                    self.made(v);
                }
                op::BYTES => {
                    let b = self.inp.bytes()?;
                    let v = crate::objects::bytes::new_bytes(self.vm, b);
                    self.made(v);
                }
                op::BIGINT => {
                    let b = self.inp.bytes()?;
                    let v = self.vm.new_int(BigInt::from_signed_bytes_le(b));
                    self.memo.push(v);
                    self.push(v);
                }
                op::TUPLE => {
                    let n = self.inp.small()?;
                    let items = self.pop_values(n)?;
                    self.alloc(Obj::Tuple(items.into_boxed_slice()));
                }
                op::LIST => {
                    self.alloc(Obj::List(Vec::new()));
                }
                op::DICT => {
                    self.alloc(Obj::Dict(Box::default()));
                }
                op::SET => {
                    self.alloc(Obj::Set(Box::default()));
                }
                op::APPEND => {
                    let n = self.inp.small()?;
                    let items = self.pop_values(n)?;
                    let l = self.target("APPEND", |o| matches!(o, Obj::List(_)))?;
                    if let Obj::List(v) = self.vm.heap.get_mut(l) {
                        v.extend(items);
                    }
                }
                op::SETITEMS => {
                    let n = self.inp.small()?;
                    let items = self.pop_values(n.saturating_mul(2))?;
                    let d = self.target("SETITEMS", |o| matches!(o, Obj::Dict(_)))?;
                    for kv in items.chunks(2) {
                        self.vm.dict_set(d, kv[0], kv[1])?;
                    }
                }
                op::ADD => {
                    let n = self.inp.small()?;
                    let items = self.pop_values(n)?;
                    let s = self.target("ADD", |o| matches!(o, Obj::Set(_)))?;
                    for item in items {
                        self.vm.dict_set(s, item, Value::None)?;
                    }
                }
                op::FROZENSET => {
                    let n = self.inp.small()?;
                    let items = self.pop_values(n)?;
                    let s = self.vm.heap.alloc(Obj::FrozenSet(Box::default()));
                    for item in items {
                        self.vm.dict_set(s, item, Value::None)?;
                    }
                    self.made(Value::Obj(s));
                }
                op::RANGE => {
                    let (start, stop, step) =
                        (self.inp.zigzag()?, self.inp.zigzag()?, self.inp.zigzag()?);
                    if step == 0 {
                        return bad("range step is zero");
                    }
                    self.alloc(Obj::Range(Box::new(RangeObj { start, stop, step })));
                }
                op::SLICE => {
                    let p = self.pop_values(3)?;
                    self.alloc(Obj::Slice(Box::new([p[0], p[1], p[2]])));
                }
                op::CELL => {
                    self.alloc(Obj::Cell(Value::Undef));
                }
                op::CELL_SET => {
                    let v = self.pop()?;
                    let c = self.target("CELL_SET", |o| matches!(o, Obj::Cell(_)))?;
                    *self.vm.heap.get_mut(c) = Obj::Cell(v);
                }
                op::GLOBAL => self.global()?,
                op::MODULE => {
                    let name = self.pop_value()?;
                    let name = self.str_value(name, "module name")?;
                    let m = self.module(&name)?;
                    self.memo.push(m);
                    self.push(m);
                }
                op::GLOBALS => {
                    let m = self.pop_value()?;
                    let Some(Obj::Module(md)) = self.obj_of(m) else {
                        return bad("GLOBALS of something that is not a module");
                    };
                    let d = Value::Obj(md.dict);
                    self.memo.push(d);
                    self.push(d);
                }
                op::INSTANCE => {
                    let class = self.pop_value()?;
                    let class = self.class_ref(class, "INSTANCE class")?;
                    if !matches!(
                        self.vm.class(class).layout,
                        Layout::Object | Layout::Iterator
                    ) {
                        return bad("INSTANCE of a class that has a builtin layout");
                    }
                    let dict = self.vm.new_dict();
                    self.alloc(Obj::Instance(InstanceObj { class, dict }));
                }
                op::BUILD => {
                    let state = self.pop_value()?;
                    let target = match self.top()? {
                        Value::Obj(r) if self.fresh.contains(&r) || self.reduced.contains(&r) => r,
                        _ => return bad("BUILD applied to the wrong object"),
                    };
                    self.build(target, state)?;
                }
                op::REDUCE => {
                    let args = self.pop_value()?;
                    let args = self.tuple_items(args, "REDUCE arguments")?;
                    let callable = self.pop_value()?;
                    let v = self.vm.call_value(callable, &args, &[])?;
                    if let Value::Obj(r) = v {
                        self.reduced.insert(r);
                    }
                    self.memo.push(v);
                    self.push(v);
                }
                op::EXCEPTION => {
                    let args = self.pop_value()?;
                    self.tuple_items(args, "exception arguments")?;
                    let class = self.pop_value()?;
                    let class = self.class_ref(class, "exception class")?;
                    if self.vm.class(class).layout != Layout::Exception {
                        return bad("EXCEPTION of a class that is not an exception");
                    }
                    self.alloc(Obj::Exception(Box::new(ExcObj::new(class, args))));
                }
                op::EXC_STATE => self.exc_state()?,
                op::FUNCTION => self.function()?,
                op::CODE => {
                    let blob = self.inp.bytes()?;
                    let code = self.code(blob)?;
                    self.alloc(Obj::Code(code));
                }
                op::BOUND_METHOD => {
                    let p = self.pop_values(2)?;
                    self.alloc(Obj::BoundMethod(Box::new((p[0], p[1]))));
                }
                op::STATICMETHOD => {
                    let f = self.pop_value()?;
                    self.alloc(Obj::StaticMethod(f));
                }
                op::CLASSMETHOD => {
                    let f = self.pop_value()?;
                    self.alloc(Obj::ClassMethod(f));
                }
                op::PROPERTY => {
                    let p = self.pop_values(3)?;
                    self.alloc(Obj::Property(Box::new([p[0], p[1], p[2]])));
                }
                op::SUPER => {
                    let obj = self.pop_value()?;
                    let class = self.pop_value()?;
                    let class = self.class_ref(class, "super class")?;
                    self.alloc(Obj::Super(Box::new((class, obj))));
                }
                op::ITER => self.iterator()?,
                op::GENERATOR => {
                    let globals = self.pop_value()?;
                    let globals = self.dict_ref(globals, "generator globals")?;
                    let code = self.pop_value()?;
                    let code = self.code_of(code)?;
                    if code.kind != CodeKind::Generator {
                        return bad("GENERATOR of code that is not a generator's");
                    }
                    let name = code.name.clone();
                    let frame = new_frame(code, globals, None);
                    let g = self.alloc(Obj::Generator(Box::new(GenObj {
                        frame,
                        stack: Vec::new(),
                        state: GenState::Done,
                        name,
                    })));
                    if let Some(Obj::Generator(gen)) = g.as_obj().map(|r| self.vm.heap.get_mut(r)) {
                        gen.frame.generator = g.as_obj();
                    }
                }
                op::GEN_STATE => self.gen_state()?,
                op::TASKLET => {
                    self.alloc(Obj::Tasklet(Box::new(TaskletObj::new(Value::None))));
                }
                op::TASKLET_STATE => self.tasklet_state()?,
                op::CHANNEL => {
                    self.alloc(Obj::Channel(Box::default()));
                }
                op::CHANNEL_STATE => self.channel_state()?,
                op::SUBCLASS => self.subclass()?,
                other => return bad(format!("invalid load key, '{other:#04x}'")),
            }
        }
        if !self.inp.at_end() {
            return bad("pickle data continues after its end");
        }
        match self.stack[..] {
            [v] if !matches!(v, Value::Undef) => Ok(v),
            _ => bad("pickle does not end with exactly one value"),
        }
    }

    fn module(&mut self, name: &str) -> R<Value> {
        let key = self.vm.new_str(name);
        match self.vm.dict_get(self.vm.modules, key)? {
            Some(m @ Value::Obj(r)) if matches!(self.vm.heap.get(r), Obj::Module(_)) => Ok(m),
            _ => Err(Fail::Exc(Exc::pending(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            ))),
        }
    }

    fn global(&mut self) -> R<()> {
        let qualname = self.pop_value()?;
        let qualname = self.str_value(qualname, "global name")?;
        let module = self.pop_value()?;
        let module = self.str_value(module, "module name")?;
        let m = self.module(&module)?;
        let Some(v) = find_global(self.vm, &module, &qualname) else {
            let shown = crate::objects::ops::repr(self.vm, m)?;
            return Err(Fail::Exc(Exc::pending(
                ExcKind::AttributeError,
                format!("Can't get attribute '{qualname}' on {shown}"),
            )));
        };
        self.memo.push(v);
        self.push(v);
        Ok(())
    }

    /// `BUILD`: `__setstate__(state)`, or an update of the instance dict.
    fn build(&mut self, target: ObjRef, state: Value) -> R<()> {
        let t = Value::Obj(target);
        if self.vm.call_method(t, "__setstate__", &[state])?.is_some() {
            return Ok(());
        }
        let Obj::Instance(i) = self.vm.heap.get(target) else {
            return bad("state given to an object without a __dict__");
        };
        let dict = i.dict;
        let Some(Obj::Dict(d)) = self.obj_of(state) else {
            return bad("state is not a dictionary");
        };
        let pairs: Vec<(Value, Value)> = d.iter().collect();
        for (k, v) in pairs {
            // Attribute names are interned, as the compiler interns them.
            let k = match self.vm.str_of(k).map(str::to_string) {
                Some(s) => Value::Obj(self.vm.intern(&s)),
                None => k,
            };
            self.vm.dict_set(dict, k, v)?;
        }
        Ok(())
    }

    fn exc_state(&mut self) -> R<()> {
        let n = self.inp.small()?;
        let tb = self.pop_values(n.saturating_mul(2))?;
        let rest = self.pop_values(4)?;
        let e = self.target("EXC_STATE", |o| matches!(o, Obj::Exception(_)))?;
        let dict = self.opt_dict(rest[0], "exception dict")?;
        let is_exc = |v: Value| v.is_none() || matches!(self.obj_of(v), Some(Obj::Exception(_)));
        if !is_exc(rest[1]) || !is_exc(rest[2]) {
            return bad("exception cause or context is not an exception");
        }
        let Value::Bool(suppress) = rest[3] else {
            return bad("exception flag is not a bool");
        };
        let mut traceback = Vec::with_capacity(n);
        for pair in tb.chunks(2) {
            let code = self.code_of(pair[0])?;
            let Value::Int(line) = pair[1] else {
                return bad("traceback line is not an int");
            };
            let line = u32::try_from(line).or_else(|_| bad("traceback line out of range"))?;
            traceback.push(TbEntry { code, line });
        }
        if let Obj::Exception(x) = self.vm.heap.get_mut(e) {
            x.dict = dict;
            x.cause = rest[1];
            x.context = rest[2];
            x.suppress_context = suppress;
            x.traceback = traceback;
        }
        Ok(())
    }

    fn function(&mut self) -> R<()> {
        let p = self.pop_values(9)?;
        let code = self.code_of(p[0])?;
        let globals = self.dict_ref(p[1], "function globals")?;
        let name = self.str_value(p[2], "function name")?;
        let qualname = self.str_value(p[3], "function qualname")?;
        let defaults = self.tuple_items(p[4], "function defaults")?;
        let kwdefaults = self.opt_dict(p[5], "function keyword defaults")?;
        let closure = self.tuple_items(p[6], "function closure")?;
        let dict = self.opt_dict(p[7], "function dict")?;
        if defaults.len() > code.argcount as usize {
            return bad("more defaults than parameters");
        }
        let cells: Vec<ObjRef> = closure
            .iter()
            .filter_map(|c| {
                c.as_obj()
                    .filter(|r| matches!(self.vm.heap.get(*r), Obj::Cell(_)))
            })
            .collect();
        if cells.len() != closure.len() || cells.len() != code.freevars.len() {
            return bad("function closure does not match its code");
        }
        self.alloc(Obj::Function(Box::new(FunctionObj {
            code,
            globals,
            name,
            qualname,
            defaults,
            kwdefaults,
            closure: cells,
            dict,
            module: p[8],
        })));
        Ok(())
    }

    /// A code object from its blob: the one decoded before if there is
    /// one, else decoded (and verified) now.
    fn code(&mut self, blob: &[u8]) -> R<Rc<Code>> {
        if let Some(c) = self.vm.pickle.decoded(blob) {
            return Ok(c);
        }
        let mut inp = In::new(blob);
        let code = crate::pickle::code::decode_code(self.vm, &mut inp)?;
        if !inp.at_end() {
            return bad("code object has trailing data");
        }
        self.vm.pickle.remember(&code, blob.into());
        Ok(code)
    }

    fn iterator(&mut self) -> R<()> {
        let it = match self.inp.u8()? {
            iter_tag::SEQ => {
                let index = self.inp.small()?;
                let seq = self.pop_value()?;
                IterObj::Seq { seq, index }
            }
            iter_tag::STR => {
                let offset = self.inp.small()?;
                let s = self.pop_value()?;
                IterObj::Str { s, offset }
            }
            iter_tag::RANGE => IterObj::Range {
                next: self.inp.zigzag()?,
                stop: self.inp.zigzag()?,
                step: self.inp.zigzag()?,
            },
            iter_tag::DICT => {
                let kind = match self.inp.u8()? {
                    0 => DictIterKind::Keys,
                    1 => DictIterKind::Values,
                    2 => DictIterKind::Items,
                    _ => return bad("unknown dict iterator kind"),
                };
                let live = self.inp.small()?;
                let expected = self.inp.small()?;
                let dict = self.pop_value()?;
                // The entry of the `live`-th live entry (the dict may be
                // one that was not rebuilt, such as module globals).
                let pos = match self.obj_of(dict) {
                    Some(Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d)) => {
                        let mut at = 0;
                        let mut n = 0;
                        while n < live {
                            match d.next_from(at) {
                                Some((next, _, _)) => at = next,
                                None => break,
                            }
                            n += 1;
                        }
                        at + (live - n)
                    }
                    _ => live,
                };
                IterObj::Dict {
                    dict,
                    index: crate::objects::ops::dict_iter_index(expected, pos),
                    kind,
                }
            }
            iter_tag::REVERSED => {
                let next = self.inp.small()?;
                let seq = self.pop_value()?;
                IterObj::Reversed { seq, next }
            }
            iter_tag::ENUMERATE => {
                let count = self.inp.zigzag()?;
                let inner = self.pop_value()?;
                IterObj::Enumerate { inner, count }
            }
            iter_tag::ZIP => {
                let n = self.inp.small()?;
                IterObj::Zip {
                    inners: self.pop_values(n)?,
                }
            }
            _ => return bad("unknown iterator kind"),
        };
        self.alloc(Obj::Iter(Box::new(it)));
        Ok(())
    }

    /// Pops a frame's values (after its header was read) and makes the
    /// frame, with its stack segment.
    fn frame(&mut self, head: FrameHead) -> R<(Frame, Vec<Value>)> {
        if head.nseg == 0 {
            return bad("frame without a stack segment");
        }
        let seg = self.pop_n(head.nseg)?;
        let [code, globals, locals, generator] = self.pop_n(4)?[..] else {
            return bad("pickle stack underflow");
        };
        let code = self.code_of(code)?;
        let globals = self.dict_ref(globals, "frame globals")?;
        let locals = self.opt_dict(locals, "frame namespace")?;
        let generator = match generator {
            Value::None => None,
            Value::Obj(g) if matches!(self.vm.heap.get(g), Obj::Generator(_)) => Some(g),
            _ => return bad("frame generator is not a generator"),
        };
        let mut frame = new_frame(code, globals, generator);
        frame.ip = head.ip;
        frame.cont = head.cont;
        frame.blocks = head.blocks;
        frame.locals = locals;
        Ok((frame, seg))
    }

    fn gen_state(&mut self) -> R<()> {
        let state = match self.inp.u8()? {
            0 => GenState::Created,
            1 => GenState::Suspended,
            2 => GenState::Running,
            3 => GenState::Done,
            _ => return bad("unknown generator state"),
        };
        let head = match state {
            GenState::Created | GenState::Suspended => Some(read_head(&mut self.inp, false)?),
            _ => None,
        };
        let (locals, seg) = match &head {
            Some(h) => {
                let seg = self.pop_n(h.nseg)?;
                (self.pop_value()?, seg)
            }
            None => (Value::None, Vec::new()),
        };
        let name = self.pop_value()?;
        let name = self.str_value(name, "generator name")?;
        let locals = self.opt_dict(locals, "generator namespace")?;
        let g = self.target_once("GEN_STATE", |o| matches!(o, Obj::Generator(_)))?;
        if let Obj::Generator(gen) = self.vm.heap.get_mut(g) {
            gen.name = name;
            gen.state = state;
            if let Some(h) = head {
                gen.frame.ip = h.ip;
                gen.frame.blocks = h.blocks;
                gen.frame.locals = locals;
                gen.stack = seg;
            }
        }
        self.generators.push(g);
        check_generator(self.vm, g).or_else(|e| bad(format!("invalid generator state: {e}")))
    }

    fn tasklet_state(&mut self) -> R<()> {
        let flags = self.inp.u8()?;
        let resume_tag = self.inp.u8()?;
        if resume_tag > 3 {
            return bad("unknown tasklet resume state");
        }
        let nhandled = self.inp.small()?;
        let nframes = self.inp.count()?;
        let mut heads = Vec::with_capacity(nframes);
        for _ in 0..nframes {
            heads.push(read_head(&mut self.inp, true)?);
        }
        // The values, popped in reverse: the frames' last.
        let mut frames = Vec::with_capacity(nframes);
        for head in heads.into_iter().rev() {
            frames.push(self.frame(head)?);
        }
        frames.reverse();
        let handled = self.pop_values(nhandled)?;
        let raise = if resume_tag == 2 {
            match self.pop_value()? {
                Value::Obj(e) if matches!(self.vm.heap.get(e), Obj::Exception(_)) => Some(e),
                _ => return bad("tasklet resumes by raising something that is not an exception"),
            }
        } else {
            None
        };
        let send_exc = if flags & 16 != 0 {
            match self.pop_value()? {
                e @ Value::Obj(r) if matches!(self.vm.heap.get(r), Obj::Exception(_)) => e,
                _ => return bad("the exception a tasklet sends is not an exception"),
            }
        } else {
            Value::Undef
        };
        let fixed = self.pop_values(4)?;
        let t = self.target_once("TASKLET_STATE", |o| matches!(o, Obj::Tasklet(_)))?;
        let mut fiber = Fiber::default();
        for (mut frame, seg) in frames {
            frame.base = fiber.stack.len() as u32 + 1;
            fiber.stack.extend(seg);
            fiber.frames.push(frame);
        }
        fiber.handled = handled;
        let resume = match (resume_tag, raise) {
            (0, _) => Resume::Start,
            (2, Some(e)) => Resume::Raise(e),
            (3, _) => Resume::Continue,
            _ => Resume::Value(Value::None),
        };
        let alive = flags & 1 != 0;
        let gens = check_fiber(self.vm, &fiber, &resume, alive)
            .or_else(|e| bad(format!("invalid tasklet state: {e}")))?;
        let tk = self.vm.tasklet_mut(t);
        tk.func = fixed[0];
        tk.args = fixed[1];
        tk.kwargs = fixed[2];
        tk.tempval = fixed[3];
        tk.send_exc = send_exc;
        tk.alive = alive;
        tk.atomic = flags & 2 != 0;
        tk.block_trap = flags & 4 != 0;
        tk.ignore_nesting = flags & 8 != 0;
        tk.resume = resume;
        tk.fiber = fiber;
        self.running.extend(gens);
        self.tasklets.push(t);
        Ok(())
    }

    fn channel_state(&mut self) -> R<()> {
        let preference = self.inp.zigzag()?;
        let flags = self.inp.u8()?;
        let n = self.inp.small()?;
        if !(-1..=1).contains(&preference) {
            return bad("channel preference out of range");
        }
        let queue = self.pop_values(n)?;
        let c = self.target_once("CHANNEL_STATE", |o| matches!(o, Obj::Channel(_)))?;
        {
            let ch = self.vm.channel_mut(c);
            ch.preference = preference;
            ch.schedule_all = flags & 1 != 0;
            ch.closing = flags & 2 != 0;
        }
        let step = if flags & 4 != 0 { 1 } else { -1 };
        for t in queue {
            let t = match t {
                Value::Obj(t)
                    if self.fresh.contains(&t)
                        && matches!(self.vm.heap.get(t), Obj::Tasklet(tk) if tk.place == Place::Nowhere) =>
                {
                    t
                }
                _ => return bad("channel queue holds something that is not a fresh tasklet"),
            };
            self.vm.channel_append(c, t);
            self.vm.channel_mut(c).balance += step;
        }
        Ok(())
    }

    fn subclass(&mut self) -> R<()> {
        let dict = self.pop_value()?;
        let dict = self.dict_ref(dict, "subclass instance dict")?;
        let class = self.pop_value()?;
        let class = self.class_ref(class, "subclass")?;
        let target = self.target("SUBCLASS", |_| true)?;
        let layout = self.vm.class(class).layout;
        let fits = matches!(
            (layout, self.vm.heap.get(target)),
            (Layout::List, Obj::List(_))
                | (Layout::Dict, Obj::Dict(_))
                | (Layout::Set, Obj::Set(_))
                | (Layout::Tuple, Obj::Tuple(_))
                | (Layout::Str, Obj::Str(_))
                | (Layout::Tasklet, Obj::Tasklet(_))
                | (Layout::Channel, Obj::Channel(_))
        );
        let t = &self.vm.types;
        let builtin =
            [t.list, t.dict, t.set, t.tuple, t.str_, t.tasklet, t.channel].contains(&class);
        if !fits || builtin {
            return bad("SUBCLASS of a class that does not fit the object");
        }
        self.vm
            .subclassed
            .insert(target, Subclassed { class, dict });
        Ok(())
    }

    /// The checks that span objects: each running generator runs in
    /// exactly one restored tasklet, and queued tasklets are blocked in a call.
    fn check(&mut self) -> R<()> {
        let mut claimed = HashSet::new();
        for g in &self.running {
            if !claimed.insert(*g) {
                return bad("invalid tasklet state: a generator runs in two frames");
            }
        }
        for g in &self.generators {
            if matches!(self.vm.heap.get(*g), Obj::Generator(gen) if gen.state == GenState::Running)
                && !claimed.contains(g)
            {
                return bad("invalid generator state: it runs, but in no restored tasklet");
            }
        }
        for t in &self.fresh {
            if let Obj::Tasklet(tk) = self.vm.heap.get(*t) {
                let blocked = matches!(tk.place, Place::Channel(_));
                if blocked && (!tk.alive || !matches!(tk.resume, Resume::Value(_))) {
                    return bad("invalid channel state: a queued tasklet is not blocked in a call");
                }
            }
        }
        Ok(())
    }

    /// After a failure: the restored tasklets die and the generators finish,
    /// so that nothing half-checked can ever run.
    fn disarm(&mut self) {
        let fresh: Vec<ObjRef> = self.fresh.iter().copied().collect();
        for r in fresh {
            match self.vm.heap.get(r) {
                Obj::Tasklet(_) => {
                    self.vm.unlink(r);
                    let tk = self.vm.tasklet_mut(r);
                    tk.alive = false;
                    tk.fiber = Fiber::default();
                    tk.resume = Resume::Start;
                }
                Obj::Generator(_) => {
                    if let Obj::Generator(g) = self.vm.heap.get_mut(r) {
                        g.state = GenState::Done;
                        g.stack = Vec::new();
                    }
                }
                _ => {}
            }
        }
    }
}

/// A frame at the start of `code` (the reader sets its position and blocks).
fn new_frame(code: Rc<Code>, globals: ObjRef, generator: Option<ObjRef>) -> Frame {
    Frame {
        code,
        ip: 0,
        base: 0,
        globals,
        locals: None,
        blocks: Vec::new(),
        cont: Cont::Push,
        generator,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pickle::wire::Out;

    /// A pickle of `body` (which must end with `STOP`).
    fn pickle(body: &Out) -> Vec<u8> {
        let mut out = Out::default();
        out.buf.extend_from_slice(MAGIC);
        out.u8(VERSION);
        out.varint(body.buf.len() as u64);
        out.buf.extend_from_slice(&body.buf);
        out.buf
    }

    fn text(o: &mut Out, s: &str) {
        o.u8(op::STR);
        o.str(s);
    }

    fn load(vm: &mut Vm, body: &Out) -> Result<Value, String> {
        loads(vm, &pickle(body)).map_err(|e| {
            let exc = vm.exc_object(e);
            vm.format_exception_only(Value::Obj(exc))
        })
    }

    #[test]
    fn cannot_rewrite_objects_it_did_not_make() {
        let mut vm = Vm::new(vec![]);
        // getattr(sys.modules['stackless'], 'main'), then a tasklet state for it.
        let mut o = Out::default();
        text(&mut o, "builtins");
        text(&mut o, "getattr");
        o.u8(op::GLOBAL);
        text(&mut o, "stackless");
        o.u8(op::MODULE);
        text(&mut o, "main");
        o.u8(op::TUPLE);
        o.varint(2);
        o.u8(op::REDUCE);
        for _ in 0..4 {
            o.u8(op::NONE);
        }
        o.u8(op::TASKLET_STATE);
        o.buf.extend_from_slice(&[1, 0, 0, 0]);
        o.u8(op::STOP);
        let err = load(&mut vm, &o).unwrap_err();
        assert!(
            err.contains("TASKLET_STATE applied to the wrong object"),
            "{err}"
        );
        // A module-level list cannot be appended to either.
        let mut o = Out::default();
        text(&mut o, "sys");
        text(&mut o, "path");
        o.u8(op::GLOBAL);
        o.u8(op::NONE);
        o.u8(op::APPEND);
        o.varint(1);
        o.u8(op::STOP);
        let err = load(&mut vm, &o).unwrap_err();
        assert!(err.contains("APPEND applied to the wrong object"), "{err}");
    }

    #[test]
    fn huge_counts_do_not_allocate() {
        let mut vm = Vm::new(vec![]);
        for opcode in [op::TUPLE, op::APPEND, op::POP, op::SETITEMS] {
            let mut o = Out::default();
            o.u8(op::LIST);
            o.u8(opcode);
            o.varint(u64::MAX >> 1);
            o.u8(op::STOP);
            assert!(load(&mut vm, &o).is_err());
        }
        let mut o = Out::default();
        o.u8(op::STR);
        o.varint(1 << 50);
        assert!(load(&mut vm, &o).unwrap_err().contains("truncated"));
    }

    #[test]
    fn deep_nesting_loads_without_recursion() {
        let mut vm = Vm::new(vec![]);
        let depth = 200_000;
        let mut o = Out::default();
        for _ in 0..depth {
            o.u8(op::LIST);
        }
        for _ in 1..depth {
            o.u8(op::APPEND);
            o.varint(1);
        }
        o.u8(op::STOP);
        let v = load(&mut vm, &o).expect("loads");
        assert!(matches!(vm.heap.get(v.as_obj().unwrap()), Obj::List(l) if l.len() == 1));
        // Writing it back is bounded by the pickler's depth limit instead.
        let err = crate::pickle::dumps(&mut vm, v).unwrap_err();
        let exc = vm.exc_object(err);
        assert!(vm.exc_is(exc, ExcKind::RecursionError));
    }
}
