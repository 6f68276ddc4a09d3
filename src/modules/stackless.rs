//! The `stackless` module: module functions, and the methods and attributes of `tasklet` and `channel`.
//!
//! Every native here edits scheduler state and, when the running tasklet
//! must change, returns `Exc::Switch` after recording the target (see
//! `tasklets/mod.rs`); none of them runs script code.

use crate::objects::types::Method;
use crate::objects::Obj;
use crate::tasklets::channel::ChannelObj;
use crate::tasklets::tasklet::{Place, Resume, TaskletObj};
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

type Kw<'a> = &'a [(Value, Value)];

const FUNCTIONS: &[Method] = &[
    ("getcurrent", getcurrent, false),
    ("getmain", getmain, false),
    ("getruncount", getruncount, false),
    ("schedule", schedule, true),
    ("schedule_remove", schedule_remove, true),
    ("run", run, true),
    ("enable_softswitch", enable_softswitch, false),
    ("__getattr__", module_getattr, false),
];

const TASKLET_METHODS: &[Method] = &[
    ("__init__", tasklet_init, true),
    ("__call__", tasklet_setup, true),
    ("setup", tasklet_setup, true),
    ("bind", tasklet_bind, true),
    ("insert", tasklet_insert, false),
    ("remove", tasklet_remove, false),
    ("run", tasklet_run, false),
    ("switch", tasklet_switch, false),
    ("kill", tasklet_kill, true),
    ("throw", tasklet_throw, true),
    ("raise_exception", tasklet_raise_exception, false),
    ("set_atomic", tasklet_set_atomic, false),
    ("set_ignore_nesting", tasklet_set_ignore_nesting, false),
];

const CHANNEL_METHODS: &[Method] = &[
    ("send", channel_send, false),
    ("receive", channel_receive, false),
    ("send_exception", channel_send_exception, false),
    ("send_throw", channel_send_throw, false),
    ("__iter__", channel_iter, false),
    ("__next__", channel_next, false),
    ("open", channel_open, false),
    ("close", channel_close, false),
];

/// Fills a builtin class made at start-up with its methods and module name.
fn fill_class(vm: &mut Vm, class: ObjRef, methods: &[Method]) {
    let dict = vm.class(class).dict;
    let module = vm.new_str("stackless");
    vm.dict_set_str(dict, "__module__", module);
    crate::modules::add_functions(vm, dict, methods);
}

/// Creates the module (registered in `sys.modules`) with its classes.
pub fn install(vm: &mut Vm) {
    let dict = crate::modules::new_module(vm, "stackless");
    crate::modules::add_functions(vm, dict, FUNCTIONS);
    let (tasklet, channel) = (vm.types.tasklet, vm.types.channel);
    fill_class(vm, tasklet, TASKLET_METHODS);
    fill_class(vm, channel, CHANNEL_METHODS);
    vm.dict_set_str(dict, "tasklet", Value::Obj(tasklet));
    vm.dict_set_str(dict, "channel", Value::Obj(channel));
    let exit = Value::Obj(vm.exc_class(ExcKind::TaskletExit));
    vm.dict_set_str(dict, "TaskletExit", exit);
    let main = vm.main_tasklet();
    vm.dict_set_str(dict, "main", Value::Obj(main));
    install_script_parts(vm, dict);
}

/// The parts written in Slate: `_start`, the frame a native tasklet
/// function runs in (so it can block), and `channel.send_sequence`, whose
/// sends may each switch tasklets.
const SCRIPT_PARTS: &str = "\
def _start(f, args, kwargs):
    return f(*args, **kwargs)

def _send_sequence(self, seq):
    send = channel.send
    n = 0
    for value in seq:
        send(self, value)
        n += 1
    return n
";

fn install_script_parts(vm: &mut Vm, globals: ObjRef) {
    let code = crate::run::compile_source(vm, SCRIPT_PARTS, "<stackless>")
        .expect("stackless parts compile");
    crate::run::run_code(vm, code, globals).expect("stackless parts are defined");
    vm.sched.trampoline = vm.dict_get_str(globals, "_start");
    let send_sequence = vm
        .dict_get_str(globals, "_send_sequence")
        .expect("_send_sequence defined");
    let channel_dict = vm.class(vm.types.channel).dict;
    vm.dict_set_str(channel_dict, "send_sequence", send_sequence);
}

