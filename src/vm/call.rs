//! Calls and attribute access: argument binding, frame set-up, classes and instances, imports, and the nested-run entry points natives use.

use std::rc::Rc;

use smallvec::SmallVec;

use crate::compile::code::{Code, CodeKind};
use crate::objects::{ClassObj, GenObj, GenState, InstanceObj, Layout, ModuleObj, Obj};
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::frame::{Cont, Frame};
use crate::vm::interp::{Called, RunExit};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

impl Vm {
    /// Calls the callable sitting below `argc` arguments on the stack (the
    /// last `len(kwnames)` of them keyword arguments). Script functions get
    /// a frame with continuation `cont`; anything else runs now and its
    /// result is returned (the callee and arguments are popped either way).
    #[inline]
    pub fn call_at(&mut self, argc: usize, kwnames: Option<Value>, cont: Cont) -> Res<Called> {
        let callee_pos = self.fiber.stack.len() - argc - 1;
        let callee = self.fiber.stack[callee_pos];
        let Value::Obj(r) = callee else {
            return Err(self.not_callable(callee));
        };
        match self.heap.get(r) {
            Obj::Function(f) => {
                let code = f.code.clone();
                let globals = f.globals;
                if kwnames.is_none()
                    && argc == code.argcount as usize
                    && code.kwonlycount == 0
                    && !code.has_varargs
                    && !code.has_varkw
                {
                    self.enter_function(r, code, globals, callee_pos, cont)
                } else {
                    self.bind_args(r, &code, callee_pos, kwnames)?;
                    self.enter_function(r, code, globals, callee_pos, cont)
                }
            }
            Obj::BoundMethod(b) => {
                let (slf, func) = **b;
                self.fiber.stack[callee_pos] = func;
                self.fiber.stack.insert(callee_pos + 1, slf);
                self.call_at(argc + 1, kwnames, cont)
            }
            Obj::Native(n) => {
                let (f, takes_kw, name, reentry) = (n.f, n.takes_kw, n.name, n.reentry);
                let (pos, kw) = self.split_args(callee_pos, kwnames);
                if !kw.is_empty() && !takes_kw {
                    return Err(self.type_error(format!("{name}() takes no keyword arguments")));
                }
                if cont == Cont::Push {
                    return self.call_native(f, reentry, &pos, kw);
                }
                Ok(Called::Value(f(self, &pos, &kw)?))
            }
            Obj::Class(_) => self.instantiate(r, callee_pos, kwnames, cont),
            Obj::Instance(_) | Obj::Exception(_) | Obj::Tasklet(_) | Obj::Channel(_) => {
                let call_name = self.intern("__call__");
                match self.load_method(callee, call_name)? {
                    Some(f) => {
                        self.fiber.stack[callee_pos] = f;
                        self.fiber.stack.insert(callee_pos + 1, callee);
                        self.call_at(argc + 1, kwnames, cont)
                    }
                    None => Err(self.not_callable(callee)),
                }
            }
            _ => Err(self.not_callable(callee)),
        }
    }

    fn not_callable(&self, v: Value) -> Exc {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Pops the arguments above `callee_pos` (and the callee) into positional and keyword lists.
    fn split_args(
        &mut self,
        callee_pos: usize,
        kwnames: Option<Value>,
    ) -> (SmallVec<[Value; 8]>, Vec<(Value, Value)>) {
        let args = self.peek_args(callee_pos, kwnames);
        self.fiber.stack.truncate(callee_pos);
        args
    }

    /// The arguments above `callee_pos`, positional and keyword, left on the stack.
    fn peek_args(
        &self,
        callee_pos: usize,
        kwnames: Option<Value>,
    ) -> (SmallVec<[Value; 8]>, Vec<(Value, Value)>) {
        let mut pos: SmallVec<[Value; 8]> =
            self.fiber.stack[callee_pos + 1..].iter().copied().collect();
        let mut kw = Vec::new();
        if let Some(Value::Obj(t)) = kwnames {
            if let Obj::Tuple(names) = self.heap.get(t) {
                let at = pos.len() - names.len();
                kw = names
                    .iter()
                    .copied()
                    .zip(pos[at..].iter().copied())
                    .collect();
                pos.truncate(at);
            }
        }
        (pos, kw)
    }

    /// Pushes the frame of a script function whose arguments fill its first
    /// slots (above `callee_pos`), or makes a generator.
    #[inline]
    fn enter_function(
        &mut self,
        func: ObjRef,
        code: Rc<Code>,
        globals: ObjRef,
        callee_pos: usize,
        cont: Cont,
    ) -> Res<Called> {
        if self.fiber.frames.len() >= self.recursion_limit {
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let base = callee_pos + 1;
        let nlocals = code.varnames.len();
        self.fiber.stack.resize(base + nlocals, Value::Undef);
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            for p in code.cell_params.iter() {
                let init = match p {
                    Some(slot) => self.fiber.stack[base + *slot as usize],
                    None => Value::Undef,
                };
                let cell = self.alloc(Obj::Cell(init));
                self.fiber.stack.push(cell);
            }
            let closure = match self.heap.get(func) {
                Obj::Function(f) => f.closure.clone(),
                _ => Vec::new(),
            };
            self.fiber.stack.extend(closure.into_iter().map(Value::Obj));
        }
        let locals = if code.kind == CodeKind::Class {
            Some(self.new_dict())
        } else {
            None
        };
        let is_gen = code.kind == CodeKind::Generator;
        let frame = Frame {
            code,
            ip: 0,
            base: base as u32,
            globals,
            locals,
            blocks: Vec::new(),
            cont,
            generator: None,
        };
        if is_gen {
            let segment: Vec<Value> = self.fiber.stack.drain(callee_pos..).collect();
            let name = frame.code.name.clone();
            let g = self.heap.alloc(Obj::Generator(Box::new(GenObj {
                frame,
                stack: segment,
                state: GenState::Created,
                name,
            })));
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                gen.frame.generator = Some(g);
            }
            return Ok(Called::Value(Value::Obj(g)));
        }
        self.fiber.frames.push(frame);
        Ok(Called::Frame)
    }

