//! The `time` module: wall clock, monotonic and CPU clocks, `sleep`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::modules::{add_functions, new_module};
use crate::objects::number::to_f64;
use crate::objects::ops::{check_args, value_error};
use crate::objects::types::Method;
use crate::vm::value::Value;
use crate::vm::{Exc, ExcKind, Res, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

/// The reference point of the monotonic clocks (first use in the process).
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(_: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("time", args.len(), 0, 0)?;
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("time_ns", args.len(), 0, 0)?;
    Ok(vm.new_int(since_epoch().as_nanos().into()))
}

fn monotonic(_: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("monotonic", args.len(), 0, 0)?;
    Ok(Value::Float(origin().elapsed().as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("monotonic_ns", args.len(), 0, 0)?;
    Ok(vm.new_int(origin().elapsed().as_nanos().into()))
}

/// CPU time of the process (user + system) from `/proc/self/stat`; the
/// monotonic clock where that is unavailable.
fn cpu_seconds() -> f64 {
    let parsed = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let after = &s[s.rfind(')')? + 2..];
            let fields: Vec<&str> = after.split(' ').collect();
            let utime: f64 = fields.get(11)?.parse().ok()?;
            let stime: f64 = fields.get(12)?.parse().ok()?;
            Some((utime + stime) / 100.0)
        });
    parsed.unwrap_or_else(|| origin().elapsed().as_secs_f64())
}

fn process_time(_: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("process_time", args.len(), 0, 0)?;
    Ok(Value::Float(cpu_seconds()))
}

/// How often a long `time.sleep` looks for a Ctrl-C.
const SLEEP_SLICE: Duration = Duration::from_millis(20);

fn sleep(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("sleep", args.len(), 1, 1)?;
    let secs = to_f64(vm, args[0])?;
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.flush_out();
    // In slices, so that Ctrl-C (`vm::interrupt`) ends the sleep at once.
    let end = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    loop {
        if crate::vm::interrupt::take() {
            return Err(Exc::bare(ExcKind::KeyboardInterrupt));
        }
        let left = end.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(Value::None);
        }
        std::thread::sleep(left.min(SLEEP_SLICE));
    }
}

const FUNCTIONS: &[Method] = &[
    ("time", time, false),
    ("time_ns", time_ns, false),
    ("monotonic", monotonic, false),
    ("monotonic_ns", monotonic_ns, false),
    ("perf_counter", monotonic, false),
    ("perf_counter_ns", monotonic_ns, false),
    ("process_time", process_time, false),
    ("sleep", sleep, false),
];

pub(crate) fn install(vm: &mut Vm) {
    origin();
    let d = new_module(vm, "time");
    add_functions(vm, d, FUNCTIONS);
}