fn tasklet_arg(vm: &Vm, args: &[Value]) -> Res<ObjRef> {
    match args.first() {
        Some(Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::Tasklet(_)) => Ok(*r),
        _ => Err(vm.type_error("descriptor requires a 'tasklet' object")),
    }
}

fn channel_arg(vm: &Vm, args: &[Value]) -> Res<ObjRef> {
    match args.first() {
        Some(Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::Channel(_)) => Ok(*r),
        _ => Err(vm.type_error("descriptor requires a 'channel' object")),
    }
}

/// Tasklets cannot switch while a native below them on the Rust stack waits
/// for a script callback on a nested run (natives the loop runs on a
/// coroutine do not nest: see `vm/reentry.rs`).
fn guard_switch(vm: &Vm) -> Res<()> {
    if vm.nested_runs > 0 {
        return Err(vm.err(
            ExcKind::RuntimeError,
            "cannot switch tasklets inside a script callback called from native code",
        ));
    }
    Ok(())
}

/// Argument `pos` (counting a method's receiver as 0) or keyword `name`, if given.
fn opt_param(vm: &Vm, args: &[Value], kw: Kw, pos: usize, name: &str) -> Option<Value> {
    args.get(pos).copied().or(kwarg(vm, kw, name))
}

/// Argument `pos` or keyword `name`, `None` when not given.
fn param(vm: &Vm, args: &[Value], kw: Kw, pos: usize, name: &str) -> Value {
    opt_param(vm, args, kw, pos, name).unwrap_or(Value::None)
}

fn kwarg(vm: &Vm, kw: Kw, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| vm.str_of(*k) == Some(name))
        .map(|(_, v)| *v)
}

// ----- module functions -----

fn getcurrent(vm: &mut Vm, _args: &[Value], _kw: Kw) -> Res<Value> {
    Ok(Value::Obj(vm.current_tasklet()))
}

fn getmain(vm: &mut Vm, _args: &[Value], _kw: Kw) -> Res<Value> {
    Ok(Value::Obj(vm.main_tasklet()))
}

fn getruncount(vm: &mut Vm, _args: &[Value], _kw: Kw) -> Res<Value> {
    Ok(Value::Int(vm.queue_len() as i64))
}

fn enable_softswitch(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> Res<Value> {
    Ok(Value::Bool(true))
}

/// `stackless.current` and `stackless.runcount` change as tasklets run.
fn module_getattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    match args.first().and_then(|n| vm.str_of(*n)) {
        Some("current") => Ok(Value::Obj(vm.current_tasklet())),
        Some("runcount") => Ok(Value::Int(vm.queue_len() as i64)),
        Some(other) => {
            let n = other.to_string();
            Err(vm.err(
                ExcKind::AttributeError,
                format!("module 'stackless' has no attribute '{n}'"),
            ))
        }
        None => Err(vm.type_error("attribute name must be string")),
    }
}

/// `schedule(retval=current)`: the current tasklet goes to the end of the queue.
fn schedule(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    guard_switch(vm)?;
    let cur = vm.current_tasklet();
    let retval = opt_param(vm, args, kw, 0, "retval").unwrap_or(Value::Obj(cur));
    if vm.tasklet(cur).place != Place::Queue {
        return Ok(retval);
    }
    let next = vm.tasklet(cur).next.expect("queue");
    if next == cur {
        return Ok(retval);
    }
    vm.sched.head = Some(next);
    Err(vm.suspend_and_switch(retval, next))
}

/// `schedule_remove(retval=current)`: the current tasklet leaves the queue (paused).
fn schedule_remove(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    guard_switch(vm)?;
    let cur = vm.current_tasklet();
    let retval = opt_param(vm, args, kw, 0, "retval").unwrap_or(Value::Obj(cur));
    match vm.next_runnable(cur) {
        None => Ok(retval),
        Some(_) => {
            let e = vm.leave_queue_and_switch(Place::Nowhere, retval)?;
            if cur == vm.main_tasklet() {
                // Main cannot stay paused forever: it resumes when the queue empties.
                vm.sched.runners.insert(0, cur);
            }
            Err(e)
        }
    }
}