    /// Rearranges the arguments above `callee_pos` into the parameter slots
    /// of `code` (defaults, `*args`, keyword-only, `**kwargs`), with
    /// Python's error messages.
    fn bind_args(
        &mut self,
        func: ObjRef,
        code: &Code,
        callee_pos: usize,
        kwnames: Option<Value>,
    ) -> Res<()> {
        let (pos, kw) = self.split_args(callee_pos, kwnames);
        let (defaults, kwdefaults, fname) = match self.heap.get(func) {
            Obj::Function(f) => (f.defaults.clone(), f.kwdefaults, f.name.clone()),
            _ => unreachable!(),
        };
        let nargs = code.argcount as usize;
        let nkwonly = code.kwonlycount as usize;
        let mut slots = vec![Value::Undef; nargs + nkwonly];
        for (i, v) in pos.iter().take(nargs).enumerate() {
            slots[i] = *v;
        }
        let extra: Vec<Value> = pos.iter().skip(nargs).copied().collect();
        if !extra.is_empty() && !code.has_varargs {
            let given = pos.len();
            let kwgiven = kw.len();
            let min = nargs - defaults.len();
            let takes = if min == nargs {
                format!("{nargs}")
            } else {
                format!("from {min} to {nargs}")
            };
            let s = if nargs == 1 && min == nargs { "" } else { "s" };
            let extra_kw = if kwgiven > 0 {
                format!(
                    " positional argument{} (and {kwgiven} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    if kwgiven == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let was = if given == 1 { "was" } else { "were" };
            return Err(self.type_error(if extra_kw.is_empty() {
                format!("{fname}() takes {takes} positional argument{s} but {given} {was} given")
            } else {
                format!("{fname}() takes {takes} positional argument{s} but {given}{extra_kw} were given")
            }));
        }
        let kwdict = if code.has_varkw {
            Some(self.new_dict())
        } else {
            None
        };
        for (name, value) in kw {
            let n = self.str_of(name).unwrap_or("").to_string();
            match code.varnames[..nargs + nkwonly]
                .iter()
                .position(|v| *v == n)
            {
                Some(i) => {
                    if !matches!(slots[i], Value::Undef) {
                        return Err(self.type_error(format!(
                            "{fname}() got multiple values for argument '{n}'"
                        )));
                    }
                    slots[i] = value;
                }
                None => match kwdict {
                    Some(d) => self.dict_set(d, name, value)?,
                    None => {
                        return Err(self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{n}'"
                        )));
                    }
                },
            }
        }
        let first_default = nargs - defaults.len();
        let mut missing = Vec::new();
        for i in 0..nargs {
            if matches!(slots[i], Value::Undef) {
                if i >= first_default {
                    slots[i] = defaults[i - first_default];
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(&fname, "positional", &missing)));
        }
        for (slot, name) in slots[nargs..].iter_mut().zip(&code.varnames[nargs..]) {
            if matches!(slot, Value::Undef) {
                let d = match kwdefaults {
                    Some(kd) => self.dict_get_str(kd, name),
                    None => None,
                };
                match d {
                    Some(v) => *slot = v,
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(&fname, "keyword-only", &missing)));
        }
        self.fiber.stack.push(Value::Obj(func));
        self.fiber.stack.extend(slots);
        if code.has_varargs {
            let t = self.new_tuple(extra);
            self.fiber.stack.push(t);
        }
        if let Some(d) = kwdict {
            self.fiber.stack.push(Value::Obj(d));
        }
        Ok(())
    }

