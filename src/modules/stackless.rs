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
    ("get_thread_info", get_thread_info, false),
    ("schedule", schedule, true),
    ("schedule_remove", schedule_remove, true),
    ("run", run, true),
    ("enable_softswitch", enable_softswitch, false),
    ("switch_trap", switch_trap, false),
    ("set_schedule_callback", set_schedule_callback, false),
    ("get_schedule_callback", get_schedule_callback, false),
    ("set_channel_callback", set_channel_callback, false),
    ("get_channel_callback", get_channel_callback, false),
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
    ("bind_thread", tasklet_bind_thread, false),
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

class atomic:
    'Context manager: the current tasklet is atomic (never preempted) inside the block.'

    def __enter__(self):
        self._old = getcurrent().set_atomic(True)

    def __exit__(self, typ, value, tb):
        getcurrent().set_atomic(self._old)

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

/// The tasklet of a method that takes no arguments (`insert`, `run` …).
fn tasklet_noargs(vm: &Vm, name: &str, args: &[Value]) -> Res<ObjRef> {
    let t = tasklet_arg(vm, args)?;
    crate::objects::ops::check_args(name, args.len() - 1, 0, 0)?;
    Ok(t)
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

// ----- module functions -----

fn getcurrent(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    crate::objects::ops::check_args("getcurrent", args.len(), 0, 0)?;
    Ok(Value::Obj(vm.current_tasklet()))
}

fn getmain(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    crate::objects::ops::check_args("getmain", args.len(), 0, 0)?;
    Ok(Value::Obj(vm.main_tasklet()))
}

fn getruncount(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    crate::objects::ops::check_args("getruncount", args.len(), 0, 0)?;
    Ok(Value::Int(vm.queue_len() as i64))
}

/// `enable_softswitch(flag)`: switching is always soft here.
fn enable_softswitch(_vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    crate::objects::ops::check_args("enable_softswitch", args.len(), 1, 1)?;
    Ok(Value::Bool(true))
}

/// `stackless.current` and `stackless.runcount` change as tasklets run.
fn module_getattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    match args.first().and_then(|n| vm.str_of(*n)) {
        Some("current") => Ok(Value::Obj(vm.current_tasklet())),
        Some("runcount") => Ok(Value::Int(vm.queue_len() as i64)),
        Some("threads") => Ok(vm.new_list(vec![Value::Int(thread_id())])),
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

/// The id of the one thread, which every tasklet belongs to.
fn thread_id() -> i64 {
    i64::from(std::process::id())
}

/// An optional thread id argument, as `slp_parse_thread_id`: `None` when it
/// is missing or -1 (the current thread), else the id.
fn thread_id_arg(vm: &Vm, fname: &str, args: &[Value], max: usize) -> Res<Option<i64>> {
    if args.len() > max {
        let s = if max == 1 { "" } else { "s" };
        let n = args.len();
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} argument{s} ({n} given)"
        )));
    }
    match args.first() {
        None | Some(Value::Int(-1)) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(i64::from(*b))),
        Some(v) => {
            let tn = vm.type_name(*v);
            Err(vm.type_error(format!("{fname}() argument 1 must be int, not {tn}")))
        }
    }
}

/// `get_thread_info(thread_id)`: `(main, current, runcount)` of the thread
/// (there is one); the undocumented second argument (flags) is accepted.
fn get_thread_info(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    if let Some(id) = thread_id_arg(vm, "get_thread_info", args, 2)? {
        // 0 means the first thread, as does no argument.
        if id != 0 && id != thread_id() {
            return Err(vm.err(ExcKind::RuntimeError, "Thread id not found"));
        }
    }
    let main = Value::Obj(vm.main_tasklet());
    let cur = Value::Obj(vm.current_tasklet());
    let count = Value::Int(vm.queue_len() as i64);
    Ok(vm.new_tuple(vec![main, cur, count]))
}

/// `schedule(retval=current)`: the current tasklet goes to the end of the queue.
fn schedule(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    guard_switch(vm)?;
    let cur = vm.current_tasklet();
    let [retval] = parse_args(vm, "schedule", args, kw, ["retval"], 0)?;
    let retval = retval.unwrap_or(Value::Obj(cur));
    if vm.tasklet(cur).place != Place::Queue {
        return Ok(retval);
    }
    let next = vm.tasklet(cur).next.expect("queue");
    if next == cur {
        return Ok(retval);
    }
    check_switch_trap(vm)?;
    vm.sched.head = Some(next);
    Err(vm.suspend_and_switch(retval, next))
}