/// `run()`: the caller leaves the queue and the other tasklets run until
/// none is runnable; nested calls (from tasklets) return innermost first.
fn run(vm: &mut Vm, _args: &[Value], _kw: Kw) -> Res<Value> {
    guard_switch(vm)?;
    let cur = vm.current_tasklet();
    let others = vm.queue_len() - usize::from(vm.tasklet(cur).place == Place::Queue);
    if others == 0 {
        return Ok(Value::None);
    }
    let e = vm.leave_queue_and_switch(Place::Nowhere, Value::None)?;
    vm.sched.runners.push(cur);
    Err(e)
}

// ----- tasklet -----

/// `stackless.tasklet(func=None, args=None, kwargs=None)`.
pub fn new_tasklet(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let t = vm.alloc(Obj::Tasklet(Box::new(TaskletObj::new(Value::None))));
    let mut all = vec![t];
    all.extend_from_slice(args);
    tasklet_init(vm, &all, kw)?;
    Ok(t)
}

fn tasklet_init(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let func = param(vm, args, kw, 1, "func");
    if func.is_none() {
        return Ok(Value::None);
    }
    tasklet_bind(vm, args, kw)
}

fn check_callable(vm: &mut Vm, func: Value) -> Res<()> {
    let callable = vm.intern("callable");
    let c = vm
        .dict_get(vm.builtins, Value::Obj(callable))?
        .unwrap_or(Value::None);
    let is_callable = vm.call_value(c, &[func], &[])?;
    if func.is_none() || crate::objects::ops::truthy(vm, is_callable)? {
        Ok(())
    } else {
        Err(vm.type_error("tasklet function must be a callable or None"))
    }
}

/// `bind(func=None, args=None, kwargs=None)`.
fn tasklet_bind(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let func = param(vm, args, kw, 1, "func");
    let fargs = param(vm, args, kw, 2, "args");
    let fkw = param(vm, args, kw, 3, "kwargs");
    if Some(t) == vm.sched.current {
        return Err(vm.err(ExcKind::RuntimeError, "can't (re)bind the current tasklet"));
    }
    if vm.tasklet(t).place != Place::Nowhere {
        return Err(vm.err(ExcKind::RuntimeError, "tasklet is scheduled"));
    }
    if vm.parked_natives(t) > 0 {
        return Err(vm.err(ExcKind::RuntimeError, "tasklet is not restorable"));
    }
    check_callable(vm, func)?;
    let with_args = !fargs.is_none() || !fkw.is_none();
    let fargs = if fargs.is_none() && with_args {
        vm.new_tuple(Vec::new())
    } else if fargs.is_none() {
        Value::None
    } else {
        let items = crate::objects::ops::to_vec(vm, fargs)?;
        vm.new_tuple(items)
    };
    let tk = vm.tasklet_mut(t);
    tk.func = func;
    tk.args = fargs;
    tk.kwargs = fkw;
    tk.alive = with_args;
    tk.resume = Resume::Start;
    tk.fiber = Default::default();
    Ok(Value::Obj(t))
}

/// `setup(*args, **kwargs)` / `t(*args, **kwargs)`: gives the arguments and inserts it.
fn tasklet_setup(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    if vm.tasklet(t).func.is_none() {
        return Err(vm.type_error("cframe function must be a callable"));
    }
    if vm.tasklet(t).alive {
        return Err(vm.err(ExcKind::RuntimeError, "tasklet is alive"));
    }
    let fargs = vm.new_tuple(args[1..].to_vec());
    let d = vm.new_dict();
    for (k, v) in kw {
        vm.dict_set(d, *k, *v)?;
    }
    let tk = vm.tasklet_mut(t);
    tk.args = fargs;
    tk.kwargs = Value::Obj(d);
    tk.alive = true;
    tk.resume = Resume::Start;
    vm.main_tasklet();
    vm.queue_append(t);
    Ok(Value::Obj(t))
}

fn tasklet_insert(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    match vm.tasklet(t).place {
        Place::Channel(_) => {
            return Err(vm.err(ExcKind::RuntimeError, "You cannot run a blocked tasklet"))
        }
        Place::Queue => return Ok(Value::None),
        Place::Nowhere => {}
    }
    if !vm.tasklet(t).alive {
        return Err(vm.err(
            ExcKind::RuntimeError,
            "You cannot run an unbound(dead) tasklet",
        ));
    }
    vm.main_tasklet();
    vm.queue_append(t);
    Ok(Value::None)
}

