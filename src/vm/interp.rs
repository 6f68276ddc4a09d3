//! The dispatch loop: runs the frames of the current fiber, handles exceptions by unwinding block stacks and frames.
//!
//! `run` executes until the frame marked `Cont::Stop` returns, yields (a
//! generator resumed from native code) or lets an exception out. Calls from
//! script to script push a frame and keep looping; the Rust stack does not
//! grow with script recursion. Hot paths (int arithmetic and comparisons,
//! local and global loads, range and list iteration, calls of plain
//! functions) are inlined here; everything else goes to `objects::ops`.

use std::rc::Rc;

use smallvec::SmallVec;

use crate::compile::code::{AttrCache, Code, ATTR_WAYS};
use crate::compile::opcode::Op;
use crate::objects::exception::TbEntry;
use crate::objects::iter::IterObj;
use crate::objects::{ops, FunctionObj, GenState, Layout, Obj};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::frame::{Block, Cont, Frame};
use crate::vm::reentry::{any_argument, Then};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

/// How a nested run ended.
pub enum RunExit {
    Return(Value),
    Yield(Value),
}

/// Most positional arguments of a native the hot loop calls itself (they
/// are copied to an array of this size); more go through `step`.
const NATIVE_ARGS: usize = 4;

/// How `Vm::step` left the frame stack.
enum Flow {
    /// Still in the same frame, at its updated `ip`.
    Same,
    /// A frame was pushed or popped: continue in the new top frame.
    Switch,
    /// The `Cont::Stop` frame ended or a generator yielded to native code.
    Exit(RunExit),
}

/// What a call did: pushed a frame (the loop continues in it) or produced its value.
pub enum Called {
    Frame,
    Value(Value),
}

impl Vm {
    #[inline]
    fn pop(&mut self) -> Value {
        self.fiber.stack.pop().expect("stack underflow")
    }

    #[inline]
    fn push(&mut self, v: Value) {
        self.fiber.stack.push(v);
    }

    #[inline]
    fn top(&self) -> Value {
        *self.fiber.stack.last().expect("empty stack")
    }

    fn frame(&mut self) -> &mut Frame {
        self.fiber.frames.last_mut().expect("no frame")
    }

    /// Runs the fiber's frames until the `Cont::Stop` frame finishes, as a
    /// nested run of a native (see `nested_runs`).
    pub fn run_nested(&mut self) -> Res<RunExit> {
        self.nested_runs += 1;
        let r = self.run();
        self.nested_runs -= 1;
        r
    }

    /// Runs the fiber's frames until the `Cont::Stop` frame finishes.
    pub fn run(&mut self) -> Res<RunExit> {
        loop {
            match self.execute() {
                Ok(exit) => return Ok(exit),
                Err(Exc::Switch) => return Err(Exc::Switch),
                Err(e) => {
                    let exc = self.exc_object(e);
                    if !std::mem::take(&mut self.reraising) {
                        self.on_raise(exc);
                    }
                    self.unwind(exc)?;
                }
            }
        }
    }

    /// Finds a handler for `exc`: unwinds blocks and frames; `Err` once the
    /// exception leaves the `Cont::Stop` frame. A frame that was a native's
    /// callback hands the exception to that native (`reentry.rs`), which
    /// may handle it or raise at its own call site.
    pub(crate) fn unwind(&mut self, mut exc: ObjRef) -> Res<()> {
        loop {
            if self.catch_here(exc) {
                return Ok(());
            }
            let (cont, e) = self.pop_unwound(exc);
            exc = e;
            match cont {
                Cont::Stop => return Err(Exc::Object(exc)),
                Cont::Native => {
                    match self.resume_native(crate::vm::reentry::Reply::Raised(Exc::Object(exc))) {
                        Ok(()) => return Ok(()),
                        Err(e) => {
                            exc = self.exc_object(e);
                            self.on_raise(exc);
                        }
                    }
                }
                _ => self.add_traceback_here(exc),
            }
        }
    }

    /// Looks for a handler of `exc` in the top frame's blocks; if there is
    /// one, the frame continues there.
    pub(crate) fn catch_here(&mut self, exc: ObjRef) -> bool {
        let base = self.frame().base as usize;
        while let Some(block) = self.frame().blocks.pop() {
            match block {
                Block::Except { handler, depth } => {
                    self.fiber.stack.truncate(base + depth as usize);
                    let depth = (self.fiber.stack.len() - base) as u32;
                    self.frame().blocks.push(Block::Handler { depth });
                    self.fiber.handled.push(Value::Obj(exc));
                    self.push(Value::Obj(exc));
                    self.frame().ip = handler;
                    return true;
                }
                Block::Handler { .. } => {
                    self.fiber.handled.pop();
                }
            }
        }
        false
    }

    /// Pops the top frame, which `exc` leaves: its continuation, and the
    /// exception that goes on (a generator's `StopIteration` is replaced).
    pub(crate) fn pop_unwound(&mut self, exc: ObjRef) -> (Cont, ObjRef) {
        let frame = self.fiber.frames.pop().expect("frame");
        self.fiber.stack.truncate(frame.base as usize - 1);
        let mut exc = exc;
        if let Some(g) = frame.generator {
            self.finish_generator(g);
            if self.exc_is(exc, ExcKind::StopIteration) {
                exc = self.generator_raised_stop_iteration(exc);
            }
        }
        (frame.cont, exc)
    }

    /// PEP 479: a `StopIteration` escaping a generator's frame becomes a
    /// `RuntimeError` caused by it (otherwise it would silently end the loop
    /// driving the generator).
    fn generator_raised_stop_iteration(&mut self, stop: ObjRef) -> ObjRef {
        let msg = self.new_str("generator raised StopIteration");
        let class = self.exc_class(ExcKind::RuntimeError);
        let err = self.new_exception(class, vec![msg]);
        let traceback = match self.heap.get(stop) {
            Obj::Exception(e) => e.traceback.clone(),
            _ => Vec::new(),
        };
        if let Obj::Exception(e) = self.heap.get_mut(err) {
            e.cause = Value::Obj(stop);
            e.context = Value::Obj(stop);
            e.suppress_context = true;
            e.traceback = traceback;
        }
        err
    }

    /// Records the current frame's line in the exception's traceback.
    pub fn add_traceback_here(&mut self, exc: ObjRef) {
        let Some(frame) = self.fiber.frames.last() else {
            return;
        };
        if self.is_trampoline(&frame.code) {
            return;
        }
        let entry = TbEntry {
            code: frame.code.clone(),
            line: frame.line(),
        };
        if let Obj::Exception(e) = self.heap.get_mut(exc) {
            e.traceback.insert(0, entry);
        }
    }