/// `schedule_remove(retval=current)`: the current tasklet leaves the queue (paused).
fn schedule_remove(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    guard_switch(vm)?;
    let cur = vm.current_tasklet();
    let [retval] = parse_args(vm, "schedule_remove", args, kw, ["retval"], 0)?;
    let retval = retval.unwrap_or(Value::Obj(cur));
    match vm.next_runnable(cur) {
        None => Ok(retval),
        Some(_) => {
            check_switch_trap(vm)?;
            let e = vm.leave_queue_and_switch(Place::Nowhere, retval)?;
            if cur == vm.main_tasklet() {
                // Main cannot stay paused forever: it resumes when the queue empties.
                vm.sched.runners.insert(0, cur);
            }
            Err(e)
        }
    }
}

/// `run(timeout=0, threadblock=False, soft=False, ignore_nesting=False,
/// totaltimeout=False)`: the caller leaves the queue and the other tasklets
/// run until none is runnable (nested calls, from tasklets, return
/// innermost first), or until the `timeout` budget interrupts one (see
/// `tasklets::preempt`), which is then returned.
fn run(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let [timeout, threadblock, soft, ignore_nesting, total] = parse_args(
        vm,
        "run_watchdog",
        args,
        kw,
        [
            "timeout",
            "threadblock",
            "soft",
            "ignore_nesting",
            "totaltimeout",
        ],
        0,
    )?;
    let timeout = match timeout {
        None | Some(Value::None) => 0,
        Some(v) => {
            let n = crate::objects::ops::int_arg(vm, v)?;
            u64::try_from(n).unwrap_or(0)
        }
    };
    flag_arg(vm, threadblock)?;
    let soft = flag_arg(vm, soft)?;
    // Slate has no interpreter nesting a tasklet could be interrupted in
    // (see `Preempt`): `ignore_nesting` is accepted and changes nothing.
    flag_arg(vm, ignore_nesting)?;
    let total = flag_arg(vm, total)?;
    guard_switch(vm)?;
    let cur = vm.current_tasklet();
    let others = vm.queue_len() - usize::from(vm.tasklet(cur).place == Place::Queue);
    if others == 0 {
        return Ok(Value::None);
    }
    check_switch_trap(vm)?;
    let e = vm.leave_queue_and_switch(Place::Nowhere, Value::None)?;
    vm.sched.runners.push(cur);
    vm.start_preempt(cur, timeout, soft, total);
    Err(e)
}

/// `switch_trap(change=0)`: adds `change` to the trap level, returns the old level.
fn switch_trap(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    crate::objects::ops::check_args("switch_trap", args.len(), 0, 1)?;
    let change = match args.first() {
        Some(v) => crate::objects::ops::int_arg(vm, *v)?,
        None => 0,
    };
    let old = vm.sched.switch_trap;
    vm.sched.switch_trap = old.saturating_add(change);
    Ok(Value::Int(old))
}

/// Raises the `switch_trap` error when the trap is set; called before a
/// native changes any state on its way to a switch.
fn check_switch_trap(vm: &Vm) -> Res<()> {
    if vm.sched.switch_trap != 0 {
        return Err(vm.err(ExcKind::RuntimeError, "switch_trap"));
    }
    Ok(())
}

/// Installs a callback (`None` removes it) and returns the previous one.
fn set_callback(vm: &mut Vm, args: &[Value], what: &str) -> Res<Option<Value>> {
    let cb = args.first().copied().unwrap_or(Value::None);
    if cb.is_none() {
        return Ok(None);
    }
    if !crate::objects::ops::callable(vm, cb) {
        return Err(vm.type_error(format!("{what} callback must be callable")));
    }
    Ok(Some(cb))
}

fn set_schedule_callback(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let cb = set_callback(vm, args, "schedule")?;
    let old = std::mem::replace(&mut vm.sched.schedule_callback, cb);
    Ok(old.unwrap_or(Value::None))
}

fn get_schedule_callback(vm: &mut Vm, _args: &[Value], _kw: Kw) -> Res<Value> {
    Ok(vm.sched.schedule_callback.unwrap_or(Value::None))
}