fn tasklet_remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    match vm.tasklet(t).place {
        Place::Channel(_) => Err(vm.err(
            ExcKind::RuntimeError,
            "You cannot remove a blocked tasklet.",
        )),
        _ if Some(t) == vm.sched.current => Err(vm.err(
            ExcKind::RuntimeError,
            "The current tasklet cannot be removed.",
        )),
        Place::Queue => {
            vm.queue_remove(t);
            Ok(Value::Obj(t))
        }
        Place::Nowhere => Ok(Value::Obj(t)),
    }
}

/// Puts `t` at the front of the queue (inserting it if needed).
fn to_front(vm: &mut Vm, t: ObjRef) {
    if vm.tasklet(t).place != Place::Queue {
        vm.queue_append(t);
    }
    vm.sched.head = Some(t);
}

/// Runs `t` now, in place: the queue turns so that `t` is first (a tasklet
/// not in the queue goes right after the current one); the tasklets after
/// `t` run before the current tasklet's turn comes back.
fn run_now(vm: &mut Vm, t: ObjRef) -> Exc {
    let cur = vm.current_tasklet();
    if vm.tasklet(t).place != Place::Queue {
        match vm
            .tasklet(cur)
            .next
            .filter(|_| vm.tasklet(cur).place == Place::Queue)
        {
            Some(after) => {
                // Appending with `after` as head puts `t` just before it.
                vm.sched.head = Some(after);
                vm.queue_append(t);
            }
            None => vm.queue_append(t),
        }
    }
    vm.sched.head = Some(t);
    vm.suspend_and_switch(Value::None, t)
}

/// `t.run()`: switch to `t` now; the current tasklet stays runnable.
fn tasklet_run(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    guard_switch(vm)?;
    let t = tasklet_arg(vm, args)?;
    tasklet_insert(vm, args, &[])?;
    if Some(t) == vm.sched.current {
        return Ok(Value::None);
    }
    Err(run_now(vm, t))
}

/// `t.switch()`: switch to `t` and pause the current tasklet.
fn tasklet_switch(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    guard_switch(vm)?;
    let t = tasklet_arg(vm, args)?;
    tasklet_insert(vm, args, &[])?;
    let cur = vm.current_tasklet();
    if t == cur {
        return Ok(Value::None);
    }
    if vm.tasklet(cur).place == Place::Queue {
        vm.queue_remove(cur);
    }
    to_front(vm, t);
    Err(vm.suspend_and_switch(Value::None, t))
}

/// Raises `exc` in tasklet `t` (killing it if it never started); with
/// `pending`, only makes it runnable with the exception due.
fn raise_in(vm: &mut Vm, t: ObjRef, exc: ObjRef, pending: bool) -> Res<Value> {
    guard_switch(vm)?;
    if !vm.tasklet(t).alive && !vm.tasklet(t).is_main {
        // Unbound or finished: killing is a no-op.
        return if vm.exc_is(exc, ExcKind::TaskletExit) {
            Ok(Value::None)
        } else {
            Err(vm.err(ExcKind::RuntimeError, "You cannot throw to a dead tasklet"))
        };
    }
    let cur = vm.current_tasklet();
    if t == cur {
        return Err(Exc::Object(exc));
    }
    if matches!(vm.tasklet(t).resume, Resume::Start) && pending {
        // Never started: when its turn comes it dies with the exception.
        vm.tasklet_mut(t).resume = Resume::Raise(exc);
        if vm.tasklet(t).place != Place::Queue {
            vm.queue_append(t);
        }
        return Ok(Value::None);
    }
    if matches!(vm.tasklet(t).resume, Resume::Start) {
        // Never started: it dies without running its body.
        vm.unlink(t);
        let tk = vm.tasklet_mut(t);
        tk.alive = false;
        return if vm.exc_is(exc, ExcKind::TaskletExit) {
            Ok(Value::None)
        } else {
            Err(Exc::Object(exc))
        };
    }
    if let Place::Channel(c) = vm.tasklet(t).place {
        vm.channel_remove(c, t);
    }
    vm.tasklet_mut(t).resume = Resume::Raise(exc);
    if pending {
        if vm.tasklet(t).place != Place::Queue {
            vm.queue_append(t);
        }
        return Ok(Value::None);
    }
    Err(run_now(vm, t))
}