    fn finish_generator(&mut self, g: ObjRef) {
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            gen.state = GenState::Done;
            gen.stack = Vec::new();
        }
    }

    /// Raises a new exception (or exception class) from the current frame.
    fn raise_new(&mut self, v: Value, cause: Option<Value>) -> Res<ObjRef> {
        let exc = self.make_raisable(v)?;
        if let Some(c) = cause {
            let c = if c.is_none() {
                Value::None
            } else {
                Value::Obj(self.make_raisable(c)?)
            };
            if let Obj::Exception(e) = self.heap.get_mut(exc) {
                e.cause = c;
                e.suppress_context = true;
            }
        }
        Ok(exc)
    }

    /// An exception instance from a `raise` operand (instantiating a class).
    fn make_raisable(&mut self, v: Value) -> Res<ObjRef> {
        if let Value::Obj(r) = v {
            match self.heap.get(r) {
                Obj::Exception(_) => return Ok(r),
                Obj::Class(_) if self.is_subclass(r, self.exc_class(ExcKind::BaseException)) => {
                    let inst = self.call_value(v, &[], &[])?;
                    if let Value::Obj(i) = inst {
                        if matches!(self.heap.get(i), Obj::Exception(_)) {
                            return Ok(i);
                        }
                    }
                }
                _ => {}
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Sets `__context__` and the first traceback entry of an exception raised here.
    pub fn on_raise(&mut self, exc: ObjRef) {
        let context = self.fiber.handled.last().copied();
        if let Obj::Exception(e) = self.heap.get_mut(exc) {
            if let Some(c) = context {
                if !c.is(Value::Obj(exc)) && e.context.is_none() {
                    e.context = c;
                }
            }
        }
        self.add_traceback_here(exc);
    }

    /// `ForIter`/`YieldFrom` on a value that is not an iterator (only
    /// code that did not come from the compiler can do that).
    fn not_an_iterator(&self, v: Value) -> Exc {
        self.type_error(format!("'{}' object is not an iterator", self.type_name(v)))
    }

    fn name_error(&mut self, name: Value) -> Exc {
        let n = self.str_of(name).unwrap_or("?").to_string();
        self.err(ExcKind::NameError, format!("name '{n}' is not defined"))
    }

    /// `LoadGlobal` through the code's inline cache.
    #[inline]
    fn cached_global(&self, code: &Code, n: usize, globals: ObjRef) -> Option<Value> {
        let c = code.global_cache[n].get();
        if !c.valid || c.globals != globals.0 {
            return None;
        }
        let Obj::Dict(g) = self.heap.get(globals) else {
            return None;
        };
        if g.version() != c.globals_version {
            return None;
        }
        if !c.builtin {
            return Some(g.value_at(c.index as usize));
        }
        match self.heap.get(self.builtins) {
            Obj::Dict(b) if b.version() == c.builtins_version => Some(b.value_at(c.index as usize)),
            _ => None,
        }
    }

    /// Looks a global up in full and refreshes the cache.
    fn load_global_slow(&mut self, code: &Code, n: usize, globals: ObjRef) -> Res<Value> {
        let name = code.names[n];
        let hash = self.hash_key(name)?;
        let (gver, found) = match self.heap.get(globals) {
            Obj::Dict(d) => (
                d.version(),
                d.find(&self.heap, hash, name).map(|i| (i, d.value_at(i))),
            ),
            _ => (0, None),
        };
        let mut cache = crate::compile::code::GlobalCache {
            valid: true,
            builtin: false,
            globals: globals.0,
            globals_version: gver,
            builtins_version: 0,
            index: 0,
        };
        if let Some((i, v)) = found {
            cache.index = i as u32;
            code.global_cache[n].set(cache);
            return Ok(v);
        }
        let found = match self.heap.get(self.builtins) {
            Obj::Dict(d) => {
                cache.builtins_version = d.version();
                d.find(&self.heap, hash, name).map(|i| (i, d.value_at(i)))
            }
            _ => None,
        };
        match found {
            Some((i, v)) => {
                cache.builtin = true;
                cache.index = i as u32;
                code.global_cache[n].set(cache);
                Ok(v)
            }
            None => Err(self.name_error(name)),
        }
    }

    fn load_global(&mut self, globals: ObjRef, name: Value) -> Res<Value> {
        if let Some(v) = self.dict_get(globals, name)? {
            return Ok(v);
        }
        if let Some(v) = self.dict_get(self.builtins, name)? {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    fn cell_of(&self, slot: Value) -> ObjRef {
        match slot {
            Value::Obj(r) => r,
            _ => unreachable!("cell slot without a cell"),
        }
    }

    fn unbound_local(&self, code: &Code, slot: u32) -> Exc {
        let names: Vec<&String> = code
            .varnames
            .iter()
            .chain(&code.cellvars)
            .chain(&code.freevars)
            .collect();
        let name = names.get(slot as usize).map(|s| s.as_str()).unwrap_or("?");
        if slot as usize >= code.varnames.len() + code.cellvars.len() {
            self.err(
                ExcKind::NameError,
                format!("free variable '{name}' referenced before assignment in enclosing scope"),
            )
        } else {
            self.err(
                ExcKind::UnboundLocalError,
                format!("local variable '{name}' referenced before assignment"),
            )
        }
    }

    /// The instruction loop proper. Returns when the `Cont::Stop` frame ends;
    /// an `Err` leaves the failing frame in place for `unwind`.
    ///
    /// Performance shape: this is the hot loop and it is kept small. The
    /// frequent instructions, in their common cases, run here with the hot
    /// state in locals — the frame's code and `ip`, and the value stack,
    /// which is moved out of `self.fiber` for as long as the loop owns it
    /// (so LLVM keeps its pointer and length in registers instead of
    /// re-reading them through `self` after every store). Everything else,
    /// and every case that may fail, call arbitrary code or collect, puts
    /// the stack back and goes through `step`, the general handler of one
    /// instruction; a fast path therefore only commits once it knows it
    /// succeeds. Calls and returns of plain functions switch frames here.
    fn execute(&mut self) -> Res<RunExit> {
        let mut stack = std::mem::take(&mut self.fiber.stack);
        // `self.ticks` lives in a register while the loop runs; it is
        // written back wherever control leaves the loop (`step`, a native).
        let mut ticks = self.ticks;
        'frame: loop {
            let frame = self.fiber.frames.last().expect("frame");
            let code: Rc<Code> = frame.code.clone();
            let base = frame.base as usize;
            let globals = frame.globals;
            let mut ip = frame.ip as usize;
            let ops: &[Op] = &code.ops;
            macro_rules! pop {
                () => {
                    match stack.pop() {
                        Some(v) => v,
                        None => unreachable!("stack underflow"),
                    }
                };
            }
            macro_rules! peek {
                ($n:expr) => {
                    stack[stack.len() - $n]
                };
            }
            // Replaces the top `$n` values with `$v`.
            macro_rules! replace {
                ($n:expr, $v:expr) => {{
                    let v = $v;
                    stack.truncate(stack.len() - ($n - 1));
                    let top = stack.len() - 1;
                    stack[top] = v;
                }};
            }
            loop {
                loop {
                    let op = ops[ip];
                    match op {
                        Op::LoadConst(i) => stack.push(code.consts[i as usize]),
                        Op::LoadNone => stack.push(Value::None),
                        Op::LoadInt(i) => stack.push(Value::Int(i as i64)),
                        Op::LoadFast(s) if !matches!(stack[base + s as usize], Value::Undef) => {
                            stack.push(stack[base + s as usize]);
                        }
                        Op::StoreFast(s) => {
                            let v = pop!();
                            stack[base + s as usize] = v;
                        }
                        Op::LoadGlobal(n) => match self.cached_global(&code, n as usize, globals) {
                            Some(v) => stack.push(v),
                            None => break,
                        },
                        Op::Pop => {
                            pop!();
                        }
                        Op::Dup => stack.push(peek!(1)),
                        Op::DupTwo => {
                            let (a, b) = (peek!(2), peek!(1));
                            stack.push(a);
                            stack.push(b);
                        }
                        Op::Rot2 => {
                            let n = stack.len();
                            stack.swap(n - 1, n - 2);
                        }
                        Op::Rot3 => {
                            let n = stack.len();
                            stack[n - 3..].rotate_right(1);
                        }
                        Op::Binary(bop) | Op::Inplace(bop) => {
                            match fast_binary(bop, peek!(2), peek!(1)) {
                                Some(v) => replace!(2, v),
                                None => break,
                            }
                        }
                        Op::InplaceStoreSubscr(bop) => {
                            let (container, index) = (peek!(4), peek!(3));
                            let Some(v) = fast_binary(bop, peek!(2), peek!(1)) else {
                                ip += 1;
                                continue;
                            };
                            if let (Value::Obj(c), Value::Int(i)) = (container, index) {
                                if let Obj::List(items) = self.heap.get_mut(c) {
                                    let len = items.len() as i64;
                                    let i = if i < 0 { i + len } else { i };
                                    if (0..len).contains(&i) {
                                        items[i as usize] = v;
                                        stack.truncate(stack.len() - 4);
                                        ip += 4;
                                        continue;
                                    }
                                }
                            }
                        }
                        Op::Compare(cop) => match fast_compare(cop, peek!(2), peek!(1)) {
                            Some(b) => replace!(2, Value::Bool(b)),
                            None => break,
                        },
                        Op::Not => match peek!(1) {
                            Value::Bool(b) => replace!(1, Value::Bool(!b)),
                            _ => break,
                        },
                        Op::Jump(t) => {
                            // A backward jump (the end of a loop body) is
                            // charged the body's length; when the ticks run
                            // out `step` polls (and collects if due).
                            let t = t as usize;
                            if t <= ip {
                                let n = (ip + 1 - t) as u32;
                                if ticks <= n || self.heap.wants_collection() {
                                    break;
                                }
                                ticks -= n;
                            }
                            ip = t;
                            continue;
                        }
                        Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                            let Value::Bool(b) = peek!(1) else { break };
                            stack.pop();
                            if b == matches!(op, Op::PopJumpIfTrue(_)) {
                                ip = t as usize;
                                continue;
                            }
                        }
                        Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                            let Value::Bool(b) = peek!(1) else { break };
                            if b == matches!(op, Op::JumpIfTrueOrPop(_)) {
                                ip = t as usize;
                                continue;
                            }
                            stack.pop();
                        }
                        Op::ForIter(t) => {
                            let Value::Obj(r) = peek!(1) else { break };
                            match self.fast_next(r) {
                                Some(Some(v)) => stack.push(v),
                                Some(None) => {
                                    stack.pop();
                                    ip = t as usize;
                                    continue;
                                }
                                None => break,
                            }
                        }
                        Op::LoadAttr(n) => match self.fast_load_attr(&code, n as usize, peek!(1)) {
                            Some(v) => replace!(1, v),
                            None => break,
                        },
                        Op::LoadMethod(n) => {
                            let obj = peek!(1);
                            let Some(f) = self.fast_load_method(&code, n as usize, obj) else {
                                break;
                            };
                            replace!(1, f);
                            stack.push(obj);
                        }
                        Op::StoreAttr(n) => {
                            let (v, obj) = (peek!(2), peek!(1));
                            if !self.fast_store_attr(&code, n as usize, obj, v) {
                                break;
                            }
                            stack.truncate(stack.len() - 2);
                        }
                        Op::Subscr => match self.fast_subscr(peek!(2), peek!(1)) {
                            Some(v) => replace!(2, v),
                            None => break,
                        },
                        Op::SubscrInt(i) => {
                            match self.fast_subscr(peek!(1), Value::Int(i as i64)) {
                                Some(v) => replace!(1, v),
                                None => break,
                            }
                        }
                        Op::StoreSubscr => {
                            let (v, container, index) = (peek!(3), peek!(2), peek!(1));
                            let (Value::Obj(c), Value::Int(i)) = (container, index) else {
                                break;
                            };
                            let Obj::List(items) = self.heap.get_mut(c) else {
                                break;
                            };
                            let len = items.len() as i64;
                            let i = if i < 0 { i + len } else { i };
                            if !(0..len).contains(&i) {
                                break;
                            }
                            items[i as usize] = v;
                            stack.truncate(stack.len() - 3);
                        }
                        Op::UnpackSequence(n) => {
                            let Value::Obj(r) = peek!(1) else { break };
                            let items: &[Value] = match self.heap.get(r) {
                                Obj::Tuple(t) => t,
                                Obj::List(l) => l,
                                _ => break,
                            };
                            if items.len() != n as usize {
                                break;
                            }
                            stack.pop();
                            stack.extend(items.iter().rev());
                        }
                        Op::Call(argc) | Op::CallMethod(argc) if !self.heap.wants_collection() => {
                            // A plain function called with exactly its positional
                            // parameters (for `CallMethod`, a method found by
                            // `LoadMethod`, its `self` already in place).
                            let mut callee_pos = stack.len() - argc as usize - 1;
                            let mut argc = argc;
                            if let Op::CallMethod(_) = op {
                                if let Value::Undef = stack[callee_pos] {
                                    break;
                                }
                                callee_pos -= 1;
                                argc += 1;
                            }
                            let Value::Obj(r) = stack[callee_pos] else {
                                break;
                            };
                            let f = match self.heap.get(r) {
                                Obj::Function(f) => f,
                                Obj::Native(n) if argc as usize <= NATIVE_ARGS => {
                                    // A native with positional arguments only runs
                                    // from here: the arguments are copied to a
                                    // fixed array (no `split_args` allocation or
                                    // `step` dispatch). The stack goes back into
                                    // the fiber first, so a native that switches
                                    // tasklets sees the same state as through
                                    // `step`, and an `Err` (`Exc::Switch`
                                    // included) leaves with the frame's `ip` past
                                    // the call and callee and arguments popped,
                                    // exactly as `step`'s `tri!` does.
                                    // A native that may call back runs on a
                                    // coroutine when its arguments say so.
                                    let (native, wants) = (n.f, n.reentry);
                                    let argc = argc as usize;
                                    let mut args = [Value::None; NATIVE_ARGS];
                                    args[..argc].copy_from_slice(&stack[callee_pos + 1..]);
                                    stack.truncate(callee_pos);
                                    self.frame().ip = ip as u32 + 1;
                                    self.fiber.stack = stack;
                                    self.ticks = ticks;
                                    let called =
                                        self.call_native(native, wants, &args[..argc], Vec::new())?;
                                    stack = std::mem::take(&mut self.fiber.stack);
                                    ticks = self.ticks;
                                    match called {
                                        Called::Value(v) => stack.push(v),
                                        Called::Frame => continue 'frame,
                                    }
                                    ip += 1;
                                    continue;
                                }
                                _ => break,
                            };
                            if !f.code.plain_call(argc)
                                || self.fiber.frames.len() >= self.recursion_limit
                                || ticks <= 1
                            {
                                break;
                            }
                            ticks -= 1;
                            let callee = f.code.clone();
                            let globals = f.globals;
                            let new_base = callee_pos + 1;
                            // `extend` of a `repeat_n` inlines to one reserve and
                            // a store loop; `resize` is an out-of-line call.
                            let extra = callee.varnames.len() - argc as usize;
                            stack.extend(std::iter::repeat_n(Value::Undef, extra));
                            self.frame().ip = ip as u32 + 1;
                            self.fiber.frames.push(Frame {
                                code: callee,
                                ip: 0,
                                base: new_base as u32,
                                globals,
                                locals: None,
                                blocks: Vec::new(),
                                cont: Cont::Push,
                                generator: None,
                            });
                            continue 'frame;
                        }
                        Op::Return => {
                            let frame = self.fiber.frames.last().expect("frame");
                            if frame.cont != Cont::Push || frame.generator.is_some() {
                                break;
                            }
                            let v = pop!();
                            stack.truncate(base - 1);
                            stack.push(v);
                            self.fiber.frames.pop();
                            continue 'frame;
                        }
                        _ => break,
                    }
                    ip += 1;
                }
                // The general path: `step` runs the instruction at `ip` with the
                // value stack back in `self.fiber`.
                self.frame().ip = ip as u32;
                self.fiber.stack = stack;
                self.ticks = ticks;
                let flow = self.step()?;
                ticks = self.ticks;
                match flow {
                    Flow::Same => {
                        stack = std::mem::take(&mut self.fiber.stack);
                        ip = self.frame().ip as usize;
                    }
                    Flow::Switch => {
                        stack = std::mem::take(&mut self.fiber.stack);
                        continue 'frame;
                    }
                    Flow::Exit(exit) => return Ok(exit),
                }
            }
        }
    }

    /// The instance and its class when `obj` is a plain instance.
    #[inline]
    fn as_instance(&self, obj: Value) -> Option<(ObjRef, ObjRef)> {
        let Value::Obj(r) = obj else {
            return None;
        };
        match self.heap.get(r) {
            Obj::Instance(i) => Some((i.class, i.dict)),
            _ => None,
        }
    }

    /// The type of `obj` when it is a builtin object that has no instance
    /// dict to shadow its type's methods (as `load_method` sees it).
    #[inline]
    fn dictless_type(&self, obj: Value) -> Option<ObjRef> {
        if let Value::Obj(r) = obj {
            match self.heap.get(r) {
                Obj::Instance(_)
                | Obj::Exception(_)
                | Obj::Function(_)
                | Obj::Module(_)
                | Obj::Class(_)
                | Obj::Super(_) => return None,
                _ if !self.subclassed.is_empty() && self.subclassed.contains_key(&r) => {
                    return None
                }
                _ => {}
            }
        }
        Some(self.type_of(obj))
    }

    /// What the attribute fast paths need to know about the class attribute
    /// of attribute site `n` in `class`, from the site's inline cache, and
    /// which of the site's entries holds it; `None` when it is a property
    /// (a data descriptor wins over the instance dict: the general path
    /// handles it). The fast paths below mirror `get_attr`, `set_attr` and
    /// `load_method` for plain instances.
    #[inline]
    fn attr_class_info(&self, code: &Code, n: usize, class: ObjRef) -> Option<(usize, AttrCache)> {
        let site = &code.attr_sites[n];
        for (way, e) in site.entries.iter().enumerate() {
            let c = e.get();
            if c.class == class.0 && c.version == self.class_version {
                return Some((way, c));
            }
        }
        self.refresh_attr_cache(code, n, class)
    }

    /// Fills an entry of site `n` for `class`: a stale one if there is
    /// one, else the next in round robin.
    #[inline(never)]
    fn refresh_attr_cache(
        &self,
        code: &Code,
        n: usize,
        class: ObjRef,
    ) -> Option<(usize, AttrCache)> {
        let site = &code.attr_sites[n];
        let attr = self.lookup_in_class(class, code.names[site.name as usize]);
        let method = match attr {
            Some(Value::Obj(a)) => match self.heap.get(a) {
                Obj::Property(_) => return None,
                Obj::Function(_) | Obj::Native(_)
                    if !matches!(
                        self.class(class).layout,
                        Layout::Module | Layout::Type | Layout::Super
                    ) =>
                {
                    attr
                }
                _ => None,
            },
            _ => None,
        };
        let way = match site
            .entries
            .iter()
            .position(|e| e.get().version != self.class_version)
        {
            Some(way) => way,
            None => {
                let way = site.next.get() as usize % ATTR_WAYS;
                site.next.set((way + 1) as u8);
                way
            }
        };
        let c = AttrCache {
            version: self.class_version,
            class: class.0,
            // Sibling classes sharing a base `__init__` lay their instance
            // dicts out alike: keep the index hint.
            index: site.entries[way].get().index,
            method,
        };
        site.entries[way].set(c);
        Some((way, c))
    }

    /// Where the name of site `n` is in the instance dict `dict`: first the
    /// cached entry index (checked by key identity: names are interned
    /// strings), inline; then `probe_instance_attr`, out of line so that
    /// the common hit costs no call.
    #[inline]
    fn find_instance_attr(
        &self,
        code: &Code,
        n: usize,
        (way, cache): (usize, AttrCache),
        dict: ObjRef,
    ) -> Option<usize> {
        let Obj::Dict(d) = self.heap.get(dict) else {
            return None;
        };
        let name = code.names[code.attr_sites[n].name as usize];
        if let (Some((Value::Obj(k), _)), Value::Obj(name)) =
            (d.entry_at(cache.index as usize), name)
        {
            if k == name {
                return Some(cache.index as usize);
            }
        }
        self.probe_instance_attr(code, n, (way, cache), dict)
    }

    /// `find_instance_attr` past its cached index: a probe with the
    /// interned name's stored hash; a hit is remembered in entry `way` of
    /// the site.
    #[inline(never)]
    fn probe_instance_attr(
        &self,
        code: &Code,
        n: usize,
        (way, cache): (usize, AttrCache),
        dict: ObjRef,
    ) -> Option<usize> {
        let Obj::Dict(d) = self.heap.get(dict) else {
            return None;
        };
        let site = &code.attr_sites[n];
        let name = code.names[site.name as usize];
        let Obj::Str(s) = self.heap.get(name.as_obj()?) else {
            return None;
        };
        let i = d.find(&self.heap, s.hash, name)?;
        site.entries[way].set(AttrCache {
            index: i as u32,
            ..cache
        });
        Some(i)
    }

    /// `obj.name` (site `n`) when `obj` is a plain instance that has it in its dict.
    #[inline]
    fn fast_load_attr(&self, code: &Code, n: usize, obj: Value) -> Option<Value> {
        let (class, dict) = self.as_instance(obj)?;
        let cache = self.attr_class_info(code, n, class)?;
        let i = self.find_instance_attr(code, n, cache, dict)?;
        match self.heap.get(dict) {
            Obj::Dict(d) => Some(d.value_at(i)),
            _ => None,
        }
    }

    /// `LoadMethod`'s function when `obj` is a plain instance whose class
    /// has a function or native of site `n`'s name that its dict does not shadow.
    #[inline]
    fn fast_load_method(&self, code: &Code, n: usize, obj: Value) -> Option<Value> {
        let Some((class, dict)) = self.as_instance(obj) else {
            // A builtin object with no instance dict (a list, a channel …):
            // the method found in its type is the answer.
            let class = self.dictless_type(obj)?;
            return self.attr_class_info(code, n, class)?.1.method;
        };
        let f = self.attr_class_info(code, n, class)?.1.method?;
        let name = code.names[code.attr_sites[n].name as usize];
        let (Obj::Dict(d), Obj::Str(s)) = (self.heap.get(dict), self.heap.get(name.as_obj()?))
        else {
            return None;
        };
        d.find(&self.heap, s.hash, name).is_none().then_some(f)
    }

    /// `obj.name = v` (site `n`) when `obj` is a plain instance (and the
    /// name no property); `false` if not done.
    #[inline]
    fn fast_store_attr(&mut self, code: &Code, n: usize, obj: Value, v: Value) -> bool {
        let Some((class, dict)) = self.as_instance(obj) else {
            return false;
        };
        let Some(cache) = self.attr_class_info(code, n, class) else {
            return false;
        };
        let found = self.find_instance_attr(code, n, cache, dict);
        let name = code.names[code.attr_sites[n].name as usize];
        let hash = match name.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Str(s)) => s.hash,
            _ => return false,
        };
        if let Obj::Dict(d) = self.heap.get_mut(dict) {
            match found {
                Some(i) => d.set_value_at(i, v),
                None => d.insert_new(hash, name, v),
            }
        }
        true
    }

    /// The next item of a range, list or tuple iterator without leaving the
    /// loop: `Some(None)` when exhausted, `None` for other iterators.
    #[inline]
    fn fast_next(&mut self, r: ObjRef) -> Option<Option<Value>> {
        let Obj::Iter(it) = self.heap.get_mut(r) else {
            return None;
        };
        let (seq, index) = match &mut **it {
            IterObj::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.checked_add(*step).unwrap_or(*stop);
                    return Some(Some(Value::Int(n)));
                }
                return Some(None);
            }
            IterObj::Seq { seq, index } => (*seq, *index),
            _ => return None,
        };
        let item = match self.heap.get(seq.as_obj()?) {
            Obj::List(l) => l.get(index).copied(),
            Obj::Tuple(t) => t.get(index).copied(),
            _ => return None,
        };
        if item.is_some() {
            if let Obj::Iter(it) = self.heap.get_mut(r) {
                if let IterObj::Seq { index, .. } = &mut **it {
                    *index += 1;
                }
            }
        }
        Some(item)
    }

    /// `container[index]` for a list or tuple with an in-range int index, or
    /// a dict with an int or str key that is present; `None` otherwise.
    #[inline]
    fn fast_subscr(&self, container: Value, index: Value) -> Option<Value> {
        let Value::Obj(c) = container else {
            return None;
        };
        // A subclass may override `__getitem__` / `__missing__`.
        if !self.subclassed.is_empty() && self.subclassed.contains_key(&c) {
            return None;
        }
        match (self.heap.get(c), index) {
            (Obj::List(items), Value::Int(i)) => seq_at(items, i),
            (Obj::Tuple(items), Value::Int(i)) => seq_at(items, i),
            (Obj::Dict(d), Value::Int(i)) => {
                let hash = crate::objects::dict::hash_i64(i) as u64;
                d.find(&self.heap, hash, index).map(|at| d.value_at(at))
            }
            (Obj::Dict(d), Value::Obj(k)) => {
                let Obj::Str(s) = self.heap.get(k) else {
                    return None;
                };
                d.find(&self.heap, s.hash, index).map(|at| d.value_at(at))
            }
            _ => None,
        }
    }

    /// Runs one instruction of the top frame, the one at its `ip`: the
    /// general (slow) path behind `execute`'s hot loop, with the value stack
    /// in `self.fiber`. An `Err` leaves the failing frame in place for
    /// `unwind`, its `ip` past the failing instruction.
    #[inline(never)]
    fn step(&mut self) -> Res<Flow> {
        let f = self.fiber.frames.last().expect("frame");
        let code: Rc<Code> = f.code.clone();
        let base = f.base as usize;
        let mut ip = f.ip as usize;
        macro_rules! sync {
            () => {
                self.frame().ip = ip as u32
            };
        }
        // The frame stack changed: `execute` picks up the new top frame.
        macro_rules! reload {
            () => {
                return Ok(Flow::Switch)
            };
        }
        // A call pushed its frame: it is charged now, after the fact, so a
        // tasklet interrupted here has made progress (it resumes at the
        // callee's first instruction) and a tiny budget cannot starve it.
        macro_rules! entered {
            () => {{
                self.charge_ticks(1)?;
                reload!()
            }};
        }
        macro_rules! fail {
            ($e:expr) => {{
                sync!();
                return Err($e);
            }};
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => fail!(e),
                }
            };
        }
        // The slow path `$op` of the instruction, on a coroutine when
        // `$wanted` (its operands may call back into script code, which
        // may switch tasklets: see `reentry.rs`); then the loop reloads.
        macro_rules! operate {
            ($wanted:expr, [$($x:expr),*], $then:expr, $op:expr) => {
                match tri!(self.operate($wanted, &[$($x),*], $then, $op)) {
                    Some(v) => v,
                    None => reload!(),
                }
            };
        }
        {
            let op = code.ops[ip];
            ip += 1;
            match op {
                // Its fast case is the hot loop's; otherwise the generic
                // instructions after it run.
                Op::Nop | Op::InplaceStoreSubscr(_) => {}
                Op::LoadConst(i) => self.push(code.consts[i as usize]),
                Op::LoadNone => self.push(Value::None),
                Op::LoadInt(i) => self.push(Value::Int(i as i64)),
                Op::LoadFast(s) => {
                    let v = self.fiber.stack[base + s as usize];
                    if let Value::Undef = v {
                        fail!(self.unbound_local(&code, s));
                    }
                    self.push(v);
                }
                Op::StoreFast(s) => {
                    let v = self.pop();
                    self.fiber.stack[base + s as usize] = v;
                }
                Op::DeleteFast(s) => {
                    if let Value::Undef = self.fiber.stack[base + s as usize] {
                        fail!(self.unbound_local(&code, s));
                    }
                    self.fiber.stack[base + s as usize] = Value::Undef;
                }
                Op::LoadDeref(s) => {
                    let cell = self.cell_of(self.fiber.stack[base + s as usize]);
                    let v = match self.heap.get(cell) {
                        Obj::Cell(v) => *v,
                        _ => Value::Undef,
                    };
                    if let Value::Undef = v {
                        fail!(self.unbound_local(&code, s));
                    }
                    self.push(v);
                }
                Op::StoreDeref(s) => {
                    let v = self.pop();
                    let cell = self.cell_of(self.fiber.stack[base + s as usize]);
                    *self.heap.get_mut(cell) = Obj::Cell(v);
                }
                Op::DeleteDeref(s) => {
                    let cell = self.cell_of(self.fiber.stack[base + s as usize]);
                    *self.heap.get_mut(cell) = Obj::Cell(Value::Undef);
                }
                Op::LoadClosure(s) => {
                    let v = self.fiber.stack[base + s as usize];
                    self.push(v);
                }
                Op::LoadGlobal(n) => {
                    let globals = self.frame().globals;
                    let v = match self.cached_global(&code, n as usize, globals) {
                        Some(v) => v,
                        None => tri!(self.load_global_slow(&code, n as usize, globals)),
                    };
                    self.push(v);
                }
                Op::StoreGlobal(n) => {
                    let v = self.pop();
                    let globals = self.frame().globals;
                    tri!(self.dict_set(globals, code.names[n as usize], v));
                }
                Op::DeleteGlobal(n) => {
                    let globals = self.frame().globals;
                    let name = code.names[n as usize];
                    if tri!(self.dict_remove(globals, name)).is_none() {
                        fail!(self.name_error(name));
                    }
                }
                Op::LoadName(n) => {
                    let name = code.names[n as usize];
                    let locals = self.frame().locals;
                    let local = match locals {
                        Some(l) => tri!(self.dict_get(l, name)),
                        None => None,
                    };
                    let v = match local {
                        Some(v) => v,
                        None => {
                            let globals = self.frame().globals;
                            tri!(self.load_global(globals, name))
                        }
                    };
                    self.push(v);
                }
                Op::StoreName(n) => {
                    let v = self.pop();
                    let f = self.frame();
                    let ns = f.locals.unwrap_or(f.globals);
                    tri!(self.dict_set(ns, code.names[n as usize], v));
                }
                Op::DeleteName(n) => {
                    let f = self.frame();
                    let ns = f.locals.unwrap_or(f.globals);
                    let name = code.names[n as usize];
                    if tri!(self.dict_remove(ns, name)).is_none() {
                        fail!(self.name_error(name));
                    }
                }
                Op::LoadAttr(n) => {
                    let n = code.attr_sites[n as usize].name;
                    let obj = self.pop();
                    let name = code.names[n as usize].as_obj().expect("name");
                    sync!();
                    let v = tri!(self.get_attr(obj, name));
                    self.push(v);
                }
                Op::StoreAttr(n) => {
                    let n = code.attr_sites[n as usize].name;
                    let obj = self.pop();
                    let v = self.pop();
                    let name = code.names[n as usize].as_obj().expect("name");
                    sync!();
                    tri!(self.set_attr(obj, name, v));
                }
                Op::DeleteAttr(n) => {
                    let obj = self.pop();
                    let name = code.names[n as usize].as_obj().expect("name");
                    tri!(self.del_attr(obj, name));
                }
                Op::LoadMethod(n) => {
                    let n = code.attr_sites[n as usize].name;
                    let obj = self.pop();
                    let name = code.names[n as usize].as_obj().expect("name");
                    sync!();
                    match tri!(self.load_method(obj, name)) {
                        Some(f) => {
                            self.push(f);
                            self.push(obj);
                        }
                        None => {
                            let v = tri!(self.get_attr(obj, name));
                            self.push(v);
                            self.push(Value::Undef);
                        }
                    }
                }
                Op::CallMethod(argc) => {
                    let self_pos = self.fiber.stack.len() - argc as usize - 1;
                    let argc = if let Value::Undef = self.fiber.stack[self_pos] {
                        self.fiber.stack.remove(self_pos);
                        argc
                    } else {
                        argc + 1
                    };
                    sync!();
                    self.maybe_collect();
                    match tri!(self.call_at(argc as usize, None, Cont::Push)) {
                        Called::Frame => entered!(),
                        Called::Value(v) => self.push(v),
                    }
                }
                Op::Call(argc) => {
                    sync!();
                    self.maybe_collect();
                    match tri!(self.call_at(argc as usize, None, Cont::Push)) {
                        Called::Frame => entered!(),
                        Called::Value(v) => self.push(v),
                    }
                }
                Op::CallKw(argc) => {
                    let names = self.pop();
                    sync!();
                    match tri!(self.call_at(argc as usize, Some(names), Cont::Push)) {
                        Called::Frame => entered!(),
                        Called::Value(v) => self.push(v),
                    }
                }
                Op::CallEx => {
                    let kwargs = self.pop();
                    let args = self.pop();
                    sync!();
                    let mut n = 0;
                    if let Value::Obj(t) = args {
                        if let Obj::Tuple(items) = self.heap.get(t) {
                            let items = items.clone();
                            n = items.len();
                            self.fiber.stack.extend_from_slice(&items);
                        }
                    }
                    let mut names = None;
                    if let Value::Obj(d) = kwargs {
                        let pairs: Vec<(Value, Value)> = match self.heap.get(d) {
                            Obj::Dict(d) => d.iter().collect(),
                            _ => Vec::new(),
                        };
                        let mut keys = Vec::new();
                        for (k, v) in pairs {
                            if self.str_of(k).is_none() {
                                fail!(self.type_error("keywords must be strings"));
                            }
                            keys.push(k);
                            self.push(v);
                            n += 1;
                        }
                        if !keys.is_empty() {
                            names = Some(self.new_tuple(keys));
                        }
                    }
                    match tri!(self.call_at(n, names, Cont::Push)) {
                        Called::Frame => entered!(),
                        Called::Value(v) => self.push(v),
                    }
                }
                Op::Subscr | Op::SubscrInt(_) => {
                    let index = match op {
                        Op::SubscrInt(i) => Value::Int(i as i64),
                        _ => self.pop(),
                    };
                    let container = self.pop();
                    let fast = self.fast_subscr(container, index);
                    let v = match fast {
                        Some(v) => v,
                        None => {
                            sync!();
                            operate!(
                                self.any_user_object(&[container])
                                    || any_argument(self, &[index], &[]),
                                [container, index],
                                Then::Push,
                                move |vm| ops::get_item(vm, container, index)
                            )
                        }
                    };
                    self.push(v);
                }
                Op::StoreSubscr => {
                    let index = self.pop();
                    let container = self.pop();
                    let v = self.pop();
                    sync!();
                    operate!(
                        self.any_user_object(&[container]) || any_argument(self, &[index], &[]),
                        [v, container, index],
                        Then::Discard,
                        move |vm| ops::set_item(vm, container, index, v).map(|()| Value::None)
                    );
                }
                Op::DeleteSubscr => {
                    let index = self.pop();
                    let container = self.pop();
                    sync!();
                    operate!(
                        self.any_user_object(&[container]) || any_argument(self, &[index], &[]),
                        [container, index],
                        Then::Discard,
                        move |vm| ops::del_item(vm, container, index).map(|()| Value::None)
                    );
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { self.pop() } else { Value::None };
                    let upper = self.pop();
                    let lower = self.pop();
                    let s = self.alloc(Obj::Slice(Box::new([lower, upper, step])));
                    self.push(s);
                }
                Op::Binary(bop) | Op::Inplace(bop) => {
                    let b = self.pop();
                    let a = self.pop();
                    let v = match int_binary(bop, a, b) {
                        Some(v) => v,
                        None => {
                            sync!();
                            let inplace = matches!(op, Op::Inplace(_));
                            operate!(
                                any_argument(self, &[a, b], &[]),
                                [a, b],
                                Then::Push,
                                move |vm| if inplace {
                                    ops::inplace(vm, bop, a, b)
                                } else {
                                    ops::binary(vm, bop, a, b)
                                }
                            )
                        }
                    };
                    self.push(v);
                }
                Op::Neg | Op::Pos | Op::Invert => {
                    let a = self.pop();
                    let uop = match op {
                        Op::Neg => UnaryOp::Neg,
                        Op::Pos => UnaryOp::Pos,
                        _ => UnaryOp::Invert,
                    };
                    let v = match (uop, a) {
                        (UnaryOp::Neg, Value::Int(i)) if i != i64::MIN => Value::Int(-i),
                        (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
                        _ => {
                            sync!();
                            tri!(ops::unary(self, uop, a))
                        }
                    };
                    self.push(v);
                }
                Op::Not => {
                    let a = self.pop();
                    let t = match a {
                        Value::Bool(b) => b,
                        _ => {
                            sync!();
                            tri!(ops::truthy(self, a))
                        }
                    };
                    self.push(Value::Bool(!t));
                }
                Op::Compare(cop) => {
                    let b = self.pop();
                    let a = self.pop();
                    let v = match (a, b) {
                        (Value::Int(x), Value::Int(y)) => Value::Bool(match cop {
                            CmpOp::Lt => x < y,
                            CmpOp::LtE => x <= y,
                            CmpOp::Gt => x > y,
                            CmpOp::GtE => x >= y,
                            CmpOp::Eq | CmpOp::Is => x == y,
                            CmpOp::NotEq | CmpOp::IsNot => x != y,
                            CmpOp::In | CmpOp::NotIn => {
                                sync!();
                                tri!(ops::compare(self, cop, a, b)).is(Value::Bool(true))
                            }
                        }),
                        _ => match cop {
                            CmpOp::Is => Value::Bool(a.is(b)),
                            CmpOp::IsNot => Value::Bool(!a.is(b)),
                            _ => {
                                sync!();
                                operate!(
                                    any_argument(self, &[a, b], &[]),
                                    [a, b],
                                    Then::Push,
                                    move |vm| ops::compare(vm, cop, a, b)
                                )
                            }
                        },
                    };
                    self.push(v);
                }
                Op::Jump(t) => {
                    // A backward jump (a loop body ended) is charged the
                    // body's length once it is taken, so the interrupted
                    // tasklet resumes at the loop head having made progress.
                    let back = (t as usize) < ip;
                    let n = (ip - t as usize) as u32;
                    ip = t as usize;
                    if self.heap.wants_collection() {
                        sync!();
                        self.maybe_collect();
                    }
                    if back {
                        sync!();
                        self.charge_ticks(n)?;
                    }
                }
                Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                    let v = self.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => {
                            sync!();
                            tri!(ops::truthy(self, v))
                        }
                    };
                    if b == matches!(op, Op::PopJumpIfTrue(_)) {
                        ip = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                    let v = self.top();
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => {
                            sync!();
                            tri!(ops::truthy(self, v))
                        }
                    };
                    if b == matches!(op, Op::JumpIfTrueOrPop(_)) {
                        ip = t as usize;
                    } else {
                        self.pop();
                    }
                }
                Op::GetIter => {
                    let v = self.pop();
                    let it = match v {
                        Value::Obj(r)
                            if matches!(self.heap.get(r), Obj::Generator(_) | Obj::Iter(_)) =>
                        {
                            v
                        }
                        _ => {
                            sync!();
                            operate!(self.any_user_object(&[v]), [v], Then::Push, move |vm| {
                                ops::get_iter(vm, v)
                            })
                        }
                    };
                    self.push(it);
                }
                Op::ForIter(t) => {
                    let it = self.top();
                    let Some(r) = it.as_obj() else {
                        fail!(self.not_an_iterator(it));
                    };
                    let fast = match self.heap.get_mut(r) {
                        Obj::Iter(b) => match &mut **b {
                            IterObj::Range { next, stop, step } => {
                                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                                    let v = *next;
                                    *next += *step;
                                    Some(Some(Value::Int(v)))
                                } else {
                                    Some(None)
                                }
                            }
                            _ => None,
                        },
                        Obj::Generator(_) => {
                            sync!();
                            tri!(self.resume_generator(r, Value::None, Cont::ForIter(t)));
                            reload!();
                        }
                        _ => None,
                    };
                    let next = match fast {
                        Some(n) => n,
                        None => {
                            sync!();
                            // A channel's own `__next__` switches from here as it
                            // is; a subclass's may be script code.
                            let plain_channel = matches!(self.heap.get(r), Obj::Channel(_))
                                && !self.subclassed.contains_key(&r);
                            let wanted = !plain_channel && ops::may_run_code(self, it);
                            let next = operate!(wanted, [it], Then::ForIter(t), move |vm| Ok(
                                ops::iter_next(vm, it)?.unwrap_or(Value::Undef)
                            ));
                            Some(next).filter(|v| !matches!(v, Value::Undef))
                        }
                    };
                    match next {
                        Some(v) => self.push(v),
                        None => {
                            self.pop();
                            ip = t as usize;
                        }
                    }
                }
                Op::Pop => {
                    self.pop();
                }
                Op::Dup => {
                    let v = self.top();
                    self.push(v);
                }
                Op::DupTwo => {
                    let n = self.fiber.stack.len();
                    let (a, b) = (self.fiber.stack[n - 2], self.fiber.stack[n - 1]);
                    self.push(a);
                    self.push(b);
                }
                Op::Rot2 => {
                    let n = self.fiber.stack.len();
                    self.fiber.stack.swap(n - 1, n - 2);
                }
                Op::Rot3 => {
                    let v = self.pop();
                    let n = self.fiber.stack.len();
                    self.fiber.stack.insert(n - 2, v);
                }
                Op::Rot4 => {
                    let v = self.pop();
                    let n = self.fiber.stack.len();
                    self.fiber.stack.insert(n - 3, v);
                }
                Op::BuildTuple(n) => {
                    let at = self.fiber.stack.len() - n as usize;
                    let items: Vec<Value> = self.fiber.stack.drain(at..).collect();
                    let t = self.new_tuple(items);
                    self.push(t);
                }
                Op::BuildList(n) => {
                    let at = self.fiber.stack.len() - n as usize;
                    let items: Vec<Value> = self.fiber.stack.drain(at..).collect();
                    let l = self.new_list(items);
                    self.push(l);
                }
                Op::BuildSet(n) => {
                    let at = self.fiber.stack.len() - n as usize;
                    let items: Vec<Value> = self.fiber.stack.drain(at..).collect();
                    let s = self.heap.alloc(Obj::Set(Box::default()));
                    for item in items {
                        tri!(self.dict_set(s, item, Value::None));
                    }
                    self.push(Value::Obj(s));
                }
                Op::BuildMap(n) => {
                    let at = self.fiber.stack.len() - 2 * n as usize;
                    let items: Vec<Value> = self.fiber.stack.drain(at..).collect();
                    let d = self.new_dict();
                    for kv in items.chunks(2) {
                        tri!(self.dict_set(d, kv[0], kv[1]));
                    }
                    self.push(Value::Obj(d));
                }
                Op::ListAppend(i) => {
                    let v = self.pop();
                    let n = self.fiber.stack.len();
                    let l = self.fiber.stack[n - i as usize].as_obj().expect("list");
                    if let Obj::List(items) = self.heap.get_mut(l) {
                        items.push(v);
                    }
                }
                Op::SetAdd(i) => {
                    let v = self.pop();
                    let n = self.fiber.stack.len();
                    let s = self.fiber.stack[n - i as usize].as_obj().expect("set");
                    tri!(self.dict_set(s, v, Value::None));
                }
                Op::MapAdd(i) => {
                    let v = self.pop();
                    let k = self.pop();
                    let n = self.fiber.stack.len();
                    let d = self.fiber.stack[n - i as usize].as_obj().expect("dict");
                    tri!(self.dict_set(d, k, v));
                }
                Op::ListExtend | Op::SetUpdate => {
                    let iterable = self.pop();
                    sync!();
                    let items = tri!(ops::to_vec(self, iterable));
                    let target = self.top().as_obj().expect("container");
                    if let Op::ListExtend = op {
                        if let Obj::List(l) = self.heap.get_mut(target) {
                            l.extend(items);
                        }
                    } else {
                        for item in items {
                            tri!(self.dict_set(target, item, Value::None));
                        }
                    }
                }
                Op::DictUpdate => {
                    let m = self.pop();
                    let target = self.top().as_obj().expect("dict");
                    let pairs: Option<Vec<(Value, Value)>> = match m {
                        Value::Obj(r) => match self.heap.get(r) {
                            Obj::Dict(d) => Some(d.iter().collect()),
                            _ => None,
                        },
                        _ => None,
                    };
                    let Some(pairs) = pairs else {
                        let t = self.type_name(m);
                        fail!(self.type_error(format!("'{t}' object is not a mapping")));
                    };
                    for (k, v) in pairs {
                        tri!(self.dict_set(target, k, v));
                    }
                }
                Op::ListToTuple => {
                    let l = self.pop();
                    let items = match self.heap.get(l.as_obj().expect("list")) {
                        Obj::List(items) => items.clone(),
                        _ => Vec::new(),
                    };
                    let t = self.new_tuple(items);
                    self.push(t);
                }
                Op::UnpackSequence(n) => {
                    let seq = self.pop();
                    sync!();
                    let items = tri!(self.unpack_items(seq));
                    if items.len() != n as usize {
                        if items.len() < n as usize {
                            fail!(self.value_error(format!(
                                "not enough values to unpack (expected {n}, got {})",
                                items.len()
                            )));
                        }
                        fail!(self.value_error(format!("too many values to unpack (expected {n})")));
                    }
                    self.fiber.stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx(arg) => {
                    let before = (arg & 0xffff) as usize;
                    let after = (arg >> 16) as usize;
                    let seq = self.pop();
                    sync!();
                    let mut items = tri!(self.unpack_items(seq));
                    if items.len() < before + after {
                        fail!(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        self.push(v);
                    }
                    let l = self.new_list(middle);
                    self.push(l);
                    for v in items.into_iter().rev() {
                        self.push(v);
                    }
                }
                Op::MakeFunction(flags) => {
                    let code_v = self.pop();
                    let closure = if flags & 4 != 0 {
                        self.pop()
                    } else {
                        Value::None
                    };
                    let kwdefaults = if flags & 2 != 0 {
                        self.pop().as_obj()
                    } else {
                        None
                    };
                    let defaults = if flags & 1 != 0 {
                        self.pop()
                    } else {
                        Value::None
                    };
                    let f = self.make_function(code_v, defaults, kwdefaults, closure);
                    self.push(f);
                }
                Op::Return => {
                    let v = self.pop();
                    let frame = self.fiber.frames.pop().expect("frame");
                    if let Some(g) = frame.generator {
                        self.finish_generator(g);
                    }
                    match frame.cont {
                        Cont::Push => {
                            self.fiber.stack.truncate(frame.base as usize - 1);
                            self.push(v);
                        }
                        Cont::Module => {
                            self.fiber.stack.truncate(frame.base as usize);
                        }
                        Cont::Init => {
                            let instance = self.fiber.stack[frame.base as usize];
                            self.fiber.stack.truncate(frame.base as usize - 1);
                            self.push(instance);
                            if !v.is_none() {
                                // The caller's frame already holds its own ip.
                                let t = self.type_name(v);
                                return Err(self.type_error(format!(
                                    "__init__() should return None, not '{t}'"
                                )));
                            }
                        }
                        Cont::ForIter(t) => {
                            self.fiber.stack.truncate(frame.base as usize - 1);
                            self.pop();
                            self.frame().ip = t;
                            reload!();
                        }
                        Cont::GenNext => {
                            self.fiber.stack.truncate(frame.base as usize - 1);
                            let args = if v.is_none() { vec![] } else { vec![v] };
                            let cls = self.exc_class(ExcKind::StopIteration);
                            let e = self.new_exception(cls, args);
                            return Err(Exc::Object(e));
                        }
                        Cont::YieldFrom => {
                            self.fiber.stack.truncate(frame.base as usize - 1);
                            // Replace the sub-iterator with the result and
                            // move past the `YieldFrom` that was waiting.
                            self.pop();
                            self.push(v);
                            self.frame().ip += 1;
                        }
                        Cont::Stop => {
                            self.fiber.stack.truncate(frame.base as usize - 1);
                            return Ok(Flow::Exit(RunExit::Return(v)));
                        }
                        Cont::Native => {
                            // An `Err` is the native's, raised at its call site.
                            self.fiber.stack.truncate(frame.base as usize - 1);
                            self.resume_native(crate::vm::reentry::Reply::Returned(v))?;
                        }
                    }
                    reload!();
                }
                Op::SetupExcept(h) => {
                    let depth = (self.fiber.stack.len() - base) as u32;
                    self.frame()
                        .blocks
                        .push(Block::Except { handler: h, depth });
                }
                Op::SetupWith(h) => {
                    let depth = (self.fiber.stack.len() - base - 1) as u32;
                    self.frame()
                        .blocks
                        .push(Block::Except { handler: h, depth });
                }
                Op::PopBlock => {
                    self.frame().blocks.pop();
                }
                Op::PopExcept => {
                    if let Some(Block::Handler { .. }) = self.frame().blocks.last() {
                        self.frame().blocks.pop();
                        self.fiber.handled.pop();
                    }
                }
                Op::Raise(n) => {
                    sync!();
                    let exc =
                        match n {
                            0 => match self.fiber.handled.last() {
                                Some(Value::Obj(e)) => {
                                    self.reraising = true;
                                    Ok(*e)
                                }
                                _ => Err(self
                                    .err(ExcKind::RuntimeError, "No active exception to reraise")),
                            },
                            1 => {
                                let v = self.pop();
                                self.raise_new(v, None)
                            }
                            _ => {
                                let cause = self.pop();
                                let v = self.pop();
                                self.raise_new(v, Some(cause))
                            }
                        };
                    fail!(match exc {
                        Ok(e) => Exc::Object(e),
                        Err(e) => e,
                    });
                }
                Op::Reraise => {
                    let v = self.pop();
                    self.reraising = true;
                    fail!(Exc::Object(v.as_obj().expect("exception")));
                }
                Op::JumpIfNotExcMatch(t) => {
                    let typ = self.pop();
                    let exc = self.top();
                    sync!();
                    if !tri!(self.exception_matches(exc, typ)) {
                        ip = t as usize;
                    }
                }
                Op::WithExceptArgs => {
                    let n = self.fiber.stack.len();
                    let (exit, exc) = (self.fiber.stack[n - 2], self.fiber.stack[n - 1]);
                    let typ = Value::Obj(self.type_of(exc));
                    self.push(exit);
                    self.push(typ);
                    self.push(exc);
                    self.push(Value::None);
                }
                Op::BeforeWith => {
                    let ctx = self.pop();
                    sync!();
                    let exit_name = self.intern("__exit__");
                    let enter_name = self.intern("__enter__");
                    let exit = tri!(self.get_attr(ctx, exit_name));
                    let enter = tri!(self.get_attr(ctx, enter_name));
                    self.push(exit);
                    self.push(enter);
                    match tri!(self.call_at(0, None, Cont::Push)) {
                        Called::Frame => reload!(),
                        Called::Value(v) => self.push(v),
                    }
                }
                Op::Yield => {
                    let v = self.pop();
                    sync!();
                    if let Some(exit) = self.yield_value(v)? {
                        return Ok(Flow::Exit(exit));
                    }
                    reload!();
                }
                Op::GetYieldFromIter => {
                    let v = self.pop();
                    let it = match v {
                        Value::Obj(r) if matches!(self.heap.get(r), Obj::Generator(_)) => v,
                        _ => {
                            sync!();
                            operate!(self.any_user_object(&[v]), [v], Then::Push, move |vm| {
                                ops::get_iter(vm, v)
                            })
                        }
                    };
                    self.push(it);
                }
                Op::YieldFrom => {
                    let sent = self.pop();
                    let it = self.top();
                    let Some(r) = it.as_obj() else {
                        fail!(self.not_an_iterator(it));
                    };
                    if matches!(self.heap.get(r), Obj::Generator(_)) {
                        // Re-run this instruction when the delegating generator is resumed.
                        ip -= 1;
                        sync!();
                        tri!(self.resume_generator(r, sent, Cont::YieldFrom));
                        reload!();
                    }
                    sync!();
                    match tri!(ops::iter_next(self, it)) {
                        Some(v) => {
                            ip -= 1;
                            sync!();
                            if let Some(exit) = self.yield_value(v)? {
                                return Ok(Flow::Exit(exit));
                            }
                            reload!();
                        }
                        None => {
                            self.pop();
                            self.push(Value::None);
                        }
                    }
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 {
                        Some(self.pop())
                    } else {
                        None
                    };
                    let v = self.pop();
                    sync!();
                    let spec = spec
                        .and_then(|s| self.str_of(s).map(str::to_string))
                        .unwrap_or_default();
                    let out = operate!(self.any_user_object(&[v]), [v], Then::Push, move |vm| {
                        format_field(vm, v, flags & 3, &spec)
                    });
                    self.push(out);
                }
                Op::BuildString(n) => {
                    let at = self.fiber.stack.len() - n as usize;
                    let mut s = String::new();
                    for v in &self.fiber.stack[at..] {
                        s.push_str(self.str_of(*v).unwrap_or(""));
                    }
                    self.fiber.stack.truncate(at);
                    let v = self.new_str(&s);
                    self.push(v);
                }
                Op::ImportName(n) => {
                    let fromlist = self.pop();
                    let _level = self.pop();
                    let name = self
                        .str_of(code.names[n as usize])
                        .unwrap_or("")
                        .to_string();
                    sync!();
                    match tri!(self.import_module(&name, fromlist.is_none())) {
                        Called::Frame => reload!(),
                        Called::Value(m) => self.push(m),
                    }
                }
                Op::ImportFrom(n) => {
                    let m = self.top();
                    let name = code.names[n as usize].as_obj().expect("name");
                    sync!();
                    match self.get_attr(m, name) {
                        Ok(v) => self.push(v),
                        Err(_) => {
                            let mn = self.module_name(m);
                            let an = self.str_of(Value::Obj(name)).unwrap_or("").to_string();
                            fail!(self.err(
                                ExcKind::ImportError,
                                format!("cannot import name '{an}' from '{mn}'")
                            ));
                        }
                    }
                }
                Op::ImportStar => {
                    let m = self.pop();
                    let f = self.frame();
                    let ns = f.locals.unwrap_or(f.globals);
                    if let Value::Obj(r) = m {
                        if let Obj::Module(md) = self.heap.get(r) {
                            let d = md.dict;
                            let pairs: Vec<(Value, Value)> = match self.heap.get(d) {
                                Obj::Dict(d) => d.iter().collect(),
                                _ => Vec::new(),
                            };
                            for (k, v) in pairs {
                                if !self.str_of(k).unwrap_or("_").starts_with('_') {
                                    tri!(self.dict_set(ns, k, v));
                                }
                            }
                        }
                    }
                }
                Op::LoadBuildClass => {
                    let f = self.new_native("__build_class__", crate::vm::call::build_class, false);
                    self.push(f);
                }
                Op::LoadAssertionError => {
                    let c = self.exc_class(ExcKind::AssertionError);
                    self.push(Value::Obj(c));
                }
                Op::PrintItem => {
                    let v = self.pop();
                    sync!();
                    operate!(self.any_user_object(&[v]), [v], Then::Discard, move |vm| {
                        print_item(vm, v)
                    });
                }
                Op::PrintEnd(newline) => {
                    self.write_out(if newline == 1 { "\n" } else { " " });
                    self.softspace = false;
                }
                Op::LoadLocals => {
                    let l = self.frame().locals.expect("class namespace");
                    self.push(Value::Obj(l));
                }
                Op::PrintExpr => {
                    let v = self.pop();
                    if !v.is_none() {
                        sync!();
                        let s = tri!(ops::repr(self, v));
                        self.write_out(&s);
                        self.write_out("\n");
                        self.dict_set_str(self.builtins, "_", v);
                    }
                }
            }
        }
        sync!();
        Ok(Flow::Same)
    }

    /// Items of a sequence for unpacking.
    fn unpack_items(&mut self, seq: Value) -> Res<Vec<Value>> {
        if let Value::Obj(r) = seq {
            match self.heap.get(r) {
                Obj::Tuple(items) => return Ok(items.to_vec()),
                Obj::List(items) => return Ok(items.clone()),
                _ => {}
            }
        }
        if !matches!(seq, Value::Obj(_)) {
            let t = self.type_name(seq);
            return Err(self.type_error(format!("cannot unpack non-iterable {t} object")));
        }
        ops::to_vec(self, seq)
    }

    fn exception_matches(&mut self, exc: Value, typ: Value) -> Res<bool> {
        let classes: SmallVec<[Value; 4]> = match typ {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(items) => items.iter().copied().collect(),
                _ => smallvec::smallvec![typ],
            },
            _ => smallvec::smallvec![typ],
        };
        let base = self.exc_class(ExcKind::BaseException);
        for c in classes {
            match c {
                Value::Obj(cr)
                    if matches!(self.heap.get(cr), Obj::Class(_)) && self.is_subclass(cr, base) =>
                {
                    if self.isinstance(exc, cr) {
                        return Ok(true);
                    }
                }
                _ => {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ))
                }
            }
        }
        Ok(false)
    }

    fn make_function(
        &mut self,
        code_v: Value,
        defaults: Value,
        kwdefaults: Option<ObjRef>,
        closure: Value,
    ) -> Value {
        let code = match self.heap.get(code_v.as_obj().expect("code")) {
            Obj::Code(c) => c.clone(),
            _ => unreachable!("MakeFunction without code"),
        };
        let defaults = match defaults {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let closure = match closure {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Tuple(t) => t.iter().filter_map(|v| v.as_obj()).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let globals = self.frame().globals;
        let module = self
            .dict_get_str(globals, "__name__")
            .unwrap_or(Value::None);
        self.alloc(Obj::Function(Box::new(FunctionObj {
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            dict: None,
            module,
        })))
    }

    /// Suspends the current generator frame, handing `v` to whoever resumed
    /// it. Returns `Some` when that was a native on a nested run (which
    /// ends); a native on a coroutine is resumed (an `Err` is its
    /// exception, raised at its call site, the top frame).
    fn yield_value(&mut self, v: Value) -> Res<Option<RunExit>> {
        let frame = self.fiber.frames.pop().expect("frame");
        let g = frame.generator.expect("yield outside a generator");
        let segment: Vec<Value> = self.fiber.stack.drain(frame.base as usize - 1..).collect();
        let cont = frame.cont;
        if let Obj::Generator(gen) = self.heap.get_mut(g) {
            gen.state = GenState::Suspended;
            gen.stack = segment;
            gen.frame = frame;
        }
        match cont {
            Cont::Stop => Ok(Some(RunExit::Yield(v))),
            Cont::YieldFrom => {
                // The delegating generator yields the same value outward.
                self.yield_value(v)
            }
            Cont::Native => {
                self.resume_native(crate::vm::reentry::Reply::Yielded(v))?;
                Ok(None)
            }
            _ => {
                self.push(v);
                Ok(None)
            }
        }
    }

    /// Pushes a generator's frame back onto the fiber, sending `value`.
    pub fn resume_generator(&mut self, g: ObjRef, value: Value, cont: Cont) -> Res<()> {
        let (state, name) = match self.heap.get(g) {
            Obj::Generator(gen) => (gen.state, gen.name.clone()),
            _ => unreachable!("not a generator"),
        };
        match state {
            GenState::Running => {
                return Err(self.value_error("generator already executing"));
            }
            GenState::Done => {
                return match cont {
                    Cont::ForIter(t) => {
                        self.pop();
                        self.frame().ip = t;
                        Ok(())
                    }
                    Cont::YieldFrom => {
                        self.frame().ip += 1;
                        self.pop();
                        self.push(Value::None);
                        Ok(())
                    }
                    _ => Err(Exc::bare(ExcKind::StopIteration)),
                };
            }
            GenState::Created if !value.is_none() => {
                return Err(
                    self.type_error("can't send non-None value to a just-started generator")
                );
            }
            _ => {}
        }
        if self.fiber.frames.len() >= self.recursion_limit {
            return Err(self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let _ = name;
        let (mut frame, segment) = match self.heap.get_mut(g) {
            Obj::Generator(gen) => {
                gen.state = GenState::Running;
                (gen.frame.clone(), std::mem::take(&mut gen.stack))
            }
            _ => unreachable!(),
        };
        let start = self.fiber.stack.len();
        self.fiber.stack.extend(segment);
        frame.base = start as u32 + 1;
        frame.cont = cont;
        if state == GenState::Suspended {
            self.push(value);
        }
        self.fiber.frames.push(frame);
        Ok(())
    }
}

/// An f-string field: `v` converted (`conversion` 1: `!s`, 2 and 3: `!r`
/// and `!a`) and formatted with `spec`.
fn format_field(vm: &mut Vm, v: Value, conversion: u32, spec: &str) -> Res<Value> {
    let v = match conversion {
        1 => {
            let s = ops::str(vm, v)?;
            vm.new_str(&s)
        }
        2 | 3 => {
            let s = ops::repr(vm, v)?;
            vm.new_str(&s)
        }
        _ => v,
    };
    if spec.is_empty() && vm.str_of(v).is_some() {
        return Ok(v);
    }
    let s = ops::format_value(vm, v, spec)?;
    Ok(vm.new_str(&s))
}

/// One item of the Python 2 print statement, with its softspace.
fn print_item(vm: &mut Vm, v: Value) -> Res<Value> {
    let s = ops::str(vm, v)?;
    if vm.softspace {
        vm.write_out(" ");
    }
    vm.write_out(&s);
    vm.softspace = true;
    Ok(Value::None)
}

/// `items[i]` with Python's negative indices; `None` when out of range.
#[inline(always)]
fn seq_at(items: &[Value], i: i64) -> Option<Value> {
    let i = if i < 0 { i + items.len() as i64 } else { i };
    if i < 0 {
        return None;
    }
    items.get(i as usize).copied()
}

/// `int_binary`, plus `**` of a positive finite float to a finite power
/// when the result is finite (the only case where `float_pow` neither
/// raises nor special-cases): nbody's `x ** -1.5` without `ops::binary`.
#[inline(always)]
fn fast_binary(op: BinOp, a: Value, b: Value) -> Option<Value> {
    if let (BinOp::Pow, Value::Float(x), Value::Float(y)) = (op, a, b) {
        let r = x.powf(y);
        return (x > 0.0 && x.is_finite() && y.is_finite() && r.is_finite())
            .then_some(Value::Float(r));
    }
    int_binary(op, a, b)
}

/// Comparisons of two ints or two floats (IEEE semantics, as `float`'s
/// rich comparison has) and identity tests; `None` defers to `ops::compare`.
#[inline(always)]
fn fast_compare(op: CmpOp, a: Value, b: Value) -> Option<bool> {
    match op {
        CmpOp::Is => return Some(a.is(b)),
        CmpOp::IsNot => return Some(!a.is(b)),
        CmpOp::In | CmpOp::NotIn => return None,
        _ => {}
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp_ord(op, x, y)),
        (Value::Float(x), Value::Float(y)) => Some(cmp_ord(op, x, y)),
        _ => None,
    }
}

#[inline(always)]
fn cmp_ord<T: PartialOrd>(op: CmpOp, x: T, y: T) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        _ => x != y,
    }
}