fn set_channel_callback(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let cb = set_callback(vm, args, "channel")?;
    let old = std::mem::replace(&mut vm.sched.channel_callback, cb);
    Ok(old.unwrap_or(Value::None))
}

fn get_channel_callback(vm: &mut Vm, _args: &[Value], _kw: Kw) -> Res<Value> {
    Ok(vm.sched.channel_callback.unwrap_or(Value::None))
}

/// Calls the channel callback, if set, for an action of the current
/// tasklet on `c`; a sender's tempval holds the value meanwhile.
fn call_channel_callback(
    vm: &mut Vm,
    c: ObjRef,
    sending: Option<Value>,
    willblock: bool,
) -> Res<()> {
    let Some(cb) = vm.sched.channel_callback else {
        return Ok(());
    };
    let cur = vm.current_tasklet();
    let old = vm.tasklet(cur).tempval;
    if let Some(v) = sending {
        vm.tasklet_mut(cur).tempval = v;
    }
    let args = [
        Value::Obj(c),
        Value::Obj(cur),
        Value::Int(i64::from(sending.is_some())),
        Value::Int(i64::from(willblock)),
    ];
    let result = vm.call_value(cb, &args, &[]);
    vm.tasklet_mut(cur).tempval = old;
    result.map(|_| ())
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
    tasklet_bind(vm, args, kw)?;
    Ok(Value::None)
}

/// Parses the arguments of a native method as CPython 3.7's
/// `PyArg_ParseTupleAndKeywords` does (same error messages): `params` by
/// position or name, the first `required` of them required.
fn parse_args<const N: usize>(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: Kw,
    params: [&str; N],
    required: usize,
) -> Res<[Option<Value>; N]> {
    let given = args.len() + kw.len();
    if given > N {
        let keyword = if args.is_empty() { "keyword " } else { "" };
        let s = if N == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} {keyword}argument{s} ({given} given)"
        )));
    }
    let out = crate::objects::ops::bind(vm, fname, args, kw, params, 0, N)?;
    if let Some(i) = out[..required].iter().position(Option::is_none) {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            params[i],
            i + 1
        )));
    }
    Ok(out)
}

/// `bind(func=None, args=None, kwargs=None)`, as `PyTasklet_BindEx`: it
/// drops the tasklet's frames; without arguments it only (un)binds the
/// function, which waits in `tempval` until setup; with them the tasklet is
/// set up (alive) but not inserted.
fn tasklet_bind(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let [func, fargs, fkw] = parse_args(vm, "bind", &args[1..], kw, ["func", "args", "kwargs"], 0)?
        .map(|v| v.unwrap_or(Value::None));
    if !func.is_none() && !crate::objects::ops::callable(vm, func) {
        return Err(vm.type_error("tasklet function must be a callable or None"));
    }
    if Some(t) == vm.sched.current {
        return Err(vm.err(ExcKind::RuntimeError, "can't (re)bind the current tasklet"));
    }
    if vm.tasklet(t).place != Place::Nowhere {
        return Err(vm.err(ExcKind::RuntimeError, "tasklet is scheduled"));
    }
    if vm.parked_natives(t) > 0 {
        return Err(vm.err(ExcKind::RuntimeError, "tasklet is not restorable"));
    }
    let with_args = !fargs.is_none() || !fkw.is_none();
    if vm.tasklet(t).is_main && !with_args {
        return Err(vm.err(ExcKind::RuntimeError, "can't unbind the main tasklet"));
    }
    let tk = vm.tasklet_mut(t);
    tk.fiber = Default::default();
    tk.alive = false;
    tk.resume = Resume::Start;
    tk.func = Value::None;
    tk.args = Value::None;
    tk.kwargs = Value::None;
    if !with_args || !func.is_none() {
        tk.tempval = func;
    }
    if with_args {
        let fargs = if fargs.is_none() {
            vm.new_tuple(Vec::new())
        } else {
            let items = crate::objects::ops::to_vec(vm, fargs)?;
            vm.new_tuple(items)
        };
        prepare_call(vm, t, fargs, fkw)?;
    }
    Ok(Value::Obj(t))
}