fn tasklet_kill(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let pending = opt_param(vm, args, kw, 1, "pending").map(|v| matches!(v, Value::Bool(true)));
    let cls = vm.exc_class(ExcKind::TaskletExit);
    let exc = vm.new_exception(cls, vec![]);
    raise_in(vm, t, exc, pending.unwrap_or(false))
}

/// An exception instance from a class or instance plus arguments.
fn make_exception(vm: &mut Vm, typ: Value, extra: &[Value]) -> Res<ObjRef> {
    match typ {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Exception(_)) => Ok(r),
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => {
            match vm.call_value(typ, extra, &[])? {
                Value::Obj(e) if matches!(vm.heap.get(e), Obj::Exception(_)) => Ok(e),
                _ => Err(vm.type_error("exceptions must derive from BaseException")),
            }
        }
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}

fn tasklet_throw(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let typ = param(vm, args, kw, 1, "exc");
    let val = param(vm, args, kw, 2, "val");
    let pending = opt_param(vm, args, kw, 4, "pending").map(|v| matches!(v, Value::Bool(true)));
    let is_instance = matches!(typ, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Exception(_)));
    if is_instance && !val.is_none() {
        return Err(vm.type_error("instance exception may not have a separate value"));
    }
    // An instance of the class given as the value is the exception itself.
    if let (Value::Obj(c), Value::Obj(v)) = (typ, val) {
        if matches!(vm.heap.get(c), Obj::Class(_)) && vm.isinstance(val, c) {
            return raise_in(vm, t, v, pending.unwrap_or(false));
        }
    }
    // A tuple value is the argument list, as in `raise E(*val)`.
    let extra: Vec<Value> = match val {
        Value::None => vec![],
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)) => {
            crate::objects::ops::to_vec(vm, val)?
        }
        v => vec![v],
    };
    let exc = make_exception(vm, typ, &extra)?;
    raise_in(vm, t, exc, pending.unwrap_or(false))
}

fn tasklet_raise_exception(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let Some(typ) = args.get(1).copied() else {
        return Err(vm.type_error("raise_exception() takes at least 1 argument"));
    };
    let exc = make_exception(vm, typ, &args[2..])?;
    raise_in(vm, t, exc, false)
}

fn tasklet_set_atomic(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let Some(flag) = args.get(1).copied() else {
        return Err(vm.type_error("set_atomic() takes exactly one argument (0 given)"));
    };
    let on = crate::objects::ops::truthy(vm, flag)?;
    let old = std::mem::replace(&mut vm.tasklet_mut(t).atomic, on);
    Ok(Value::Bool(old))
}

fn tasklet_set_ignore_nesting(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let on = match args.get(1) {
        Some(v) => crate::objects::ops::truthy(vm, *v)?,
        None => false,
    };
    let old = std::mem::replace(&mut vm.tasklet_mut(t).ignore_nesting, on);
    Ok(Value::Bool(old))
}

/// Attributes of a tasklet (`alive`, `scheduled`, `next`, …).
pub fn tasklet_attr(vm: &mut Vm, t: ObjRef, name: &str) -> Option<Value> {
    let cur = vm.sched.current;
    let restorable = vm.parked_natives(t) == 0;
    let tk = vm.tasklet(t);
    let v = match name {
        "alive" => Value::Bool(tk.alive || tk.is_main),
        "scheduled" => Value::Bool(tk.place != Place::Nowhere || (tk.is_main && cur == Some(t))),
        "blocked" => Value::Bool(matches!(tk.place, Place::Channel(_))),
        "paused" => {
            Value::Bool((tk.alive || tk.is_main) && tk.place == Place::Nowhere && cur != Some(t))
        }
        "is_current" => Value::Bool(cur == Some(t)),
        "is_main" => Value::Bool(tk.is_main),
        "next" => tk.next.map_or(Value::None, Value::Obj),
        "prev" => tk.prev.map_or(Value::None, Value::Obj),
        "tempval" => tk.tempval,
        "restorable" => Value::Bool(restorable),
        "atomic" => Value::Bool(tk.atomic),
        "block_trap" => Value::Bool(tk.block_trap),
        "ignore_nesting" => Value::Bool(tk.ignore_nesting),
        "thread_id" => Value::Int(std::process::id() as i64),
        "recursion_depth" | "nesting_level" => Value::Int(0),
        "frame" => Value::None,
        _ => return None,
    };
    Some(v)
}