    /// Calls a class: builtin constructors, or a new instance and its `__init__`.
    fn instantiate(
        &mut self,
        class: ObjRef,
        callee_pos: usize,
        kwnames: Option<Value>,
        cont: Cont,
    ) -> Res<Called> {
        let layout = self.class(class).layout;
        let init_name = Value::Obj(self.intern("__init__"));
        let init = self.lookup_in_class(class, init_name);
        let user_init =
            matches!(init, Some(Value::Obj(f)) if matches!(self.heap.get(f), Obj::Function(_)));
        let instance = match layout {
            Layout::Object => {
                let dict = self.new_dict();
                Value::Obj(self.heap.alloc(Obj::Instance(InstanceObj { class, dict })))
            }
            Layout::Exception => {
                let argc = self.fiber.stack.len() - callee_pos - 1;
                let nkw = match kwnames {
                    Some(Value::Obj(t)) => match self.heap.get(t) {
                        Obj::Tuple(n) => n.len(),
                        _ => 0,
                    },
                    _ => 0,
                };
                let args: Vec<Value> =
                    self.fiber.stack[callee_pos + 1..callee_pos + 1 + argc - nkw].to_vec();
                Value::Obj(self.new_exception(class, args))
            }
            Layout::Super => {
                let (pos, kw) = self.split_args(callee_pos, kwnames);
                return crate::objects::superobj::super_new(self, &pos, &kw).map(Called::Value);
            }
            Layout::Tasklet | Layout::Channel if self.is_builtin_type(class) => {
                let (pos, kw) = self.split_args(callee_pos, kwnames);
                return self.construct_builtin(class, &pos, &kw).map(Called::Value);
            }
            Layout::List
            | Layout::Dict
            | Layout::Set
            | Layout::Tuple
            | Layout::Str
            | Layout::Tasklet
            | Layout::Channel
                if !self.is_builtin_type(class) =>
            {
                self.new_subclassed_builtin(class, layout, user_init, callee_pos, kwnames)?
            }
            _ => {
                let (pos, kw) = self.split_args(callee_pos, kwnames);
                if cont == Cont::Push
                    && !self.on_coroutine()
                    && crate::vm::reentry::any_argument(self, &pos, &kw)
                {
                    // `list(generator)`, `str(instance)`, …: may call back.
                    self.args_on_coroutine(&pos, kw, move |vm, pos, kw| {
                        vm.construct_builtin(class, pos, kw)
                    })?;
                    return Ok(Called::Frame);
                }
                return self.construct_builtin(class, &pos, &kw).map(Called::Value);
            }
        };
        if user_init {
            let f = init.expect("init");
            if cont != Cont::Push {
                // Called from a native (`call_value`): run `__init__` to
                // completion on a nested run and hand back the instance.
                let (pos, kw) = self.split_args(callee_pos, kwnames);
                let mut all = vec![instance];
                all.extend_from_slice(&pos);
                let r = self.call_value(f, &all, &kw)?;
                if !r.is_none() {
                    let t = self.type_name(r);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{t}'"))
                    );
                }
                return Ok(Called::Value(instance));
            }
            self.fiber.stack[callee_pos] = f;
            self.fiber.stack.insert(callee_pos + 1, instance);
            let argc = self.fiber.stack.len() - callee_pos - 1;
            return match self.call_at(argc, kwnames, Cont::Init)? {
                Called::Frame => Ok(Called::Frame),
                Called::Value(_) => Ok(Called::Value(instance)),
            };
        }
        let argc = self.fiber.stack.len() - callee_pos - 1;
        if argc > 0 && layout == Layout::Object {
            let n = self.class(class).name.clone();
            return Err(self.type_error(format!("{n}() takes no arguments")));
        }
        self.fiber.stack.truncate(callee_pos);
        Ok(Called::Value(instance))
    }

    /// Whether `class` is one of the builtin type objects (not a user subclass).
    fn is_builtin_type(&self, class: ObjRef) -> bool {
        let t = &self.types;
        [t.list, t.dict, t.set, t.tuple, t.str_, t.tasklet, t.channel].contains(&class)
    }

    /// Calls the constructor of a builtin type with the given arguments.
    fn construct_builtin(
        &mut self,
        builtin: ObjRef,
        pos: &[Value],
        kw: &[(Value, Value)],
    ) -> Res<Value> {
        use crate::modules::stackless::{new_channel, new_tasklet};
        if builtin == self.types.tasklet {
            return new_tasklet(self, pos, kw);
        }
        if builtin == self.types.channel {
            return new_channel(self, pos, kw);
        }
        match crate::modules::builtins::construct(self, builtin, pos, kw)? {
            Some(v) => Ok(v),
            None => {
                let n = self.class(builtin).name.clone();
                Err(self.type_error(format!("cannot create '{n}' instances")))
            }
        }
    }

    /// The builtin object behind an instance of a user subclass of list,
    /// dict, set, tuple or str, registered in `subclassed`. Mutable ones
    /// start empty when the class has its own `__init__` (which fills them,
    /// often through `super().__init__`); otherwise the builtin constructor
    /// makes them from the call's arguments, which stay on the stack.
    fn new_subclassed_builtin(
        &mut self,
        class: ObjRef,
        layout: Layout,
        user_init: bool,
        callee_pos: usize,
        kwnames: Option<Value>,
    ) -> Res<Value> {
        let t = &self.types;
        let builtin = match layout {
            Layout::List => t.list,
            Layout::Dict => t.dict,
            Layout::Set => t.set,
            Layout::Tuple => t.tuple,
            Layout::Tasklet => t.tasklet,
            Layout::Channel => t.channel,
            _ => t.str_,
        };
        let mutable = matches!(
            layout,
            Layout::List | Layout::Dict | Layout::Set | Layout::Tasklet | Layout::Channel
        );
        let object = if user_init && mutable {
            match layout {
                Layout::List => self.new_list(Vec::new()),
                Layout::Dict => Value::Obj(self.new_dict()),
                Layout::Tasklet => crate::modules::stackless::new_tasklet(self, &[], &[])?,
                Layout::Channel => crate::modules::stackless::new_channel(self, &[], &[])?,
                _ => self.alloc(Obj::Set(Box::default())),
            }
        } else {
            let (mut pos, mut kw) = self.peek_args(callee_pos, kwnames);
            if user_init {
                // `__init__` gets the arguments; `__new__` of an immutable type only its value.
                kw.clear();
                pos.truncate(1);
            }
            self.construct_builtin(builtin, &pos, &kw)?
        };
        let Value::Obj(r) = object else {
            return Err(self.type_error("cannot subclass this type"));
        };
        let dict = self.new_dict();
        self.subclassed
            .insert(r, crate::vm::Subclassed { class, dict });
        if !user_init {
            // The constructor consumed the arguments.
            self.fiber.stack.truncate(callee_pos + 1);
        }
        Ok(object)
    }

    /// Calls any callable with positional and keyword arguments and returns
    /// its result: the re-entry path natives use. On a coroutine the call is
    /// handed to the dispatch loop (`reentry.rs`); otherwise script
    /// functions run on a nested dispatch loop until they return (and
    /// cannot switch tasklets meanwhile).
    pub fn call_value(
        &mut self,
        f: Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> Res<Value> {
        if self.on_coroutine() {
            return crate::vm::reentry::call(self, f, args, kwargs);
        }
        let callee_pos = self.fiber.stack.len();
        self.fiber.stack.push(f);
        self.fiber.stack.extend_from_slice(args);
        let names = if kwargs.is_empty() {
            None
        } else {
            self.fiber.stack.extend(kwargs.iter().map(|(_, v)| *v));
            Some(self.new_tuple(kwargs.iter().map(|(k, _)| *k).collect()))
        };
        let result = self.call_at(args.len() + kwargs.len(), names, Cont::Stop);
        match result {
            Ok(Called::Value(v)) => {
                self.fiber.stack.truncate(callee_pos);
                Ok(v)
            }
            Ok(Called::Frame) => match self.run_nested() {
                Ok(RunExit::Return(v)) => Ok(v),
                Ok(RunExit::Yield(_)) => unreachable!("a plain call yielded"),
                Err(e) => {
                    self.fiber.stack.truncate(callee_pos);
                    Err(e)
                }
            },
            Err(e) => {
                self.fiber.stack.truncate(callee_pos);
                Err(e)
            }
        }
    }

    /// Looks `name` up on the type of `obj` (a special method, like
    /// `__repr__`), and calls it bound to `obj` if present.
    pub fn call_method(&mut self, obj: Value, name: &str, args: &[Value]) -> Res<Option<Value>> {
        let n = Value::Obj(self.intern(name));
        let class = self.type_of(obj);
        let Some(f) = self.lookup_in_class(class, n) else {
            return Ok(None);
        };
        let f = self.bind_descriptor(f, obj, class)?;
        let f = match f {
            Bound::Method(func) => {
                let mut all: SmallVec<[Value; 4]> = SmallVec::new();
                all.push(obj);
                all.extend_from_slice(args);
                return self.call_value(func, &all, &[]).map(Some);
            }
            Bound::Value(v) => v,
        };
        self.call_value(f, args, &[]).map(Some)
    }

    /// Runs a generator one step with `send(value)`: `Some(yielded)`, or `None` when it returns.
    pub fn gen_resume(&mut self, gen: ObjRef, value: Value) -> Res<Option<Value>> {
        Ok(match self.gen_step(gen, value)? {
            RunExit::Yield(v) => Some(v),
            RunExit::Return(_) => None,
        })
    }

    /// Runs a generator one step, reporting a yield or its return value.
    pub fn gen_step(&mut self, gen: ObjRef, value: Value) -> Res<RunExit> {
        if self.on_coroutine() {
            return crate::vm::reentry::resume_generator(self, gen, value);
        }
        let depth = self.fiber.stack.len();
        match self.resume_generator(gen, value, Cont::Stop) {
            Ok(()) => {}
            Err(Exc::New(ExcKind::StopIteration, _)) => return Ok(RunExit::Return(Value::None)),
            Err(e) => return Err(e),
        }
        let r = self.run_nested();
        if r.is_err() {
            self.fiber.stack.truncate(depth);
        }
        r
    }

    // ----- attributes -----

    /// The plain function (or native) `obj.name` would bind, for `LOAD_METHOD`;
    /// `None` when the attribute is anything else.
    #[inline]
    pub fn load_method(&mut self, obj: Value, name: ObjRef) -> Res<Option<Value>> {
        let class = self.type_of(obj);
        let layout = self.class(class).layout;
        if matches!(layout, Layout::Module | Layout::Type | Layout::Super) {
            return Ok(None);
        }
        let Some(f) = self.lookup_in_class(class, Value::Obj(name)) else {
            return Ok(None);
        };
        let plain = matches!(f, Value::Obj(r) if matches!(self.heap.get(r), Obj::Function(_) | Obj::Native(_)));
        if !plain {
            return Ok(None);
        }
        // An instance attribute shadows the method.
        if let Some(d) = self.instance_dict(obj) {
            if self.dict_get(d, Value::Obj(name))?.is_some() {
                return Ok(None);
            }
        }
        Ok(Some(f))
    }

    fn instance_dict(&self, obj: Value) -> Option<ObjRef> {
        match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => Some(i.dict),
                Obj::Exception(e) => e.dict,
                Obj::Function(f) => f.dict,
                Obj::Module(m) => Some(m.dict),
                _ => self.subclassed.get(&r).map(|s| s.dict),
            },
            _ => None,
        }
    }

    /// Applies the descriptor protocol to a class attribute found for `obj`.
    fn bind_descriptor(&mut self, attr: Value, obj: Value, class: ObjRef) -> Res<Bound> {
        let Value::Obj(r) = attr else {
            return Ok(Bound::Value(attr));
        };
        Ok(match self.heap.get(r) {
            Obj::Function(_) | Obj::Native(_) => Bound::Method(attr),
            Obj::StaticMethod(f) => Bound::Value(*f),
            Obj::ClassMethod(f) => {
                let f = *f;
                Bound::Value(self.alloc(Obj::BoundMethod(Box::new((Value::Obj(class), f)))))
            }
            Obj::Property(p) => {
                let getter = p[0];
                if getter.is_none() {
                    return Err(self.err(ExcKind::AttributeError, "unreadable attribute"));
                }
                Bound::Value(self.call_value(getter, &[obj], &[])?)
            }
            _ => Bound::Value(attr),
        })
    }

    /// Binds a class attribute found for `obj` (a method becomes a bound method).
    pub fn bind_found(&mut self, attr: Value, obj: Value, class: ObjRef) -> Res<Value> {
        let is_class = matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Obj::Class(_)));
        Ok(match self.bind_descriptor(attr, obj, class)? {
            Bound::Method(f) if !is_class => self.alloc(Obj::BoundMethod(Box::new((obj, f)))),
            Bound::Method(v) | Bound::Value(v) => v,
        })
    }

    /// `obj.name` (AttributeError if missing).
    pub fn get_attr(&mut self, obj: Value, name: ObjRef) -> Res<Value> {
        let key = Value::Obj(name);
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Super(s) => {
                    let (start, target) = **s;
                    return self.super_attr(start, target, name);
                }
                Obj::Class(_) => return self.class_attr(r, name),
                Obj::Module(m) => {
                    let d = m.dict;
                    if let Some(v) = self.dict_get(d, key)? {
                        return Ok(v);
                    }
                    // PEP 562: a module-level `__getattr__` supplies missing names.
                    if let Some(g) = self.dict_get_str(d, "__getattr__") {
                        return self.call_value(g, &[key], &[]);
                    }
                    let mn = self.module_name(obj);
                    let an = self.str_of(key).unwrap_or("").to_string();
                    return Err(self.err(
                        ExcKind::AttributeError,
                        format!("module '{mn}' has no attribute '{an}'"),
                    ));
                }
                _ => {}
            }
        }
        let class = self.type_of(obj);
        let class_attr = self.lookup_in_class(class, key);
        // Data descriptors (properties) win over the instance dict.
        if let Some(Value::Obj(p)) = class_attr {
            if matches!(self.heap.get(p), Obj::Property(_)) {
                return match self.bind_descriptor(Value::Obj(p), obj, class)? {
                    Bound::Value(v) | Bound::Method(v) => Ok(v),
                };
            }
        }
        if let Some(d) = self.instance_dict(obj) {
            if let Some(v) = self.dict_get(d, key)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        if let Some(a) = class_attr {
            return self.bind_found(a, obj, class);
        }
        let getattr = Value::Obj(self.intern("__getattr__"));
        if let Some(g) = self.lookup_in_class(class, getattr) {
            return self.call_value(g, &[obj, key], &[]);
        }
        let tn = self.type_name(obj);
        let an = self.str_of(key).unwrap_or("").to_string();
        Err(self.err(
            ExcKind::AttributeError,
            format!("'{tn}' object has no attribute '{an}'"),
        ))
    }

    /// Attributes every object of a kind has without a dict entry.
    fn special_attr(&mut self, obj: Value, name: ObjRef) -> Res<Option<Value>> {
        let n = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
        if n == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        let Value::Obj(r) = obj else {
            return Ok(None);
        };
        match self.heap.get(r) {
            Obj::Tasklet(_) => return Ok(crate::modules::stackless::tasklet_attr(self, r, &n)),
            Obj::Channel(_) => return Ok(crate::modules::stackless::channel_attr(self, r, &n)),
            _ => {}
        }
        let v = match (self.heap.get(r), n.as_str()) {
            (Obj::Exception(e), "args") => e.args,
            (Obj::Exception(e), "__cause__") => e.cause,
            (Obj::Exception(e), "__context__") => e.context,
            (Obj::Exception(e), "__suppress_context__") => Value::Bool(e.suppress_context),
            (Obj::Exception(e), "__traceback__") => {
                if e.traceback.is_empty() {
                    Value::None
                } else {
                    Value::Bool(true)
                }
            }
            (Obj::Exception(e), "value" | "code") => {
                let args = e.args;
                match self.heap.get(args.as_obj().expect("args")) {
                    Obj::Tuple(t) if t.len() == 1 => t[0],
                    Obj::Tuple(t) if t.is_empty() => Value::None,
                    _ => args,
                }
            }
            (Obj::Function(f), "__name__") => {
                let s = f.name.clone();
                self.new_str(&s)
            }
            (Obj::Function(f), "__qualname__") => {
                let s = f.qualname.clone();
                self.new_str(&s)
            }
            (Obj::Function(f), "__module__") => f.module,
            (Obj::Function(f), "__doc__") => match f.code.doc.clone() {
                Some(d) => self.new_str(&d),
                None => Value::None,
            },
            (Obj::Native(f), "__name__") => {
                let s = f.name;
                self.new_str(s)
            }
            (Obj::BoundMethod(b), "__self__") => b.0,
            (Obj::BoundMethod(b), "__func__") => b.1,
            (Obj::Generator(g), "__name__") => {
                let s = g.name.clone();
                self.new_str(&s)
            }
            (Obj::Instance(i), "__dict__") => Value::Obj(i.dict),
            (Obj::Slice(sl), "start") => sl[0],
            (Obj::Slice(sl), "stop") => sl[1],
            (Obj::Slice(sl), "step") => sl[2],
            (Obj::Range(rg), "start") => Value::Int(rg.start),
            (Obj::Range(rg), "stop") => Value::Int(rg.stop),
            (Obj::Range(rg), "step") => Value::Int(rg.step),
            (Obj::Module(m), "__dict__") => Value::Obj(m.dict),
            (Obj::Frame(fr), "f_code") => {
                let code = fr.code.clone();
                self.alloc(Obj::Code(code))
            }
            (Obj::Frame(fr), "f_lineno") => Value::Int(i64::from(fr.line)),
            (Obj::Frame(fr), "f_back") => fr.back,
            (Obj::Frame(fr), "f_globals") => Value::Obj(fr.globals),
            (Obj::Code(c), "co_name") => {
                let s = c.name.clone();
                self.new_str(&s)
            }
            (Obj::Code(c), "co_filename") => {
                let s = c.filename.clone();
                self.new_str(&s)
            }
            (Obj::Code(c), "co_firstlineno") => Value::Int(i64::from(c.first_line)),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    fn class_attr(&mut self, class: ObjRef, name: ObjRef) -> Res<Value> {
        let key = Value::Obj(name);
        if let Some(v) = self.lookup_in_class(class, key) {
            if let Value::Obj(r) = v {
                match self.heap.get(r) {
                    Obj::StaticMethod(f) => return Ok(*f),
                    Obj::ClassMethod(f) => {
                        let f = *f;
                        return Ok(self.alloc(Obj::BoundMethod(Box::new((Value::Obj(class), f)))));
                    }
                    _ => {}
                }
            }
            return Ok(v);
        }
        let n = self.str_of(key).unwrap_or("").to_string();
        let c = self.class(class);
        let v = match n.as_str() {
            "__name__" => {
                let s = c.name.clone();
                self.new_str(&s)
            }
            "__qualname__" => {
                let s = c.qualname.clone();
                self.new_str(&s)
            }
            "__mro__" => {
                let m: Vec<Value> = c.mro.iter().map(|r| Value::Obj(*r)).collect();
                self.new_tuple(m)
            }
            "__bases__" => {
                let b: Vec<Value> = c.bases.iter().map(|r| Value::Obj(*r)).collect();
                self.new_tuple(b)
            }
            "__dict__" => Value::Obj(c.dict),
            "__class__" => Value::Obj(self.types.type_),
            "__doc__" => Value::None,
            "__module__" => {
                let s = "builtins";
                self.new_str(s)
            }
            _ => {
                let cn = c.name.clone();
                return Err(self.err(
                    ExcKind::AttributeError,
                    format!("type object '{cn}' has no attribute '{n}'"),
                ));
            }
        };
        Ok(v)
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: Value, name: ObjRef, value: Value) -> Res<()> {
        let key = Value::Obj(name);
        let class = self.type_of(obj);
        if let Some(Value::Obj(p)) = self.lookup_in_class(class, key) {
            if let Obj::Property(prop) = self.heap.get(p) {
                let setter = prop[1];
                if setter.is_none() {
                    let an = self.str_of(key).unwrap_or("").to_string();
                    return Err(self.err(
                        ExcKind::AttributeError,
                        format!("can't set attribute '{an}'"),
                    ));
                }
                self.call_value(setter, &[obj, value], &[])?;
                return Ok(());
            }
        }
        if let Value::Obj(r) = obj {
            if let Obj::Exception(_) = self.heap.get(r) {
                return self.set_exception_attr(r, key, value);
            }
            let n = self.str_of(key).unwrap_or("").to_string();
            let special = match self.heap.get(r) {
                Obj::Tasklet(_) => crate::modules::stackless::set_tasklet_attr(self, r, &n, value),
                Obj::Channel(_) => crate::modules::stackless::set_channel_attr(self, r, &n, value),
                _ => None,
            };
            if let Some(result) = special {
                return result;
            }
            if let Obj::Class(_) = self.heap.get(r) {
                self.invalidate_attr_cache();
            }
            let target = match self.heap.get(r) {
                Obj::Instance(i) => Some(i.dict),
                Obj::Module(m) => Some(m.dict),
                Obj::Class(c) => Some(c.dict),
                _ if self.subclassed.contains_key(&r) => Some(self.subclassed[&r].dict),
                Obj::Function(f) => Some(match f.dict {
                    Some(d) => d,
                    None => {
                        let d = self.new_dict();
                        if let Obj::Function(f) = self.heap.get_mut(r) {
                            f.dict = Some(d);
                        }
                        d
                    }
                }),
                _ => None,
            };
            if let Some(d) = target {
                return self.dict_set(d, key, value);
            }
        }
        let tn = self.type_name(obj);
        let an = self.str_of(key).unwrap_or("").to_string();
        Err(self.err(
            ExcKind::AttributeError,
            format!("'{tn}' object has no attribute '{an}'"),
        ))
    }

    fn set_exception_attr(&mut self, r: ObjRef, key: Value, value: Value) -> Res<()> {
        match self.str_of(key) {
            Some("args") => {
                let items = crate::objects::ops::to_vec(self, value)?;
                let t = self.new_tuple(items);
                if let Obj::Exception(e) = self.heap.get_mut(r) {
                    e.args = t;
                }
            }
            Some("__cause__") => {
                if let Obj::Exception(e) = self.heap.get_mut(r) {
                    e.cause = value;
                    e.suppress_context = true;
                }
            }
            Some("__context__") => {
                if let Obj::Exception(e) = self.heap.get_mut(r) {
                    e.context = value;
                }
            }
            _ => {
                let d = match self.heap.get(r) {
                    Obj::Exception(e) => e.dict,
                    _ => None,
                };
                let d = match d {
                    Some(d) => d,
                    None => {
                        let d = self.new_dict();
                        if let Obj::Exception(e) = self.heap.get_mut(r) {
                            e.dict = Some(d);
                        }
                        d
                    }
                };
                self.dict_set(d, key, value)?;
            }
        }
        Ok(())
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: Value, name: ObjRef) -> Res<()> {
        let key = Value::Obj(name);
        self.invalidate_attr_cache();
        if let Some(d) = self.instance_dict(obj).or(match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Class(c) => Some(c.dict),
                _ => None,
            },
            _ => None,
        }) {
            if self.dict_remove(d, key)?.is_some() {
                return Ok(());
            }
        }
        let tn = self.type_name(obj);
        let an = self.str_of(key).unwrap_or("").to_string();
        Err(self.err(
            ExcKind::AttributeError,
            format!("'{tn}' object has no attribute '{an}'"),
        ))
    }

    pub fn module_name(&mut self, m: Value) -> String {
        match m {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Module(m) => m.name.clone(),
                _ => String::new(),
            },
            _ => String::new(),
        }
    }

    // ----- modules -----

    /// A new module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let dict = self.new_dict();
        let n = self.new_str(name);
        self.dict_set_str(dict, "__name__", n);
        self.heap.alloc(Obj::Module(Box::new(ModuleObj {
            name: name.to_string(),
            dict,
        })))
    }

    /// `import name`: a loaded module, or a frame that runs the module's code
    /// (its result is the module). `top`: return the top-level package.
    pub fn import_module(&mut self, name: &str, top: bool) -> Res<Called> {
        let _ = top;
        let key = self.new_str(name);
        if let Some(m) = self.dict_get(self.modules, key)? {
            return Ok(Called::Value(m));
        }
        let path = self.find_module(name);
        let Some((path, source)) = path else {
            return Err(self.err(
                ExcKind::ModuleNotFoundError,
                format!("No module named '{name}'"),
            ));
        };
        let code = crate::run::compile_import(self, &source, &path)?;
        let module = self.new_module(name);
        let dict = match self.heap.get(module) {
            Obj::Module(m) => m.dict,
            _ => unreachable!(),
        };
        let f = self.new_str(&path);
        self.dict_set_str(dict, "__file__", f);
        self.dict_set(self.modules, key, Value::Obj(module))?;
        self.push_module_frame(code, dict, Value::Obj(module), Cont::Module);
        Ok(Called::Frame)
    }

    /// Pushes the frame that runs a module's code in `globals`; `callee`
    /// fills the callee slot below it (the module object for an import).
    pub fn push_module_frame(
        &mut self,
        code: Rc<Code>,
        globals: ObjRef,
        callee: Value,
        cont: Cont,
    ) {
        self.fiber.stack.push(callee);
        let base = self.fiber.stack.len() as u32;
        self.fiber
            .stack
            .resize(base as usize + code.nslots(), Value::Undef);
        self.fiber.frames.push(Frame {
            code,
            ip: 0,
            base,
            globals,
            locals: None,
            blocks: Vec::new(),
            cont,
            generator: None,
        });
    }

    /// Searches `sys.path` for `name.sl` (then `name.py`).
    fn find_module(&mut self, name: &str) -> Option<(String, String)> {
        let rel = name.replace('.', "/");
        for dir in self.search_path() {
            for ext in ["sl", "py"] {
                let p = std::path::Path::new(&dir).join(format!("{rel}.{ext}"));
                if let Ok(src) = std::fs::read_to_string(&p) {
                    return Some((p.to_string_lossy().into_owned(), src));
                }
            }
        }
        crate::run::embedded_stdlib(name)
            .map(|src| (format!("<stdlib>/{name}.sl"), src.to_string()))
    }

    fn search_path(&mut self) -> Vec<String> {
        let sys = self.new_str("sys");
        let Ok(Some(Value::Obj(m))) = self.dict_get(self.modules, sys) else {
            return Vec::new();
        };
        let dict = match self.heap.get(m) {
            Obj::Module(m) => m.dict,
            _ => return Vec::new(),
        };
        let Some(Value::Obj(p)) = self.dict_get_str(dict, "path") else {
            return Vec::new();
        };
        match self.heap.get(p) {
            Obj::List(items) => items
                .iter()
                .filter_map(|v| self.str_of(*v).map(str::to_string))
                .collect(),
            _ => Vec::new(),
        }
    }
}