/// Makes `t` alive, due to call the function waiting in its `tempval` with
/// `args` and `kwargs` (`impl_tasklet_setup`); the `tempval` becomes None.
fn prepare_call(vm: &mut Vm, t: ObjRef, args: Value, kwargs: Value) -> Res<()> {
    let func = vm.tasklet(t).tempval;
    if func.is_none() {
        return Err(vm.err(
            ExcKind::RuntimeError,
            "the tasklet was not bound to a function",
        ));
    }
    if !crate::objects::ops::callable(vm, func) {
        return Err(vm.type_error("cframe function must be a callable"));
    }
    let tk = vm.tasklet_mut(t);
    tk.func = func;
    tk.args = args;
    tk.kwargs = kwargs;
    tk.tempval = Value::None;
    tk.alive = true;
    tk.resume = Resume::Start;
    Ok(())
}

/// `setup(*args, **kwargs)` / `t(*args, **kwargs)`: gives the arguments and inserts it.
fn tasklet_setup(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    if vm.tasklet(t).alive || vm.tasklet(t).is_main {
        return Err(vm.err(ExcKind::RuntimeError, "tasklet is alive"));
    }
    let fargs = vm.new_tuple(args[1..].to_vec());
    // No dict for the usual call without keywords (memory per tasklet).
    let fkw = if kw.is_empty() {
        Value::None
    } else {
        let d = vm.new_dict();
        for (k, v) in kw {
            vm.dict_set(d, *k, *v)?;
        }
        Value::Obj(d)
    };
    prepare_call(vm, t, fargs, fkw)?;
    insert_before_current(vm, t);
    Ok(Value::Obj(t))
}

fn tasklet_insert(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let t = tasklet_noargs(vm, "insert", args)?;
    match vm.tasklet(t).place {
        Place::Channel(_) => {
            return Err(vm.err(ExcKind::RuntimeError, "You cannot run a blocked tasklet"))
        }
        Place::Queue => return Ok(Value::Obj(t)),
        Place::Nowhere => {}
    }
    if !vm.tasklet(t).alive {
        return Err(vm.err(
            ExcKind::RuntimeError,
            "You cannot run an unbound(dead) tasklet",
        ));
    }
    insert_before_current(vm, t);
    Ok(Value::Obj(t))
}

fn tasklet_remove(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let t = tasklet_noargs(vm, "remove", args)?;
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
/// not in the queue goes at its end, just before the current one); the
/// tasklets after `t` run before the current tasklet's turn comes back.
fn run_now(vm: &mut Vm, t: ObjRef) -> Exc {
    if vm.tasklet(t).place != Place::Queue {
        insert_before_current(vm, t);
    }
    vm.sched.head = Some(t);
    vm.suspend_and_switch(Value::None, t)
}

/// Puts `t` at the end of the run queue, just before the current tasklet
/// (`slp_current_insert`: the current tasklet heads the queue).
fn insert_before_current(vm: &mut Vm, t: ObjRef) {
    let cur = vm.current_tasklet();
    if vm.tasklet(cur).place == Place::Queue {
        vm.sched.head = Some(cur);
    }
    vm.queue_append(t);
}

/// `t.run()`: switch to `t` now; the current tasklet stays runnable.
fn tasklet_run(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    guard_switch(vm)?;
    let t = tasklet_noargs(vm, "run", args)?;
    if Some(t) != vm.sched.current {
        check_switch_trap(vm)?;
    }
    tasklet_insert(vm, args, &[])?;
    if Some(t) == vm.sched.current {
        return Ok(Value::None);
    }
    Err(run_now(vm, t))
}

/// `t.switch()`: switch to `t` and pause the current tasklet.
fn tasklet_switch(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    guard_switch(vm)?;
    let t = tasklet_noargs(vm, "switch", args)?;
    let cur = vm.current_tasklet();
    if t != cur {
        check_switch_trap(vm)?;
    }
    tasklet_insert(vm, args, &[])?;
    if t == cur {
        return Ok(Value::None);
    }
    if vm.tasklet(cur).place == Place::Queue {
        vm.queue_remove(cur);
    }
    to_front(vm, t);
    Err(vm.suspend_and_switch(Value::None, t))
}

/// Raises `exc` in tasklet `t` (`_impl_tasklet_throw_bomb`): at once in the
/// caller when `t` is current; an error unless `t` is alive (`TaskletExit`
/// for a dead tasklet does nothing); else `t` leaves its channel and either
/// just becomes runnable (`pending`) or runs now, before the caller's turn.
fn raise_in(vm: &mut Vm, t: ObjRef, exc: ObjRef, pending: bool) -> Res<Value> {
    guard_switch(vm)?;
    if Some(t) == vm.sched.current {
        return Err(Exc::Object(exc));
    }
    if !vm.tasklet(t).alive && !vm.tasklet(t).is_main {
        // Unbound or finished: killing is a no-op.
        return if vm.exc_is(exc, ExcKind::TaskletExit) {
            Ok(Value::None)
        } else {
            Err(vm.err(ExcKind::RuntimeError, "You cannot throw to a dead tasklet"))
        };
    }
    if !pending {
        check_switch_trap(vm)?;
    }
    if let Place::Channel(c) = vm.tasklet(t).place {
        vm.channel_remove(c, t);
    }
    // A tasklet that never started dies with it when switched to.
    vm.tasklet_mut(t).resume = Resume::Raise(exc);
    if pending {
        if vm.tasklet(t).place != Place::Queue {
            vm.queue_append(t);
        }
        return Ok(Value::None);
    }
    Err(run_now(vm, t))
}

/// An optional flag argument (`pending`, `soft` …): any true value.
fn flag_arg(vm: &mut Vm, v: Option<Value>) -> Res<bool> {
    v.map_or(Ok(false), |v| crate::objects::ops::truthy(vm, v))
}

/// `kill(pending=False)`: raises `TaskletExit` in the tasklet.
fn tasklet_kill(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let [pending] = parse_args(vm, "kill", &args[1..], kw, ["pending"], 0)?;
    let pending = flag_arg(vm, pending)?;
    let cls = vm.exc_class(ExcKind::TaskletExit);
    let exc = vm.new_exception(cls, vec![]);
    raise_in(vm, t, exc, pending)
}

fn is_exception(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Exception(_)))
}