/// Writable tasklet attributes; `None` when the name is not one.
pub fn set_tasklet_attr(vm: &mut Vm, t: ObjRef, name: &str, value: Value) -> Option<Res<()>> {
    match name {
        "tempval" => vm.tasklet_mut(t).tempval = value,
        "block_trap" => match value {
            Value::Bool(b) => vm.tasklet_mut(t).block_trap = b,
            Value::Int(i) => vm.tasklet_mut(t).block_trap = i != 0,
            _ => {
                return Some(Err(
                    vm.type_error("block_trap must be set to a bool or integer")
                ))
            }
        },
        _ => return None,
    }
    Some(Ok(()))
}

// ----- channel -----

/// `stackless.channel()`.
pub fn new_channel(vm: &mut Vm, _args: &[Value], _kw: Kw) -> Res<Value> {
    Ok(vm.alloc(Obj::Channel(Box::default())))
}

fn closed_error(vm: &Vm) -> Exc {
    vm.value_error("Send/receive operation on a closed channel")
}

fn check_block_trap(vm: &mut Vm) -> Res<()> {
    let cur = vm.current_tasklet();
    if vm.tasklet(cur).block_trap {
        return Err(vm.err(
            ExcKind::RuntimeError,
            "this tasklet does not like to be blocked.",
        ));
    }
    Ok(())
}

/// Sends `what` (a value, or an exception to raise in the receiver).
fn send_resume(vm: &mut Vm, c: ObjRef, what: Resume, value: Value) -> Res<Value> {
    guard_switch(vm)?;
    let cur = vm.current_tasklet();
    if vm.channel(c).closing {
        return Err(closed_error(vm));
    }
    if vm.channel(c).balance < 0 {
        let r = vm.channel(c).head.expect("waiting receiver");
        vm.channel_remove(c, r);
        let tk = vm.tasklet_mut(r);
        tk.resume = what;
        tk.tempval = value;
        let pref = vm.channel(c).preference;
        if pref < 0 {
            // The receiver runs at once; the sender goes to the end of the queue.
            if vm.tasklet(cur).place == Place::Queue {
                vm.queue_remove(cur);
            }
            vm.queue_append(r);
            vm.sched.head = Some(r);
            if !vm.sched.runners.contains(&cur) {
                vm.queue_append(cur);
            }
            return Err(vm.suspend_and_switch(Value::None, r));
        }
        vm.queue_append(r);
        return Ok(Value::None);
    }
    check_block_trap(vm)?;
    let pending = match what {
        Resume::Raise(e) => Value::Obj(e),
        _ => Value::Undef,
    };
    vm.channel_mut(c).balance += 1;
    match vm.leave_queue_and_switch(Place::Channel(c), Value::None) {
        Ok(e) => {
            // While blocked, the sender holds what it sends.
            let tk = vm.tasklet_mut(cur);
            tk.tempval = value;
            tk.send_exc = pending;
            // Stackless quirk: when the last runnable tasklet blocks sending
            // an exception, the waiting `run()` caller wakes with it raised.
            if let (Value::Obj(exc), Some(target)) = (pending, vm.sched.request) {
                if vm.sched.runners.last() == Some(&target) {
                    vm.tasklet_mut(target).resume = Resume::Raise(exc);
                }
            }
            Err(e)
        }
        Err(e) => {
            vm.channel_mut(c).balance -= 1;
            Err(e)
        }
    }
}

fn channel_send(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    let v = args.get(1).copied().unwrap_or(Value::None);
    send_resume(vm, c, Resume::Value(v), v)
}

fn channel_send_exception(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    let Some(typ) = args.get(1).copied() else {
        return Err(vm.type_error("send_exception() takes at least 1 argument"));
    };
    let exc = make_exception(vm, typ, &args[2..])?;
    send_resume(vm, c, Resume::Raise(exc), Value::None)
}

