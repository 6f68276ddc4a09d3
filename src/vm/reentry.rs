//! Native-call re-entry: a native that calls back into script code runs on a corosensei coroutine, so the callback can block on a channel or switch tasklets.
//!
//! # Why
//!
//! Most natives never run script code and are plain Rust calls. A few loop
//! over script calls in Rust — `sorted(key=…)`, `min`/`max`, `list.sort`,
//! dict and set operations with a user `__hash__`/`__eq__`, `print` of an
//! object with `__str__`, `list(generator)`, `str.join`, `map`/`filter` —
//! and their Rust state (loop counters, half-built results) lives on the
//! Rust stack. Running the callback on a nested dispatch loop below that
//! Rust state (`Vm::call_value`'s old and still fallback path) works until
//! the callback blocks or switches tasklets: the scheduler loop that has
//! to run the other tasklets sits further down the same Rust stack, so the
//! switch is refused (`stackless::guard_switch`).
//!
//! # How
//!
//! When the dispatch loop calls such a native (`call_at` with `Cont::Push`,
//! the native flagged with a `NativeObj::reentry` test that says its
//! arguments may run script code), it runs the native on a coroutine of
//! its own (`Vm::call_on_coroutine`). Inside, `call_value`, `gen_step` and
//! `throw_here` do not nest a loop: they suspend the coroutine with a
//! `Request` (call this, resume that generator). The loop carries the
//! request out as ordinary heap frames on the calling tasklet's fiber,
//! marked `Cont::Native`, and goes on dispatching. When such a frame
//! returns, yields (a generator) or lets an exception out, the loop resumes
//! the coroutine with the `Reply`; when the native finishes, its result is
//! pushed where the call's result goes, or its exception is raised at the
//! call site. Callees that are not script functions (natives, classes,
//! callable instances) run inside a hidden trampoline frame, so that a
//! native callee that switches tasklets (`channel.receive`) suspends a
//! frame as usual. So a switch never happens inside Rust code: the
//! coroutine simply stays parked in its fiber's `natives` stack, travels
//! with its tasklet, and the tasklet is not `restorable` meanwhile
//! (Stackless's "hard-switched" tasklets). Coroutines are only ever resumed
//! from the dispatch loop, never from one another, so at most one runs at a
//! time (`Reentry::running`), and they nest within a fiber exactly as their
//! frames do.
//!
//! Operators go the same way: the slow path of an instruction whose
//! operands are user objects (`for` over a user iterator, `d[key]` with a
//! user `__hash__`, `==`, `in`, `+`, an f-string field) runs on a
//! coroutine (`Vm::operate`), its result landing as `Then` says. What is
//! left on the old nested run — natives without a `reentry` test, a dunder
//! reached inside a container operand, natives called from Rust rather
//! than by the loop — still refuses to switch, with a clear error.
//!
//! Values a parked native holds are rooted in its `Parked::roots`: its
//! arguments, every object a callback hands back, and every object it
//! allocated itself (the heap logs allocations while a coroutine runs) —
//! among them the `ops::Roots` lists where it keeps values it copied out of
//! containers that a callback might empty. So the collector may run while
//! it is parked. Killing a parked tasklet raises `TaskletExit` in its
//! callback frame; the exception reaches the native as a failed callback,
//! the native returns it (its Rust drops run), and unwinding goes on
//! through the script frames below (their `finally` blocks run). A parked
//! native whose tasklet is collected, or that is alive at exit, is dropped:
//! corosensei unwinds its stack, running its Rust drops. Nesting counts
//! against the recursion limit, each parked native like a frame.
//!
//! # Cost
//!
//! A native that needs no callback for its arguments (`sorted` of ints,
//! `print` of strings, `set` of strs) is tested and called directly, as
//! before: the test looks at no more than 32 values (measured: +2% to +7%
//! instructions for `str.join` and `dict.get` of strs). A coroutine start
//! and finish with a pooled stack costs tens of nanoseconds; a callback
//! round trip (suspend, run the frame, resume) about 130 ns, some 60 ns
//! more than the nested run it replaces (`benches/reentry.py`, README).
//! Stacks are 1 MiB of address space each (touched pages only are
//! memory), up to 16 idle ones kept for reuse.

use std::ptr::NonNull;
use std::rc::Rc;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use smallvec::SmallVec;

use crate::compile::code::{Code, CodeKind};
use crate::compile::opcode::Op;
use crate::objects::function::{NativeFn, Wants};
use crate::objects::{IterObj, Obj};
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::frame::{Cont, Frame};
use crate::vm::interp::{Called, RunExit};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

