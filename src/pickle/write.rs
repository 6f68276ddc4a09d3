//! The pickler: walks an object graph, tasklets and their frames included, and writes the pickle body (see `mod.rs` for the format).
//!
//! It recurses on the (trusted) object graph, at most `MAX_DEPTH` deep as
//! Python's pickler is bounded by the recursion limit; frames and the items
//! of containers are loops, so deep call stacks and long lists are fine.
//! User code runs for `__reduce__` and `__getstate__` on nested runs, during
//! which the collector does not run, so the values held here stay valid.

use hashbrown::{HashMap, HashSet};
use std::rc::Rc;

use crate::compile::code::Code;
use crate::objects::iter::{DictIterKind, IterObj};
use crate::objects::{GenState, Obj};
use crate::pickle::frames::{segments, unrestorable, write_head};
use crate::pickle::wire::Out;
use crate::pickle::{find_global, iter_tag, op, pickle_error, MAGIC, VERSION};
use crate::tasklets::tasklet::{Place, Resume};
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::frame::Fiber;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

/// Objects nest at most this deep (Python's pickler stops at its recursion limit).
const MAX_DEPTH: usize = 3000;

/// `pickle.dumps(v)`: the complete pickle (header and body) of `v`.
pub fn dumps(vm: &mut Vm, v: Value) -> Res<Vec<u8>> {
    // Values held here are not roots: no collection (and no tasklet switch
    // from `__reduce__`) until writing is over, as for a native waiting on a nested run.
    vm.nested_runs += 1;
    let result = write_all(vm, v);
    vm.nested_runs -= 1;
    result
}

fn write_all(vm: &mut Vm, v: Value) -> Res<Vec<u8>> {
    let mut w = Writer::new(vm);
    w.value(v)?;
    if let Some(g) = w
        .running_seen
        .iter()
        .find(|g| !w.running_claimed.contains(*g))
    {
        let name = match w.vm.heap.get(*g) {
            Obj::Generator(gen) => gen.frame.code.qualname.clone(),
            _ => String::new(),
        };
        return Err(pickle_error(
            w.vm,
            "PicklingError",
            format!("cannot pickle generator {name}() while it runs, apart from its tasklet"),
        ));
    }
    w.out.u8(op::STOP);
    let body = w.out.buf;
    let mut out = Out::default();
    out.buf.reserve(body.len() + 16);
    out.buf.extend_from_slice(MAGIC);
    out.u8(VERSION);
    out.varint(body.len() as u64);
    out.buf.extend_from_slice(&body);
    Ok(out.buf)
}

struct Writer<'v> {
    vm: &'v mut Vm,
    out: Out,
    /// Memo index of each heap object written.
    memo: HashMap<ObjRef, u32>,
    /// Memo index of each code object written (frames hold code directly).
    codes: HashMap<*const Code, u32>,
    /// Memo index of each string written, by content.
    texts: HashMap<Box<str>, u32>,
    /// The memo index the next object gets.
    next: u32,
    depth: usize,
    /// The module owning each module globals dict (written by reference).
    globals_of: HashMap<ObjRef, String>,
    /// Module and qualified name of each native function, made on first use.
    natives: Option<HashMap<ObjRef, (String, String)>>,
    /// Running generators met as values, and those whose frame a written fiber holds.
    running_seen: Vec<ObjRef>,
    running_claimed: HashSet<ObjRef>,
}

/// The loaded modules: name and module object.
fn modules(vm: &Vm) -> Vec<(String, ObjRef)> {
    let Obj::Dict(d) = vm.heap.get(vm.modules) else {
        return Vec::new();
    };
    d.iter()
        .filter_map(|(_, m)| match vm.heap.get(m.as_obj()?) {
            Obj::Module(md) => Some((md.name.clone(), m.as_obj()?)),
            _ => None,
        })
        .collect()
}

/// The stack segments of the frames of tasklet `t` (running or not).
fn segments_of(vm: &Vm, t: ObjRef) -> Result<Vec<std::ops::Range<usize>>, String> {
    if vm.sched.current == Some(t) {
        segments(&vm.fiber)
    } else {
        segments(&vm.tasklet(t).fiber)
    }
}

fn module_dict(vm: &Vm, m: ObjRef) -> Option<ObjRef> {
    match vm.heap.get(m) {
        Obj::Module(md) => Some(md.dict),
        _ => None,
    }
}