/// Int and float arithmetic without leaving the loop; `None` defers to `ops::binary`.
#[inline(always)]
fn int_binary(op: BinOp, a: Value, b: Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Sub => x.checked_sub(y).map(Value::Int),
            BinOp::Mul => x.checked_mul(y).map(Value::Int),
            BinOp::Mod if y > 0 => Some(Value::Int(x.rem_euclid(y))),
            BinOp::FloorDiv if y > 0 => Some(Value::Int(x.div_euclid(y))),
            BinOp::BitAnd => Some(Value::Int(x & y)),
            BinOp::BitOr => Some(Value::Int(x | y)),
            BinOp::BitXor => Some(Value::Int(x ^ y)),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => match op {
            BinOp::Add => Some(Value::Float(x + y)),
            BinOp::Sub => Some(Value::Float(x - y)),
            BinOp::Mul => Some(Value::Float(x * y)),
            BinOp::Div if y != 0.0 => Some(Value::Float(x / y)),
            _ => None,
        },
        (Value::Float(x), Value::Int(y)) => match op {
            BinOp::Add => Some(Value::Float(x + y as f64)),
            BinOp::Sub => Some(Value::Float(x - y as f64)),
            BinOp::Mul => Some(Value::Float(x * y as f64)),
            BinOp::Div if y != 0 => Some(Value::Float(x / y as f64)),
            _ => None,
        },
        (Value::Int(x), Value::Float(y)) => match op {
            BinOp::Add => Some(Value::Float(x as f64 + y)),
            BinOp::Sub => Some(Value::Float(x as f64 - y)),
            BinOp::Mul => Some(Value::Float(x as f64 * y)),
            BinOp::Div if y != 0.0 => Some(Value::Float(x as f64 / y)),
            _ => None,
        },
        _ => None,
    }
}