/// Address space of one coroutine stack (only touched pages cost memory).
const STACK_SIZE: usize = 1 << 20;

/// Idle stacks kept for reuse.
const POOL_SIZE: usize = 16;

/// How many values `may_call_script` looks at before it gives up and says yes.
const SCAN_BUDGET: usize = 32;

/// What a native running on a coroutine asks the loop to do.
pub(crate) enum Request {
    /// `callee(*args, **kwargs)`.
    Call {
        callee: Value,
        args: SmallVec<[Value; 4]>,
        kwargs: Vec<(Value, Value)>,
    },
    /// Resume a generator, sending `value`.
    Resume { gen: ObjRef, value: Value },
    /// Raise `exc` in a suspended generator at its `yield`.
    Throw { gen: ObjRef, exc: ObjRef },
}

/// What the loop resumes a native's coroutine with.
pub(crate) enum Reply {
    /// The first resume.
    Start,
    /// The callback returned (for a generator: it finished, with this value).
    Returned(Value),
    /// The generator yielded.
    Yielded(Value),
    /// The callback let an exception out.
    Raised(Exc),
}

type NativeCoroutine = Coroutine<Reply, Request, Res<Value>, DefaultStack>;

/// Where a native's result goes when it finishes.
#[derive(Clone, Copy)]
pub(crate) enum Then {
    /// Onto the stack of the frame that called it.
    Push,
    /// Nowhere (a store).
    Discard,
    /// It advanced the iterator of the `for` loop whose exit is this
    /// target: a value is pushed; `Value::Undef` (exhausted) pops the
    /// iterator and jumps.
    ForIter(u32),
}

/// A native waiting in its coroutine for a callback, on its tasklet's fiber.
pub struct Parked {
    /// `None` while it runs.
    co: Option<NativeCoroutine>,
    /// What it holds: its arguments, the objects its callbacks returned and
    /// the objects it made (`ops::Roots` scopes among them).
    roots: Vec<Value>,
    /// The VM it runs against: a `Vm` must not move while a native is parked.
    vm: *mut Vm,
    then: Then,
}

impl Parked {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.roots.iter().for_each(|v| f(*v));
    }
}

/// The VM's re-entry state.
pub struct Reentry {
    pool: Vec<DefaultStack>,
    /// The yielder of the coroutine executing right now, if any.
    running: Option<NonNull<Yielder<Reply, Request>>>,
    /// The buffer `Heap::log` records allocations in while a coroutine runs.
    allocated: Vec<ObjRef>,
    /// `f(*args, **kwargs)` in a frame of its own: how a native's callback
    /// that is not a script function is called (hidden from tracebacks).
    trampoline: Rc<Code>,
}

impl Default for Reentry {
    fn default() -> Reentry {
        let ops = vec![
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::LoadFast(2),
            Op::CallEx,
            Op::Return,
        ];
        let trampoline = Code {
            kind: CodeKind::Function,
            name: "<native callback>".into(),
            qualname: "<native callback>".into(),
            filename: "<native>".into(),
            first_line: 0,
            lines: vec![0; ops.len()],
            ops,
            consts: Vec::new(),
            names: Vec::new(),
            argcount: 3,
            kwonlycount: 0,
            has_varargs: false,
            has_varkw: false,
            varnames: vec!["f".into(), "args".into(), "kwargs".into()],
            cellvars: Vec::new(),
            cell_params: Vec::new(),
            freevars: Vec::new(),
            doc: None,
            global_cache: Box::new([]),
            attr_sites: Box::new([]),
        };
        Reentry {
            pool: Vec::new(),
            running: None,
            allocated: Vec::new(),
            trampoline: Rc::new(trampoline),
        }
    }
}

/// Suspends the running coroutine with `req` until the loop answers.
fn suspend(vm: &mut Vm, req: Request) -> Reply {
    let y = vm.reentry.running.take().expect("suspend on a coroutine");
    // SAFETY: `running` is set by the coroutine body (`call_on_coroutine`)
    // to its own yielder, which lives on its stack until the body returns,
    // and is only set while that body executes: this code runs inside it.
    let reply = unsafe { y.as_ref() }.suspend(req);
    vm.reentry.running = Some(y);
    reply
}