enum Bound {
    /// A function to call with the object as first argument.
    Method(Value),
    Value(Value),
}

fn missing_message(fname: &str, kind: &str, missing: &[String]) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    format!(
        "{fname}() missing {} required {kind} argument{s}: {list}",
        missing.len()
    )
}

/// `__build_class__(name, bases, namespace)`: makes a class with a C3 MRO.
pub fn build_class(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let [name, bases, ns] = args else {
        return Err(vm.type_error("__build_class__: bad arguments"));
    };
    let name = vm.str_of(*name).unwrap_or("?").to_string();
    let mut base_refs: Vec<ObjRef> = match vm.heap.get(bases.as_obj().expect("bases")) {
        Obj::Tuple(t) => t.iter().filter_map(|v| v.as_obj()).collect(),
        _ => Vec::new(),
    };
    for b in &base_refs {
        if !matches!(vm.heap.get(*b), Obj::Class(_)) {
            return Err(vm.type_error("bases must be types"));
        }
    }
    if base_refs.is_empty() {
        base_refs.push(vm.types.object);
    }
    let ns = ns.as_obj().expect("namespace");
    let mro_tail = c3_merge(vm, &base_refs)?;
    let layout = base_refs
        .iter()
        .map(|b| vm.class(*b).layout)
        .find(|l| *l != Layout::Object)
        .unwrap_or(Layout::Object);
    let qualname = vm
        .dict_get_str(ns, "__qualname__")
        .and_then(|v| vm.str_of(v).map(str::to_string))
        .unwrap_or_else(|| name.clone());
    let class = vm.heap.alloc(Obj::Class(Box::new(ClassObj {
        name,
        qualname,
        bases: base_refs,
        mro: Vec::new(),
        dict: ns,
        layout,
    })));
    let mut mro = vec![class];
    mro.extend(mro_tail);
    if let Obj::Class(c) = vm.heap.get_mut(class) {
        c.mro = mro;
    }
    let cc = Value::Obj(vm.intern("__classcell__"));
    if let Some(Value::Obj(cell)) = vm.dict_remove(ns, cc)? {
        *vm.heap.get_mut(cell) = Obj::Cell(Value::Obj(class));
    }
    Ok(Value::Obj(class))
}

/// The C3 linearization of the bases (without the class itself).
fn c3_merge(vm: &Vm, bases: &[ObjRef]) -> Res<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| vm.class(*b).mro.clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0])
            .find(|c| !seqs.iter().any(|s| s[1..].contains(c)));
        let Some(c) = candidate else {
            let names: Vec<String> = bases.iter().map(|b| vm.class(*b).name.clone()).collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}