fn is_exception_class(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => {
            vm.is_subclass(r, vm.exc_class(ExcKind::BaseException))
        }
        _ => false,
    }
}

/// Calls the exception class `cls` with `args`.
fn instantiate(vm: &mut Vm, cls: Value, args: &[Value]) -> Res<ObjRef> {
    match vm.call_value(cls, args, &[])? {
        Value::Obj(e) if matches!(vm.heap.get(e), Obj::Exception(_)) => Ok(e),
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}

/// The exception of `raise_exception(cls, *args)` / `send_exception(cls,
/// *args)` (`slp_make_bomb`): `cls(*args)`; `what` names the method in the
/// error for anything but an exception class.
fn exception_from_class(vm: &mut Vm, cls: Value, args: &[Value], what: &str) -> Res<ObjRef> {
    if !is_exception_class(vm, cls) {
        return Err(vm.type_error(format!(
            "{what} needs Exception or string subclass as first parameter"
        )));
    }
    instantiate(vm, cls, args)
}

/// The exception of `throw(exc, val, tb)` / `send_throw(exc, val, tb)`, with
/// the semantics of `raise` (`slp_exc_to_bomb`, then normalization): an
/// instance goes as it is; a class is called with `val` (a tuple is the
/// argument list, an instance of the class is the exception itself).
fn exception_from_raise(vm: &mut Vm, exc: Value, val: Value, tb: Value) -> Res<ObjRef> {
    // `sys.exc_info()` gives the exception where CPython has a traceback.
    if !tb.is_none() && !is_exception(vm, tb) {
        return Err(vm.type_error("third argument must be a traceback object"));
    }
    if let Value::Obj(e) = exc {
        if is_exception(vm, exc) {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            return Ok(e);
        }
    }
    if !is_exception_class(vm, exc) {
        let tn = vm.type_name(exc);
        return Err(vm.type_error(format!(
            "exceptions must be classes, or instances, not {tn}"
        )));
    }
    match val {
        Value::None => instantiate(vm, exc, &[]),
        Value::Obj(v)
            if is_exception(vm, val) && vm.isinstance(val, exc.as_obj().expect("class")) =>
        {
            Ok(v)
        }
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)) => {
            let items = crate::objects::ops::to_vec(vm, val)?;
            instantiate(vm, exc, &items)
        }
        v => instantiate(vm, exc, &[v]),
    }
}