/// `callee(*args, **kwargs)` from a native on a coroutine.
pub(crate) fn call(
    vm: &mut Vm,
    callee: Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> Res<Value> {
    let req = Request::Call {
        callee,
        args: SmallVec::from_slice(args),
        kwargs: kwargs.to_vec(),
    };
    match suspend(vm, req) {
        Reply::Returned(v) | Reply::Yielded(v) => Ok(v),
        Reply::Raised(e) => Err(e),
        Reply::Start => unreachable!("a coroutine starts once"),
    }
}

/// One step of a generator (`send(value)`) from a native on a coroutine.
pub(crate) fn resume_generator(vm: &mut Vm, gen: ObjRef, value: Value) -> Res<RunExit> {
    generator_reply(suspend(vm, Request::Resume { gen, value }))
}

/// `gen.throw(exc)` at the generator's `yield`, from a native on a coroutine.
pub(crate) fn throw_generator(vm: &mut Vm, gen: ObjRef, exc: ObjRef) -> Res<RunExit> {
    generator_reply(suspend(vm, Request::Throw { gen, exc }))
}

fn generator_reply(reply: Reply) -> Res<RunExit> {
    match reply {
        Reply::Yielded(v) => Ok(RunExit::Yield(v)),
        Reply::Returned(v) => Ok(RunExit::Return(v)),
        Reply::Raised(e) => Err(e),
        Reply::Start => unreachable!("a coroutine starts once"),
    }
}

/// Whether touching `v` the way natives do (iterating, comparing, hashing,
/// converting to text, calling) may run script code: user instances and
/// callables, generators, tasklets and channels, and containers holding
/// any of those. Looks at `SCAN_BUDGET` values at most (`budget` counts
/// down), then says yes.
#[inline]
fn may_call_script(vm: &Vm, v: Value, budget: &mut usize) -> bool {
    if *budget == 0 {
        return true;
    }
    *budget -= 1;
    let Value::Obj(r) = v else {
        return false;
    };
    let obj = vm.heap.get(r);
    // A str subclass with its own dunders is let through (rare; a nested
    // run then serves its callbacks): strings are the common argument.
    if let Obj::Str(_) = obj {
        return false;
    }
    object_may_call_script(vm, r, obj, budget)
}

/// `may_call_script` of a heap object other than a str.
#[inline(never)]
fn object_may_call_script(vm: &Vm, r: ObjRef, obj: &Obj, budget: &mut usize) -> bool {
    if !vm.subclassed.is_empty() && vm.subclassed.contains_key(&r) {
        return true;
    }
    let any =
        |items: &[Value], budget: &mut usize| items.iter().any(|i| may_call_script(vm, *i, budget));
    match obj {
        Obj::BigInt(_) | Obj::Range(_) | Obj::Code(_) => false,
        Obj::List(items) => any(items, budget),
        Obj::Tuple(items) => any(items, budget),
        Obj::Slice(items) => any(&items[..], budget),
        Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d
            .iter()
            .any(|(k, v)| may_call_script(vm, k, budget) || may_call_script(vm, v, budget)),
        Obj::Iter(it) => match &**it {
            IterObj::Range { .. } | IterObj::Str { .. } => false,
            IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } => {
                may_call_script(vm, *seq, budget)
            }
            IterObj::Dict { dict, .. } => may_call_script(vm, *dict, budget),
            IterObj::Enumerate { inner, .. } => may_call_script(vm, *inner, budget),
            IterObj::Zip { inners } => any(inners, budget),
        },
        _ => true,
    }
}

/// The usual `NativeObj::reentry` test: some argument may run script code.
pub(crate) fn any_argument(vm: &Vm, args: &[Value], kwargs: &[(Value, Value)]) -> bool {
    let mut budget = SCAN_BUDGET;
    args.iter().any(|v| may_call_script(vm, *v, &mut budget))
        || kwargs
            .iter()
            .any(|(_, v)| may_call_script(vm, *v, &mut budget))
}

/// The test of dict and set methods: an argument after `self` may run
/// script code (a lookup only calls `__eq__` when the probing key is a
/// user object, so what the table holds does not matter).
pub(crate) fn any_but_self(vm: &Vm, args: &[Value], kwargs: &[(Value, Value)]) -> bool {
    any_argument(vm, args.get(1..).unwrap_or(&[]), kwargs)
}

/// The test of natives that call one dunder of their arguments themselves
/// (`len`, `hash`, `iter`, `abs`, …): some argument is a user object.
pub(crate) fn user_object_argument(vm: &Vm, args: &[Value], _: &[(Value, Value)]) -> bool {
    vm.any_user_object(args)
}