/// `send_throw(exc, val=None, tb=None)`: like `send_exception` with a value.
fn channel_send_throw(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    let Some(typ) = args.get(1).copied() else {
        return Err(vm.type_error("send_throw() takes at least 1 argument"));
    };
    let extra: Vec<Value> = args
        .get(2)
        .copied()
        .filter(|v| !v.is_none())
        .into_iter()
        .collect();
    let exc = make_exception(vm, typ, &extra)?;
    send_resume(vm, c, Resume::Raise(exc), Value::None)
}

fn channel_receive(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    receive_from(vm, c)
}

fn receive_from(vm: &mut Vm, c: ObjRef) -> Res<Value> {
    guard_switch(vm)?;
    let cur = vm.current_tasklet();
    if vm.channel(c).balance > 0 {
        let s = vm.channel(c).head.expect("waiting sender");
        vm.channel_remove(c, s);
        let value = std::mem::replace(&mut vm.tasklet_mut(s).tempval, Value::None);
        let pending = std::mem::replace(&mut vm.tasklet_mut(s).send_exc, Value::Undef);
        vm.tasklet_mut(s).resume = Resume::Value(Value::None);
        vm.tasklet_mut(s).tempval = Value::None;
        let pref = vm.channel(c).preference;
        if pref > 0 {
            // Prefer the sender: it runs now, the receiver gets the value when resumed.
            if vm.tasklet(cur).place == Place::Queue {
                vm.queue_remove(cur);
            }
            vm.queue_append(s);
            vm.sched.head = Some(s);
            vm.queue_append(cur);
            if let Value::Obj(e) = pending {
                vm.tasklet_mut(cur).resume = Resume::Raise(e);
                return Err(vm.switch_to(s));
            }
            return Err(vm.suspend_and_switch(value, s));
        }
        vm.queue_append(s);
        if let Value::Obj(e) = pending {
            return Err(Exc::Object(e));
        }
        return Ok(value);
    }
    if vm.channel(c).closing {
        return Err(closed_error(vm));
    }
    check_block_trap(vm)?;
    vm.channel_mut(c).balance -= 1;
    match vm.leave_queue_and_switch(Place::Channel(c), Value::None) {
        Ok(e) => Err(e),
        Err(e) => {
            vm.channel_mut(c).balance += 1;
            Err(e)
        }
    }
}

fn channel_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    Ok(Value::Obj(c))
}

fn channel_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    if vm.channel(c).closing && vm.channel(c).balance == 0 {
        return Err(Exc::bare(ExcKind::StopIteration));
    }
    receive_from(vm, c)
}

fn channel_open(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    vm.channel_mut(c).closing = false;
    Ok(Value::None)
}

fn channel_close(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    vm.channel_mut(c).closing = true;
    Ok(Value::None)
}

/// Attributes of a channel.
pub fn channel_attr(vm: &mut Vm, c: ObjRef, name: &str) -> Option<Value> {
    let ch: &ChannelObj = vm.channel(c);
    Some(match name {
        "balance" => Value::Int(ch.balance),
        "preference" => Value::Int(ch.preference),
        "schedule_all" => Value::Bool(ch.schedule_all),
        "closing" => Value::Bool(ch.closing),
        "closed" => Value::Bool(ch.closing && ch.balance == 0),
        "queue" => ch.head.map_or(Value::None, Value::Obj),
        _ => return None,
    })
}

/// Writable channel attributes; `None` when the name is not one.
pub fn set_channel_attr(vm: &mut Vm, c: ObjRef, name: &str, value: Value) -> Option<Res<()>> {
    match name {
        "preference" => {
            let p = match value {
                Value::Bool(b) => b as i64,
                Value::Int(i) => i,
                _ => return Some(Err(vm.type_error("preference must be set to an integer"))),
            };
            vm.channel_mut(c).preference = p.signum();
        }
        "schedule_all" => {
            let on = match crate::objects::ops::truthy(vm, value) {
                Ok(b) => b,
                Err(e) => return Some(Err(e)),
            };
            vm.channel_mut(c).schedule_all = on;
        }
        _ => return None,
    }
    Some(Ok(()))
}