/// `throw(exc, val=None, tb=None, pending=False)`.
fn tasklet_throw(vm: &mut Vm, args: &[Value], kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let [exc, val, tb, pending] = parse_args(
        vm,
        "throw",
        &args[1..],
        kw,
        ["exc", "val", "tb", "pending"],
        1,
    )?;
    let pending = flag_arg(vm, pending)?;
    let none = |v: Option<Value>| v.unwrap_or(Value::None);
    let exc = exception_from_raise(vm, none(exc), none(val), none(tb))?;
    raise_in(vm, t, exc, pending)
}

/// `raise_exception(exc_class, *args)`.
fn tasklet_raise_exception(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let Some(cls) = args.get(1).copied() else {
        return Err(vm.type_error("raise_exception() takes at least 1 argument"));
    };
    let exc = exception_from_class(vm, cls, &args[2..], "tasklet.raise_exception")?;
    raise_in(vm, t, exc, false)
}

/// A bool or an int (what `PyLong_Check` accepts), as an integer.
fn int_or_bool(v: Value) -> Option<i64> {
    match v {
        Value::Bool(b) => Some(i64::from(b)),
        Value::Int(i) => Some(i),
        _ => None,
    }
}

/// The tasklet and flag of `set_atomic(flag)` / `set_ignore_nesting(flag)`.
fn flag_method_args(vm: &Vm, name: &str, args: &[Value]) -> Res<(ObjRef, bool)> {
    let t = tasklet_arg(vm, args)?;
    crate::objects::ops::check_args(name, args.len() - 1, 1, 1)?;
    match int_or_bool(args[1]) {
        Some(i) => Ok((t, i != 0)),
        None => Err(vm.type_error(format!("{name} needs exactly one bool or integer"))),
    }
}

fn tasklet_set_atomic(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let (t, on) = flag_method_args(vm, "set_atomic", args)?;
    let old = std::mem::replace(&mut vm.tasklet_mut(t).atomic, on);
    Ok(Value::Bool(old))
}

fn tasklet_set_ignore_nesting(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let (t, on) = flag_method_args(vm, "set_ignore_nesting", args)?;
    let old = std::mem::replace(&mut vm.tasklet_mut(t).ignore_nesting, on);
    Ok(Value::Bool(old))
}

/// `bind_thread(thread_id=-1)`: rebinds the tasklet to a thread; there is
/// one, so this only checks what `PyTasklet_BindThread` checks.
fn tasklet_bind_thread(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let t = tasklet_arg(vm, args)?;
    let Some(id) = thread_id_arg(vm, "bind_thread", &args[1..], 1)? else {
        return Ok(Value::None);
    };
    if vm.tasklet(t).place == Place::Queue || Some(t) == vm.sched.current {
        return Err(vm.err(ExcKind::RuntimeError, "can't (re)bind a runnable tasklet"));
    }
    if id != thread_id() {
        return Err(vm.value_error("bad thread"));
    }
    Ok(Value::None)
}

/// Attributes of a tasklet (`alive`, `scheduled`, `next`, …).
pub fn tasklet_attr(vm: &mut Vm, t: ObjRef, name: &str) -> Option<Value> {
    if name == "restorable" {
        return Some(Value::Bool(
            crate::pickle::frames::unrestorable(vm, t).is_none(),
        ));
    }
    let cur = vm.sched.current;
    let tk = vm.tasklet(t);
    // The running tasklet's fiber is the VM's.
    let fiber = if cur == Some(t) { &vm.fiber } else { &tk.fiber };
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
        "atomic" => Value::Bool(tk.atomic),
        "block_trap" => Value::Bool(tk.block_trap),
        "ignore_nesting" => Value::Bool(tk.ignore_nesting),
        "thread_id" => Value::Int(thread_id()),
        "recursion_depth" => Value::Int(fiber.frames.len() as i64),
        // The natives waiting on a script callback below the tasklet: on a
        // nested run (only the running tasklet) or parked on a coroutine.
        "nesting_level" => Value::Int(
            fiber.natives.len() as i64
                + if cur == Some(t) {
                    vm.nested_runs as i64
                } else {
                    0
                },
        ),
        "frame" => {
            let frames = fiber.frames.clone();
            let preempted = matches!(tk.resume, Resume::Continue);
            return Some(vm.frame_objects(&frames, preempted));
        }
        _ => return None,
    };
    Some(v)
}