/// The test of natives that only iterate their argument after `self` and
/// take its items as they are (`str.join`): iterating a builtin container
/// never calls back, whatever it holds.
pub(crate) fn iterates_user_object(vm: &Vm, args: &[Value], _: &[(Value, Value)]) -> bool {
    let Some(r) = args.get(1).and_then(|v| v.as_obj()) else {
        return false;
    };
    match vm.heap.get(r) {
        Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Dict(_) | Obj::Set(_) => {
            !vm.subclassed.is_empty() && vm.subclassed.contains_key(&r)
        }
        _ => true,
    }
}

/// Sets the `reentry` test of the natives named in `names`, found in the
/// namespace `dict` (a module's, or a builtin class's).
pub(crate) fn mark(vm: &mut Vm, dict: ObjRef, names: &[(&str, crate::objects::function::Wants)]) {
    for (name, wants) in names {
        let f = vm.dict_get_str(dict, name);
        match f.and_then(|f| f.as_obj()).map(|r| vm.heap.get_mut(r)) {
            Some(Obj::Native(n)) => n.reentry = Some(*wants),
            _ => unreachable!("no native {name} to mark"),
        }
    }
}

impl Vm {
    /// Whether a native is executing on a coroutine right now.
    #[inline]
    pub(crate) fn on_coroutine(&self) -> bool {
        self.reentry.running.is_some()
    }

    /// Calls native `f` for the dispatch loop (a `Cont::Push` call): on a
    /// coroutine when its `reentry` test says the arguments may call back
    /// (`Called::Frame`: the loop reloads the top frame), else directly.
    #[inline]
    pub(crate) fn call_native(
        &mut self,
        f: NativeFn,
        wants: Option<Wants>,
        args: &[Value],
        kwargs: Vec<(Value, Value)>,
    ) -> Res<Called> {
        match wants {
            Some(wants) if !self.on_coroutine() && wants(self, args, &kwargs) => {
                self.args_on_coroutine(args, kwargs, f)?;
                Ok(Called::Frame)
            }
            _ => f(self, args, &kwargs).map(Called::Value),
        }
    }

    /// `body(args, kwargs)` on a coroutine, for the dispatch loop.
    #[inline(never)]
    pub(crate) fn args_on_coroutine(
        &mut self,
        args: &[Value],
        kwargs: Vec<(Value, Value)>,
        body: impl FnOnce(&mut Vm, &[Value], &[(Value, Value)]) -> Res<Value> + 'static,
    ) -> Res<()> {
        let roots = args
            .iter()
            .chain(kwargs.iter().map(|(_, v)| v))
            .copied()
            .collect();
        let args = args.to_vec();
        self.call_on_coroutine(roots, Then::Push, move |vm| body(vm, &args, &kwargs))
    }

    /// How many natives tasklet `t` has parked on coroutines (0: it is
    /// `restorable`).
    pub fn parked_natives(&self, t: ObjRef) -> usize {
        if self.sched.current == Some(t) {
            self.fiber.natives.len()
        } else {
            self.tasklet(t).fiber.natives.len()
        }
    }