impl<'v> Writer<'v> {
    fn new(vm: &'v mut Vm) -> Writer<'v> {
        let globals_of = modules(vm)
            .into_iter()
            .filter_map(|(name, m)| Some((module_dict(vm, m)?, name)))
            .collect();
        Writer {
            vm,
            out: Out::default(),
            memo: HashMap::new(),
            codes: HashMap::new(),
            texts: HashMap::new(),
            next: 0,
            depth: 0,
            globals_of,
            natives: None,
            running_seen: Vec::new(),
            running_claimed: HashSet::new(),
        }
    }

    fn error(&mut self, msg: impl Into<String>) -> Exc {
        pickle_error(self.vm, "PicklingError", msg.into())
    }

    /// Emits an opcode that makes a new memo entry, remembering it for `r`.
    fn new_obj(&mut self, opcode: u8, r: Option<ObjRef>) -> u32 {
        self.out.u8(opcode);
        let id = self.next;
        self.next += 1;
        if let Some(r) = r {
            self.memo.insert(r, id);
        }
        id
    }

    fn get(&mut self, id: u32) {
        self.out.u8(op::GET);
        self.out.varint(id as u64);
    }

    /// Finishes an object built from `pops` values just written: if
    /// writing them wrote `r` itself (a cycle through an immutable object),
    /// they are dropped and the first copy is used.
    fn close(&mut self, r: ObjRef, pops: usize, emit: impl FnOnce(&mut Out)) {
        if let Some(id) = self.memo.get(&r).copied() {
            self.out.u8(op::POP);
            self.out.varint(pops as u64);
            self.get(id);
            return;
        }
        emit(&mut self.out);
        self.memo.insert(r, self.next);
        self.next += 1;
    }

    fn text(&mut self, s: &str) {
        if let Some(id) = self.texts.get(s).copied() {
            return self.get(id);
        }
        let id = self.new_obj(op::STR, None);
        self.out.str(s);
        self.texts.insert(s.into(), id);
    }

    fn value(&mut self, v: Value) -> Res<()> {
        match v {
            Value::Undef => self.out.u8(op::UNDEF),
            Value::None => self.out.u8(op::NONE),
            Value::Bool(true) => self.out.u8(op::TRUE),
            Value::Bool(false) => self.out.u8(op::FALSE),
            Value::Ellipsis => self.out.u8(op::ELLIPSIS),
            Value::NotImplemented => self.out.u8(op::NOT_IMPLEMENTED),
            Value::Int(i) => {
                self.out.u8(op::INT);
                self.out.zigzag(i);
            }
            Value::Float(f) => {
                self.out.u8(op::FLOAT);
                self.out.f64(f);
            }
            Value::Obj(r) => {
                if let Some(id) = self.memo.get(&r).copied() {
                    self.get(id);
                    return Ok(());
                }
                if self.depth >= MAX_DEPTH {
                    return Err(Exc::pending(
                        ExcKind::RecursionError,
                        "maximum recursion depth exceeded while pickling an object",
                    ));
                }
                self.depth += 1;
                let res = self.object(r);
                self.depth -= 1;
                res?;
            }
        }
        Ok(())
    }

    fn values(&mut self, vs: &[Value]) -> Res<()> {
        vs.iter().try_for_each(|v| self.value(*v))
    }

    fn object(&mut self, r: ObjRef) -> Res<()> {
        let v = Value::Obj(r);
        let subclass = self.vm.subclassed.get(&r).copied();
        if subclass.is_some() && self.has_method(v, "__reduce__") {
            return self.reduce(r, v);
        }
        match self.vm.heap.get(r) {
            Obj::Str(s) => {
                let s = s.s.clone();
                match self.texts.get(&s).copied() {
                    Some(id) if subclass.is_none() => {
                        self.memo.insert(r, id);
                        self.get(id);
                    }
                    _ => {
                        let id = self.new_obj(op::STR, Some(r));
                        self.out.str(&s);
                        self.texts.entry(s).or_insert(id);
                    }
                }
            }
            Obj::Bytes(b) => {
                let b = b.clone();
                self.new_obj(op::BYTES, Some(r));
                self.out.bytes(&b);
            }
            Obj::BigInt(n) => {
                let bytes = n.to_signed_bytes_le();
                self.new_obj(op::BIGINT, Some(r));
                self.out.bytes(&bytes);
            }
            Obj::Tuple(items) => {
                let items = items.to_vec();
                self.values(&items)?;
                self.close(r, items.len(), |o| {
                    o.u8(op::TUPLE);
                    o.varint(items.len() as u64);
                });
            }
            Obj::List(items) => {
                let items = items.clone();
                self.new_obj(op::LIST, Some(r));
                self.batch(op::APPEND, &items)?;
            }
            Obj::Dict(d) => {
                if let Some(name) = self.globals_of.get(&r).cloned() {
                    self.text(&name);
                    self.new_obj(op::MODULE, None);
                    self.new_obj(op::GLOBALS, Some(r));
                    return Ok(());
                }
                let pairs: Vec<Value> = d.iter().flat_map(|(k, v)| [k, v]).collect();
                self.new_obj(op::DICT, Some(r));
                self.values(&pairs)?;
                if !pairs.is_empty() {
                    self.out.u8(op::SETITEMS);
                    self.out.varint(pairs.len() as u64 / 2);
                }
            }
            Obj::Set(d) => {
                let items: Vec<Value> = d.iter().map(|(k, _)| k).collect();
                self.new_obj(op::SET, Some(r));
                self.batch(op::ADD, &items)?;
            }
            Obj::FrozenSet(d) => {
                let items: Vec<Value> = d.iter().map(|(k, _)| k).collect();
                self.values(&items)?;
                self.close(r, items.len(), |o| {
                    o.u8(op::FROZENSET);
                    o.varint(items.len() as u64);
                });
            }
            Obj::Range(rg) => {
                let rg = (**rg).clone();
                self.new_obj(op::RANGE, Some(r));
                for x in [rg.start, rg.stop, rg.step] {
                    self.out.zigzag(x);
                }
            }
            Obj::Slice(s) => {
                let parts = **s;
                self.values(&parts)?;
                self.close(r, 3, |o| o.u8(op::SLICE));
            }
            Obj::Function(f) => {
                let module = self.vm.str_of(f.module).unwrap_or("").to_string();
                let qualname = f.qualname.clone();
                if self.global_ref(r, &module, &qualname) {
                    return Ok(());
                }
                self.function_by_value(r)?;
            }
            Obj::Native(n) => {
                let name = n.name;
                let Some((module, qualname)) = self.native_path(r) else {
                    return Err(self.error(format!(
                        "Can't pickle <built-in function {name}>: it is not found in any module"
                    )));
                };
                self.global_ref(r, &module, &qualname);
            }
            Obj::BoundMethod(b) => {
                let (this, func) = **b;
                self.values(&[this, func])?;
                self.close(r, 2, |o| o.u8(op::BOUND_METHOD));
            }
            Obj::Cell(c) => {
                let c = *c;
                self.new_obj(op::CELL, Some(r));
                self.value(c)?;
                self.out.u8(op::CELL_SET);
            }
            Obj::Class(_) => self.class_ref(r)?,
            Obj::Instance(_) => self.instance(r)?,
            Obj::Exception(_) => self.exception(r)?,
            Obj::Module(m) => {
                let name = m.name.clone();
                self.text(&name);
                self.new_obj(op::MODULE, Some(r));
            }
            Obj::Iter(_) => self.iterator(r)?,
            Obj::Code(c) => {
                let c = c.clone();
                self.code(&c)?;
                let id = self.codes[&Rc::as_ptr(&c)];
                self.memo.insert(r, id);
            }
            Obj::Generator(_) => self.generator(r)?,
            Obj::Property(p) => {
                let parts = **p;
                self.values(&parts)?;
                self.close(r, 3, |o| o.u8(op::PROPERTY));
            }
            Obj::StaticMethod(f) | Obj::ClassMethod(f) => {
                let opcode = if matches!(self.vm.heap.get(r), Obj::StaticMethod(_)) {
                    op::STATICMETHOD
                } else {
                    op::CLASSMETHOD
                };
                let f = *f;
                self.value(f)?;
                self.close(r, 1, |o| o.u8(opcode));
            }
            Obj::Super(s) => {
                let (class, obj) = **s;
                self.values(&[Value::Obj(class), obj])?;
                self.close(r, 2, |o| o.u8(op::SUPER));
            }
            Obj::Tasklet(_) => self.tasklet(r)?,
            Obj::Channel(_) => self.channel(r)?,
            // As in Stackless, frames pickle only as part of a tasklet or generator.
            Obj::Frame(_) => {
                return Err(Exc::pending(
                    ExcKind::TypeError,
                    "can't pickle frame objects",
                ))
            }
        }
        if let Some(s) = subclass {
            self.class_ref(s.class)?;
            self.value(Value::Obj(s.dict))?;
            self.out.u8(op::SUBCLASS);
        }
        Ok(())
    }

    /// Writes `items`, then `opcode n` to add them to the object below.
    fn batch(&mut self, opcode: u8, items: &[Value]) -> Res<()> {
        self.values(items)?;
        if !items.is_empty() {
            self.out.u8(opcode);
            self.out.varint(items.len() as u64);
        }
        Ok(())
    }

    fn has_method(&mut self, v: Value, name: &str) -> bool {
        let n = Value::Obj(self.vm.intern(name));
        let class = self.vm.type_of(v);
        self.vm.lookup_in_class(class, n).is_some()
    }

    /// Writes `r` as `GLOBAL module qualname` if that name finds exactly
    /// `r`; whether it did.
    fn global_ref(&mut self, r: ObjRef, module: &str, qualname: &str) -> bool {
        if !find_global(self.vm, module, qualname).is_some_and(|v| v.is(Value::Obj(r))) {
            return false;
        }
        self.text(module);
        self.text(qualname);
        self.new_obj(op::GLOBAL, Some(r));
        true
    }

    /// A class, by reference (module and qualified name).
    fn class_ref(&mut self, class: ObjRef) -> Res<()> {
        if let Some(id) = self.memo.get(&class).copied() {
            self.get(id);
            return Ok(());
        }
        let module = crate::objects::ops::class_module(self.vm, class);
        let qualname = self.vm.class(class).qualname.clone();
        if self.global_ref(class, &module, &qualname)
            || self.global_ref(class, crate::objects::ops::INTERNAL_MODULE, &qualname)
        {
            return Ok(());
        }
        Err(self.error(format!(
            "Can't pickle <class '{module}.{qualname}'>: it's not found as {module}.{qualname}"
        )))
    }

    /// Where a native function can be found by name, searching every module
    /// and the classes in them.
    fn native_path(&mut self, r: ObjRef) -> Option<(String, String)> {
        if self.natives.is_none() {
            let mut map = HashMap::new();
            for (name, m) in modules(self.vm) {
                let Some(d) = module_dict(self.vm, m) else {
                    continue;
                };
                let Obj::Dict(entries) = self.vm.heap.get(d) else {
                    continue;
                };
                for (k, v) in entries.iter() {
                    let (Some(key), Value::Obj(o)) = (self.vm.str_of(k), v) else {
                        continue;
                    };
                    match self.vm.heap.get(o) {
                        Obj::Native(_) => {
                            map.entry(o).or_insert((name.clone(), key.to_string()));
                        }
                        Obj::Class(c) => {
                            if let Obj::Dict(cd) = self.vm.heap.get(c.dict) {
                                for (mk, mv) in cd.iter() {
                                    if let (Some(mkey), Value::Obj(mo)) = (self.vm.str_of(mk), mv) {
                                        if matches!(self.vm.heap.get(mo), Obj::Native(_)) {
                                            map.entry(mo)
                                                .or_insert((name.clone(), format!("{key}.{mkey}")));
                                        }
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            self.natives = Some(map);
        }
        self.natives.as_ref()?.get(&r).cloned()
    }

    fn code(&mut self, code: &Rc<Code>) -> Res<()> {
        let key = Rc::as_ptr(code);
        if let Some(id) = self.codes.get(&key).copied() {
            self.get(id);
            return Ok(());
        }
        let blob = match self.vm.pickle.encoded(code) {
            Some(b) => b,
            None => {
                let checked = self.vm.pickle.verify(&self.vm.heap, code).and_then(|_| {
                    let mut o = Out::default();
                    crate::pickle::code::encode_code(self.vm, code, &mut o)?;
                    Ok(o.buf)
                });
                let blob: Rc<[u8]> = match checked {
                    Ok(b) => b.into(),
                    Err(e) => {
                        let q = code.qualname.clone();
                        return Err(self.error(format!("Can't pickle code object {q}: {e}")));
                    }
                };
                self.vm.pickle.remember(code, blob.clone());
                blob
            }
        };
        let id = self.new_obj(op::CODE, None);
        self.out.bytes(&blob);
        self.codes.insert(key, id);
        Ok(())
    }

    /// A function that cannot be found by name (nested, lambda, closure):
    /// its code, globals, defaults and closure cells.
    fn function_by_value(&mut self, r: ObjRef) -> Res<()> {
        let Obj::Function(f) = self.vm.heap.get(r) else {
            return Ok(());
        };
        let code = f.code.clone();
        let globals = Value::Obj(f.globals);
        let (name, qualname) = (f.name.clone(), f.qualname.clone());
        let defaults = f.defaults.clone();
        let kwdefaults = f.kwdefaults.map_or(Value::None, Value::Obj);
        let closure: Vec<Value> = f.closure.iter().map(|c| Value::Obj(*c)).collect();
        let dict = f.dict.map_or(Value::None, Value::Obj);
        let module = f.module;
        self.code(&code)?;
        self.value(globals)?;
        self.text(&name);
        self.text(&qualname);
        self.values(&defaults)?;
        self.new_obj(op::TUPLE, None);
        self.out.varint(defaults.len() as u64);
        self.value(kwdefaults)?;
        self.values(&closure)?;
        self.new_obj(op::TUPLE, None);
        self.out.varint(closure.len() as u64);
        self.values(&[dict, module])?;
        self.close(r, 9, |o| o.u8(op::FUNCTION));
        Ok(())
    }

    /// An instance of a user class: `__reduce__` if it has one, else its
    /// class and its state (`__getstate__()`, or its `__dict__`).
    fn instance(&mut self, r: ObjRef) -> Res<()> {
        let v = Value::Obj(r);
        if self.has_method(v, "__reduce__") {
            return self.reduce(r, v);
        }
        let (class, dict) = match self.vm.heap.get(r) {
            Obj::Instance(i) => (i.class, i.dict),
            _ => return Ok(()),
        };
        if crate::objects::ops::internal(self.vm, "TextIOWrapper")
            .is_some_and(|c| c.is(Value::Obj(class)))
        {
            return Err(Exc::pending(
                ExcKind::TypeError,
                "cannot serialize '_io.TextIOWrapper' object",
            ));
        }
        self.class_ref(class)?;
        self.new_obj(op::INSTANCE, Some(r));
        let state = match self.vm.call_method(v, "__getstate__", &[])? {
            Some(s) => s,
            None if matches!(self.vm.heap.get(dict), Obj::Dict(d) if d.is_empty()) => Value::None,
            None => Value::Obj(dict),
        };
        if !state.is_none() {
            self.value(state)?;
            self.out.u8(op::BUILD);
        }
        Ok(())
    }

    /// An object with `__reduce__`: the callable and arguments that remake
    /// it, then its state.
    fn reduce(&mut self, r: ObjRef, v: Value) -> Res<()> {
        let rv = self
            .vm
            .call_method(v, "__reduce__", &[])?
            .unwrap_or(Value::None);
        if let Some(name) = self.vm.str_of(rv).map(str::to_string) {
            let class = self.vm.type_of(v);
            let module = crate::objects::ops::class_module(self.vm, class);
            if self.global_ref(r, &module, &name) {
                return Ok(());
            }
            return Err(self.error(format!(
                "Can't pickle {name}: it's not the same object as {module}.{name}"
            )));
        }
        let parts = match rv.as_obj().map(|o| self.vm.heap.get(o)) {
            Some(Obj::Tuple(t)) => t.to_vec(),
            _ => return Err(self.error("__reduce__ must return a string or tuple")),
        };
        if !(2..=5).contains(&parts.len()) {
            return Err(
                self.error("tuple returned by __reduce__ must contain 2 through 5 elements")
            );
        }
        if parts.iter().skip(3).any(|p| !p.is_none()) {
            return Err(self.error(
                "list and dict items returned by __reduce__ are not supported; use the state",
            ));
        }
        if !matches!(
            parts[1].as_obj().map(|o| self.vm.heap.get(o)),
            Some(Obj::Tuple(_))
        ) {
            return Err(
                self.error("second item of the tuple returned by __reduce__ must be a tuple")
            );
        }
        self.values(&parts[..2])?;
        self.close(r, 2, |o| o.u8(op::REDUCE));
        let state = parts.get(2).copied().unwrap_or(Value::None);
        if !state.is_none() {
            self.value(state)?;
            self.out.u8(op::BUILD);
        }
        Ok(())
    }

    fn exception(&mut self, r: ObjRef) -> Res<()> {
        let v = Value::Obj(r);
        if self.has_method(v, "__reduce__") {
            return self.reduce(r, v);
        }
        let Obj::Exception(e) = self.vm.heap.get(r) else {
            return Ok(());
        };
        let (class, args) = (e.class, e.args);
        let rest = [
            e.dict.map_or(Value::None, Value::Obj),
            e.cause,
            e.context,
            Value::Bool(e.suppress_context),
        ];
        let traceback = e.traceback.clone();
        self.class_ref(class)?;
        self.value(args)?;
        let made = !self.memo.contains_key(&r);
        self.close(r, 2, |o| o.u8(op::EXCEPTION));
        if !made {
            return Ok(());
        }
        self.values(&rest)?;
        for entry in &traceback {
            self.code(&entry.code)?;
            self.value(Value::Int(entry.line as i64))?;
        }
        self.out.u8(op::EXC_STATE);
        self.out.varint(traceback.len() as u64);
        Ok(())
    }

    fn iterator(&mut self, r: ObjRef) -> Res<()> {
        let Obj::Iter(it) = self.vm.heap.get(r) else {
            return Ok(());
        };
        let mut head = Out::default();
        let refs: Vec<Value> = match &**it {
            IterObj::Seq { seq, index } => {
                head.u8(iter_tag::SEQ);
                head.varint(*index as u64);
                vec![*seq]
            }
            IterObj::Str { s, offset } => {
                head.u8(iter_tag::STR);
                head.varint(*offset as u64);
                vec![*s]
            }
            IterObj::Range { next, stop, step } => {
                head.u8(iter_tag::RANGE);
                for x in [*next, *stop, *step] {
                    head.zigzag(x);
                }
                vec![]
            }
            IterObj::Dict { dict, index, kind } => {
                // The position as a count of live entries before it (the
                // dict is rebuilt without deleted entries).
                let (expected, pos) = crate::objects::ops::dict_iter_parts(*index);
                let live = match dict.as_obj().map(|d| self.vm.heap.get(d)) {
                    Some(Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d)) => {
                        let mut n = 0;
                        let mut at = 0;
                        while let Some((next, _, _)) = d.next_from(at) {
                            if next > pos {
                                break;
                            }
                            n += 1;
                            at = next;
                        }
                        n
                    }
                    _ => 0,
                };
                head.u8(iter_tag::DICT);
                head.u8(match kind {
                    DictIterKind::Keys => 0,
                    DictIterKind::Values => 1,
                    DictIterKind::Items => 2,
                });
                head.varint(live as u64);
                head.varint(expected as u64);
                vec![*dict]
            }
            IterObj::Reversed { seq, next } => {
                head.u8(iter_tag::REVERSED);
                head.varint(*next as u64);
                vec![*seq]
            }
            IterObj::Enumerate { inner, count } => {
                head.u8(iter_tag::ENUMERATE);
                head.zigzag(*count);
                vec![*inner]
            }
            IterObj::Zip { inners } => {
                head.u8(iter_tag::ZIP);
                head.varint(inners.len() as u64);
                inners.clone()
            }
        };
        self.values(&refs)?;
        self.close(r, refs.len(), |o| {
            o.u8(op::ITER);
            o.buf.extend_from_slice(&head.buf);
        });
        Ok(())
    }

    /// Writes a frame's values (code, globals, class namespace, generator,
    /// stack segment) and adds its header to `head`.
    fn frame(
        &mut self,
        frame: &crate::vm::frame::Frame,
        seg: &[Value],
        head: &mut Out,
        with_cont: bool,
    ) -> Res<()> {
        write_head(head, frame, seg.len(), with_cont);
        self.code(&frame.code)?;
        self.value(Value::Obj(frame.globals))?;
        self.value(frame.locals.map_or(Value::None, Value::Obj))?;
        self.value(frame.generator.map_or(Value::None, Value::Obj))?;
        self.values(seg)
    }

    fn generator(&mut self, r: ObjRef) -> Res<()> {
        let Obj::Generator(g) = self.vm.heap.get(r) else {
            return Ok(());
        };
        let (frame, stack, state, name) =
            (g.frame.clone(), g.stack.clone(), g.state, g.name.clone());
        self.code(&frame.code)?;
        self.value(Value::Obj(frame.globals))?;
        self.new_obj(op::GENERATOR, Some(r));
        self.text(&name);
        let mut head = Out::default();
        head.u8(match state {
            GenState::Created => 0,
            GenState::Suspended => 1,
            GenState::Running => 2,
            GenState::Done => 3,
        });
        match state {
            GenState::Created | GenState::Suspended => {
                write_head(&mut head, &frame, stack.len(), false);
                self.value(frame.locals.map_or(Value::None, Value::Obj))?;
                self.values(&stack)?;
            }
            GenState::Running => self.running_seen.push(r),
            GenState::Done => {}
        }
        self.out.u8(op::GEN_STATE);
        self.out.buf.extend_from_slice(&head.buf);
        Ok(())
    }

    fn tasklet(&mut self, r: ObjRef) -> Res<()> {
        let main = self.vm.tasklet(r).is_main;
        if let Some(why) =
            unrestorable(self.vm, r).or(main.then(|| "it is the main tasklet".into()))
        {
            return Err(self.error(format!("cannot pickle tasklet: {why}")));
        }
        let segs = match segments_of(self.vm, r) {
            Ok(s) => s,
            Err(e) => return Err(self.error(format!("cannot pickle tasklet: {e}"))),
        };
        self.new_obj(op::TASKLET, Some(r));
        let current = self.vm.sched.current == Some(r);
        let tk = self.vm.tasklet(r);
        let fiber = if current { &self.vm.fiber } else { &tk.fiber };
        let fiber = Fiber {
            stack: fiber.stack.clone(),
            frames: fiber.frames.clone(),
            handled: fiber.handled.clone(),
            // A tasklet with parked natives is not restorable (refused above).
            natives: Vec::new(),
        };
        // The running tasklet is pickled as suspended in this `dumps` call.
        let resume = if current {
            Resume::Value(Value::None)
        } else {
            tk.resume
        };
        let fixed = [tk.func, tk.args, tk.kwargs, tk.tempval];
        let send_exc = tk.send_exc;
        let mut head = Out::default();
        head.u8(tk.alive as u8
            | (tk.atomic as u8) << 1
            | (tk.block_trap as u8) << 2
            | (tk.ignore_nesting as u8) << 3
            | (!matches!(send_exc, Value::Undef) as u8) << 4);
        head.u8(match resume {
            Resume::Start => 0,
            Resume::Value(_) => 1,
            Resume::Raise(_) => 2,
            Resume::Continue => 3,
        });
        head.varint(fiber.handled.len() as u64);
        head.varint(fiber.frames.len() as u64);
        self.values(&fixed)?;
        if !matches!(send_exc, Value::Undef) {
            self.value(send_exc)?;
        }
        if let Resume::Raise(e) = resume {
            self.value(Value::Obj(e))?;
        }
        self.values(&fiber.handled)?;
        for (frame, seg) in fiber.frames.iter().zip(segs) {
            if let Some(g) = frame.generator {
                self.running_claimed.insert(g);
            }
            self.frame(frame, &fiber.stack[seg], &mut head, true)?;
        }
        self.out.u8(op::TASKLET_STATE);
        self.out.buf.extend_from_slice(&head.buf);
        Ok(())
    }

    fn channel(&mut self, r: ObjRef) -> Res<()> {
        self.new_obj(op::CHANNEL, Some(r));
        let ch = self.vm.channel(r);
        let (preference, flags, senders) = (
            ch.preference,
            ch.schedule_all as u8 | (ch.closing as u8) << 1,
            ch.balance > 0,
        );
        let mut queue = Vec::new();
        let mut t = ch.head;
        while let Some(tk) = t {
            if self.vm.tasklet(tk).place != Place::Channel(r) {
                break;
            }
            queue.push(Value::Obj(tk));
            t = self.vm.tasklet(tk).next;
        }
        self.values(&queue)?;
        self.out.u8(op::CHANNEL_STATE);
        self.out.zigzag(preference);
        self.out.u8(flags | (senders as u8) << 2);
        self.out.varint(queue.len() as u64);
        Ok(())
    }
}