/// Writable tasklet attributes; `None` when the name is not one.
pub fn set_tasklet_attr(vm: &mut Vm, t: ObjRef, name: &str, value: Value) -> Option<Res<()>> {
    match name {
        "tempval" => vm.tasklet_mut(t).tempval = value,
        "block_trap" => match int_or_bool(value) {
            Some(i) => vm.tasklet_mut(t).block_trap = i != 0,
            None => {
                return Some(Err(
                    vm.type_error("block_trap must be set to a bool or integer")
                ))
            }
        },
        _ if tasklet_attr(vm, t, name).is_some() => {
            return Some(Err(read_only(vm, "tasklet", name)))
        }
        _ => return None,
    }
    Some(Ok(()))
}

/// Assigning a computed attribute (also on a subclass instance, whose
/// dictionary it would otherwise shadow).
fn read_only(vm: &Vm, kind: &str, name: &str) -> Exc {
    vm.err(
        ExcKind::AttributeError,
        format!("attribute '{name}' of 'stackless.{kind}' objects is not writable"),
    )
}

// ----- channel -----

/// `stackless.channel()`.
pub fn new_channel(vm: &mut Vm, _args: &[Value], _kw: Kw) -> Res<Value> {
    Ok(vm.alloc(Obj::Channel(Box::default())))
}

fn closed_error(vm: &Vm) -> Exc {
    vm.value_error("Send/receive operation on a closed channel")
}

/// Ends a channel action of the current tasklet that found partner `p`
/// waiting (`generic_channel_cando`): with `schedule_all`, `p` goes to the
/// end of the queue and the tasklet after the current one runs; when the
/// channel prefers the partner, `p` goes right after the current tasklet
/// and runs now; else `p` goes to the end and the current tasklet goes on.
/// The current tasklet's call gives `outcome` (a value, or an exception to
/// raise), now or when it is resumed.
fn finish_exchange(
    vm: &mut Vm,
    c: ObjRef,
    p: ObjRef,
    prefer_partner: bool,
    outcome: Result<Value, ObjRef>,
) -> Res<Value> {
    let cur = vm.current_tasklet();
    let after = vm
        .tasklet(cur)
        .next
        .filter(|_| vm.tasklet(cur).place == Place::Queue);
    let next = if vm.channel(c).schedule_all {
        insert_before_current(vm, p);
        Some(vm.tasklet(cur).next.unwrap_or(p))
    } else if prefer_partner {
        if let Some(a) = after {
            // Appending with `a` as head puts `p` just before it.
            vm.sched.head = Some(a);
        }
        vm.queue_append(p);
        Some(p)
    } else {
        insert_before_current(vm, p);
        None
    };
    let Some(n) = next else {
        return outcome.map_err(Exc::Object);
    };
    vm.sched.head = Some(n);
    Err(match outcome {
        Ok(v) => vm.suspend_and_switch(v, n),
        Err(e) => {
            vm.tasklet_mut(cur).resume = Resume::Raise(e);
            vm.switch_to(n)
        }
    })
}

/// Checks what stops the current tasklet from blocking on channel `c`, in
/// `generic_channel_block`'s order: its `block_trap`, a closing channel,
/// then the switch trap (unless it is the last runnable tasklet: that is a
/// deadlock, reported when it blocks).
fn check_can_block(vm: &mut Vm, c: ObjRef) -> Res<()> {
    let cur = vm.current_tasklet();
    if vm.tasklet(cur).block_trap {
        return Err(vm.err(
            ExcKind::RuntimeError,
            "this tasklet does not like to be blocked.",
        ));
    }
    if vm.channel(c).closing {
        return Err(closed_error(vm));
    }
    if vm.next_runnable(cur).is_some() {
        guard_switch(vm)?;
        check_switch_trap(vm)?;
    }
    Ok(())
}