    /// Runs `body`, a native called by the dispatch loop with `args`, on a
    /// coroutine. When this returns `Ok`, either a callback frame is on top
    /// of the fiber, or the native has finished and its result is pushed:
    /// the loop goes on with the top frame. `Err` is the native's exception.
    #[inline(never)]
    pub(crate) fn call_on_coroutine(
        &mut self,
        args: Vec<Value>,
        then: Then,
        body: impl FnOnce(&mut Vm) -> Res<Value> + 'static,
    ) -> Res<()> {
        if self.fiber.frames.len() + self.fiber.natives.len() >= self.recursion_limit {
            return Err(self.err(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        let stack = match self.reentry.pool.pop() {
            Some(s) => s,
            None => DefaultStack::new(STACK_SIZE).map_err(|e| {
                self.err(
                    ExcKind::MemoryError,
                    format!("cannot allocate a stack for a native call: {e}"),
                )
            })?,
        };
        let vm: *mut Vm = self;
        let co = Coroutine::with_stack(stack, move |yielder: &Yielder<Reply, Request>, _| {
            // SAFETY: `vm` is the VM that resumes this coroutine (checked by
            // `resume_native` before every resume), and it does not move
            // meanwhile. The coroutine runs only inside `resume`, while the
            // loop that resumed it waits and touches nothing; while it is
            // suspended, only the loop uses the VM. So this `&mut Vm` is the
            // one live access whenever it is used. The loop mutates the VM
            // between suspensions, through its own `&mut`: every suspension
            // happens inside a function (`suspend`) that receives this
            // reference, so no value read through it is cached across one.
            let vm = unsafe { &mut *vm };
            vm.reentry.running = Some(NonNull::from(yielder));
            let result = body(vm);
            vm.reentry.running = None;
            result
        });
        let roots = args.into_iter().filter(|v| v.as_obj().is_some()).collect();
        self.fiber.natives.push(Parked {
            co: Some(co),
            roots,
            vm,
            then,
        });
        self.resume_native(Reply::Start)
    }

    /// Resumes the innermost parked native of the running fiber with
    /// `reply`, then carries out what it asks until a callback frame must
    /// run (`Ok`: the loop goes on with the top frame) or it finishes (its
    /// result pushed and `Ok`, or its exception).
    #[inline(never)]
    pub(crate) fn resume_native(&mut self, mut reply: Reply) -> Res<()> {
        loop {
            let me: *mut Vm = self;
            let parked = self.fiber.natives.last_mut().expect("a parked native");
            if parked.vm != me {
                // Dropping it unwinds its stack without touching any VM.
                self.fiber.natives.pop();
                return Err(self.err(
                    ExcKind::RuntimeError,
                    "a native parked on a coroutine cannot resume: its VM moved",
                ));
            }
            if let Reply::Returned(v @ Value::Obj(_)) | Reply::Yielded(v @ Value::Obj(_)) = reply {
                parked.roots.push(v);
            }
            let mut co = parked.co.take().expect("a parked native is not running");
            // What it allocates while it runs stays rooted while it is parked.
            self.heap.log = Some(std::mem::take(&mut self.reentry.allocated));
            let result = co.resume(reply);
            let mut allocated = self.heap.log.take().unwrap_or_default();
            match result {
                CoroutineResult::Yield(req) => {
                    if let Some(p) = self.fiber.natives.last_mut() {
                        p.roots.extend(allocated.drain(..).map(Value::Obj));
                        p.co = Some(co);
                    }
                    self.reentry.allocated = allocated;
                    match self.carry_out(req) {
                        Some(r) => reply = r,
                        None => return Ok(()),
                    }
                }
                CoroutineResult::Return(result) => {
                    allocated.clear();
                    self.reentry.allocated = allocated;
                    let then = self.fiber.natives.pop().map_or(Then::Push, |p| p.then);
                    if self.reentry.pool.len() < POOL_SIZE {
                        self.reentry.pool.push(co.into_stack());
                    }
                    return match (result, then) {
                        (Ok(Value::Undef), Then::ForIter(target)) => {
                            self.fiber.stack.pop();
                            if let Some(f) = self.fiber.frames.last_mut() {
                                f.ip = target;
                            }
                            Ok(())
                        }
                        (Ok(_), Then::Discard) => Ok(()),
                        (Ok(v), _) => {
                            self.fiber.stack.push(v);
                            Ok(())
                        }
                        // Switching natives are never run on coroutines.
                        (Err(Exc::Switch), _) => Err(self.err(
                            ExcKind::RuntimeError,
                            "a native on a coroutine cannot switch tasklets",
                        )),
                        (Err(e), _) => Err(e),
                    };
                }
            }
        }
    }

    /// The slow path of an instruction of the dispatch loop: when `wanted`
    /// (its operands may call back into script code, which may block or
    /// switch), runs `op` on a coroutine, whence the loop makes the calls,
    /// and returns `None` (the loop reloads the top frame; the result lands
    /// as `then` says); otherwise `op` runs at once and its value is
    /// returned.
    pub(crate) fn operate(
        &mut self,
        wanted: bool,
        operands: &[Value],
        then: Then,
        op: impl FnOnce(&mut Vm) -> Res<Value> + 'static,
    ) -> Res<Option<Value>> {
        if !wanted || self.on_coroutine() {
            return op(self).map(Some);
        }
        self.call_on_coroutine(operands.to_vec(), then, op)?;
        Ok(None)
    }

    /// Whether some operand itself has script behaviour an operator can
    /// reach: a user instance or exception, a builtin object of a user
    /// subclass, a generator. (Containers are not looked into: an operator
    /// over a list of such objects calls back on a nested run.)
    pub(crate) fn any_user_object(&self, operands: &[Value]) -> bool {
        operands.iter().any(|v| self.is_user_object(*v))
    }

    fn is_user_object(&self, v: Value) -> bool {
        let Value::Obj(r) = v else {
            return false;
        };
        match self.heap.get(r) {
            Obj::Instance(_) | Obj::Exception(_) | Obj::Generator(_) => true,
            Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Dict(_) | Obj::Set(_) => {
                !self.subclassed.is_empty() && self.subclassed.contains_key(&r)
            }
            _ => false,
        }
    }

    /// Does what a parked native asked: `None` once a callback frame is
    /// pushed, or the reply when it is known at once.
    fn carry_out(&mut self, req: Request) -> Option<Reply> {
        match req {
            Request::Call {
                callee,
                args,
                kwargs,
            } => self.push_callback(callee, args, kwargs),
            Request::Resume { gen, value } => {
                match self.resume_generator(gen, value, Cont::Native) {
                    Ok(()) => None,
                    Err(Exc::New(ExcKind::StopIteration, _)) => Some(Reply::Returned(Value::None)),
                    Err(e) => Some(Reply::Raised(e)),
                }
            }
            Request::Throw { gen, exc } => {
                if let Err(e) = self.resume_generator(gen, Value::None, Cont::Native) {
                    return Some(Reply::Raised(e));
                }
                // The yield raises instead of receiving a value.
                self.fiber.stack.pop();
                self.on_raise(exc);
                if self.catch_here(exc) {
                    return None;
                }
                let (_, exc) = self.pop_unwound(exc);
                Some(Reply::Raised(Exc::Object(exc)))
            }
        }
    }

    /// Pushes the frame of a native's callback: the function's own frame
    /// for a script function (or a method of one), else the trampoline's.
    fn push_callback(
        &mut self,
        callee: Value,
        args: SmallVec<[Value; 4]>,
        kwargs: Vec<(Value, Value)>,
    ) -> Option<Reply> {
        let callee_pos = self.fiber.stack.len();
        if self.is_script_function(callee) {
            self.fiber.stack.push(callee);
            self.fiber.stack.extend_from_slice(&args);
            let names = if kwargs.is_empty() {
                None
            } else {
                self.fiber.stack.extend(kwargs.iter().map(|(_, v)| *v));
                Some(self.new_tuple(kwargs.iter().map(|(k, _)| *k).collect()))
            };
            return match self.call_at(args.len() + kwargs.len(), names, Cont::Native) {
                Ok(Called::Frame) => None,
                Ok(Called::Value(v)) => {
                    // A generator function made its generator.
                    self.fiber.stack.truncate(callee_pos);
                    Some(Reply::Returned(v))
                }
                Err(e) => {
                    self.fiber.stack.truncate(callee_pos);
                    Some(Reply::Raised(e))
                }
            };
        }
        if self.fiber.frames.len() >= self.recursion_limit {
            return Some(Reply::Raised(
                self.err(ExcKind::RecursionError, "maximum recursion depth exceeded"),
            ));
        }
        let args = self.new_tuple(args.to_vec());
        let kwargs = if kwargs.is_empty() {
            Value::None
        } else {
            let d = self.new_dict();
            for (k, v) in kwargs {
                if let Err(e) = self.dict_set(d, k, v) {
                    return Some(Reply::Raised(e));
                }
            }
            Value::Obj(d)
        };
        // The callee slot below the frame (popped with it) is unused.
        self.fiber.stack.extend([Value::None, callee, args, kwargs]);
        self.fiber.frames.push(Frame {
            code: self.reentry.trampoline.clone(),
            ip: 0,
            base: callee_pos as u32 + 1,
            globals: self.builtins,
            locals: None,
            blocks: Vec::new(),
            cont: Cont::Native,
            generator: None,
        });
        None
    }

    /// Whether calling `f` pushes the frame of a script function.
    fn is_script_function(&self, f: Value) -> bool {
        match f.as_obj().map(|r| self.heap.get(r)) {
            Some(Obj::Function(_)) => true,
            Some(Obj::BoundMethod(b)) => {
                matches!(
                    b.1.as_obj().map(|r| self.heap.get(r)),
                    Some(Obj::Function(_))
                )
            }
            _ => false,
        }
    }

    /// Whether `code` is the trampoline (its frames stay out of tracebacks).
    pub(crate) fn is_trampoline(&self, code: &Rc<Code>) -> bool {
        Rc::ptr_eq(code, &self.reentry.trampoline)
    }
}