/// Sends `what` (a value, or an exception to raise in the receiver).
fn send_resume(vm: &mut Vm, c: ObjRef, what: Resume, value: Value) -> Res<Value> {
    let cur = vm.current_tasklet();
    let willblock = vm.channel(c).balance >= 0;
    call_channel_callback(vm, c, Some(value), willblock)?;
    if vm.channel(c).balance < 0 {
        let prefer = vm.channel(c).preference < 0;
        if prefer || vm.channel(c).schedule_all {
            guard_switch(vm)?;
            check_switch_trap(vm)?;
        }
        let r = vm.channel(c).head.expect("waiting receiver");
        vm.channel_remove(c, r);
        let tk = vm.tasklet_mut(r);
        tk.resume = what;
        tk.tempval = value;
        return finish_exchange(vm, c, r, prefer, Ok(Value::None));
    }
    check_can_block(vm, c)?;
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
    crate::objects::ops::check_args("send", args.len() - 1, 1, 1)?;
    send_resume(vm, c, Resume::Value(args[1]), args[1])
}

fn channel_send_exception(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    let Some(cls) = args.get(1).copied() else {
        return Err(vm.type_error("send_exception() takes at least 1 argument"));
    };
    let exc = exception_from_class(vm, cls, &args[2..], "channel.send_exception")?;
    send_resume(vm, c, Resume::Raise(exc), Value::None)
}

/// `send_throw(exc, val=None, tb=None)`: like `send_exception`, with the
/// arguments of `raise` (see `tasklet.throw`).
fn channel_send_throw(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    crate::objects::ops::check_args("send_throw", args.len() - 1, 1, 3)?;
    let arg = |i: usize| args.get(i).copied().unwrap_or(Value::None);
    let exc = exception_from_raise(vm, args[1], arg(2), arg(3))?;
    send_resume(vm, c, Resume::Raise(exc), Value::None)
}

fn channel_receive(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    crate::objects::ops::check_args("receive", args.len() - 1, 0, 0)?;
    receive_from(vm, c)
}

fn receive_from(vm: &mut Vm, c: ObjRef) -> Res<Value> {
    let willblock = vm.channel(c).balance <= 0;
    call_channel_callback(vm, c, None, willblock)?;
    if vm.channel(c).balance > 0 {
        let prefer = vm.channel(c).preference > 0;
        if prefer || vm.channel(c).schedule_all {
            guard_switch(vm)?;
            check_switch_trap(vm)?;
        }
        let s = vm.channel(c).head.expect("waiting sender");
        vm.channel_remove(c, s);
        let tk = vm.tasklet_mut(s);
        let value = std::mem::replace(&mut tk.tempval, Value::None);
        let pending = std::mem::replace(&mut tk.send_exc, Value::Undef);
        tk.resume = Resume::Value(Value::None);
        let outcome = match pending {
            Value::Obj(e) => Err(e),
            _ => Ok(value),
        };
        return finish_exchange(vm, c, s, prefer, outcome);
    }
    check_can_block(vm, c)?;
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
    if vm.channel(c).closing && vm.channel(c).balance <= 0 {
        return Err(Exc::bare(ExcKind::StopIteration));
    }
    receive_from(vm, c)
}

fn channel_open(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    crate::objects::ops::check_args("open", args.len() - 1, 0, 0)?;
    vm.channel_mut(c).closing = false;
    Ok(Value::None)
}

fn channel_close(vm: &mut Vm, args: &[Value], _kw: Kw) -> Res<Value> {
    let c = channel_arg(vm, args)?;
    crate::objects::ops::check_args("close", args.len() - 1, 0, 0)?;
    vm.channel_mut(c).closing = true;
    Ok(Value::None)
}

/// Attributes of a channel.
pub fn channel_attr(vm: &mut Vm, c: ObjRef, name: &str) -> Option<Value> {
    let ch: &ChannelObj = vm.channel(c);
    Some(match name {
        "balance" => Value::Int(ch.balance),
        "preference" => Value::Int(ch.preference),
        "schedule_all" => Value::Int(i64::from(ch.schedule_all)),
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
            let Some(p) = int_or_bool(value) else {
                return Some(Err(vm.type_error("preference must be set to an integer")));
            };
            vm.channel_mut(c).preference = p.signum();
        }
        "schedule_all" => {
            let Some(on) = int_or_bool(value) else {
                // Sic: Stackless words this error like the preference one.
                return Some(Err(
                    vm.type_error("preference must be set to a bool or integer")
                ));
            };
            vm.channel_mut(c).schedule_all = on != 0;
        }
        _ if channel_attr(vm, c, name).is_some() => {
            return Some(Err(read_only(vm, "channel", name)))
        }
        _ => return None,
    }
    Some(Ok(()))
}
