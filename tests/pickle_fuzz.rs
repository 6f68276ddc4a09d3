//! Feeds 100,000 mutated pickles (of data, instances, closures, generators, tasklets paused in nested calls, loops, handlers and on channels) through `pickle.loads`: each must load or raise, never panic, hang or run away with memory; what loads must pickle again.

use std::time::{Duration, Instant};

use slate::objects::Obj;
use slate::vm::Vm;

/// Builds the seed pickles; they end up in the `seeds` list.
const SETUP: &str = r#"
import pickle
import stackless

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Stateful:
    def __getstate__(self):
        return {"n": 1}
    def __setstate__(self, state):
        self.n = state

def make(*args):
    return list(args)

class Reduced:
    def __reduce__(self):
        return (make, (1, "two"), None)

class Stack(list):
    pass

def closure(k):
    def inner(x):
        return x + k
    return inner

def gen(n):
    for i in range(n):
        try:
            yield i
        finally:
            pass

def nested(depth, acc):
    if depth == 0:
        return stackless.schedule_remove(acc)
    return nested(depth - 1, acc + [depth])

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def looping(ch):
    d = {"a": 1, "b": 2}
    total = 0
    for k, v in d.items():
        for c in "xy":
            try:
                raise ValueError(c)
            except ValueError as e:
                with Ctx() as f:
                    total += v
                    got = ch.receive()
    return total

def generating():
    out = [x * 2 for x in gen(5) if stackless.schedule_remove(x) is None]
    return out

seeds = []
g = gen(4)
next(g)
rec = [1]
rec.append(rec)
st = Stack([1, 2])
st.tag = "s"
data = [None, True, 2 ** 80, -1.5, "t\u00e9xt", b"\x00b", (1, (2,)), {"k": [1, {2}]},
        frozenset({3}), range(1, 9, 2), rec, Point(1, Point(2, 3)), Stateful(), Reduced(),
        st, closure(5), lambda q: q * 2, g, ValueError("bad", 7), iter([1, 2, 3])]
for d in data:
    seeds.append(pickle.dumps(d))
seeds.append(pickle.dumps(data))
t1 = stackless.tasklet(nested)(6, [])
ch = stackless.channel()
t2 = stackless.tasklet(looping)(ch)
t3 = stackless.tasklet(generating)()
stackless.run()
seeds.append(pickle.dumps(t1))
seeds.append(pickle.dumps((t2, ch)))
seeds.append(pickle.dumps(t3))
t3.insert()
stackless.run()
seeds.append(pickle.dumps([t1, t3, ch]))

def busy(n):
    acc = {}
    for i in range(n):
        acc[i % 7] = acc.get(i % 7, 0) + len(str(i))
    return acc

t4 = stackless.tasklet(busy)(100000)
preempted = stackless.run(500)
seeds.append(pickle.dumps(preempted))

steps = 0

def drive(v):
    """Runs the tasklets a mutant loaded to, a few steps each."""
    global steps
    ts = v if isinstance(v, (list, tuple)) else [v]
    for t in ts:
        if not isinstance(t, stackless.tasklet):
            continue
        for i in range(4):
            if not t.alive or t.blocked:
                break
            steps += 1
            try:
                t.insert()
                # A budget: a mutated count must not make it run for long.
                stackless.run(20000)
                if t.scheduled and not t.blocked:
                    t.remove()
            except Exception:
                pass
"#;

/// Runs each loaded value's tasklets for a few steps: a state that loads
/// is one the VM can run (with exceptions at worst).
const DRIVE: &str = "drive(loaded)\nloaded = None\n";

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The header of a pickle: magic, version and the body length as a varint.
fn header(body_len: usize) -> Vec<u8> {
    let mut h = b"SLPK\x01".to_vec();
    let mut n = body_len as u64;
    while n >= 0x80 {
        h.push((n as u8) | 0x80);
        n >>= 7;
    }
    h.push(n as u8);
    h
}

/// The body of a seed (after its header).
fn body(seed: &[u8]) -> &[u8] {
    let mut i = 5;
    while seed[i] & 0x80 != 0 {
        i += 1;
    }
    &seed[i + 1..]
}

/// One mutant of `seed`: most keep a well-formed header so that the
/// mutation reaches the body's decoder; some damage the header too.
fn mutate(rng: &mut Rng, seed: &[u8], other: &[u8]) -> Vec<u8> {
    let mut b = body(seed).to_vec();
    for _ in 0..1 + rng.below(3) {
        let len = b.len();
        match rng.below(8) {
            0 => {
                let i = rng.below(len);
                b[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(len);
                b[i] = rng.next() as u8;
            }
            2 => {
                let i = rng.below(len);
                b[i] = [0, 1, 0x7f, 0x80, 0xff][rng.below(5)];
            }
            3 => {
                let i = rng.below(len + 1);
                b.insert(i, rng.next() as u8);
            }
            4 if len > 1 => {
                b.remove(rng.below(len));
            }
            5 => {
                let at = rng.below(len);
                b.truncate(at.max(1));
            }
            6 => {
                // Splice in a piece of another pickle's body.
                let o = body(other);
                let from = rng.below(o.len());
                let to = (from + 1 + rng.below(16)).min(o.len());
                let at = rng.below(len + 1);
                b.splice(at..at, o[from..to].iter().copied());
            }
            _ => {
                // Duplicate a piece of this body.
                let from = rng.below(len);
                let to = (from + 1 + rng.below(12)).min(len);
                let piece = b[from..to].to_vec();
                let at = rng.below(len + 1);
                b.splice(at..at, piece);
            }
        }
    }
    let mut out = header(b.len());
    if rng.below(20) == 0 {
        let i = rng.below(out.len());
        out[i] ^= 1 << rng.below(8);
    }
    out.extend_from_slice(&b);
    if rng.below(50) == 0 {
        out.push(0);
    }
    out
}

fn seeds(vm: &mut Vm, globals: slate::vm::value::ObjRef) -> Vec<Vec<u8>> {
    let code = slate::run::compile_source(vm, SETUP, "<fuzz setup>").expect("setup compiles");
    if let Err(e) = slate::run::run_code(vm, code, globals) {
        let exc = vm.exc_object(e);
        panic!("setup failed: {}", vm.format_exception(exc));
    }
    let list = vm.dict_get_str(globals, "seeds").expect("seeds");
    let items = match vm.heap.get(list.as_obj().expect("a list")) {
        Obj::List(items) => items.clone(),
        _ => panic!("seeds is not a list"),
    };
    items
        .iter()
        .map(|v| {
            slate::objects::bytes::bytes_of(vm, *v)
                .expect("bytes")
                .to_vec()
        })
        .collect()
}

#[test]
fn mutated_pickles_never_crash() {
    let mut vm = Vm::new(vec!["fuzz".into()]);
    let globals = slate::run::main_module(&mut vm);
    let seeds = seeds(&mut vm, globals);
    assert!(seeds.len() >= 25, "{} seeds", seeds.len());
    // Every seed loads as it is.
    for s in &seeds {
        if let Err(e) = slate::pickle::loads(&mut vm, s) {
            let exc = vm.exc_object(e);
            panic!("a seed does not load: {}", vm.format_exception(exc));
        }
    }
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let (mut loaded, mut refused) = (0usize, 0usize);
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    for i in 0..100_000 {
        // Half of the mutants come from the five tasklet pickles (the last seeds).
        let seed = match rng.below(2) {
            0 => &seeds[seeds.len() - 5 + rng.below(5)],
            _ => &seeds[rng.below(seeds.len())],
        };
        let other = &seeds[rng.below(seeds.len())];
        let data = mutate(&mut rng, seed, other);
        let t = Instant::now();
        match slate::pickle::loads(&mut vm, &data) {
            Ok(v) => {
                loaded += 1;
                // What loads is a valid object graph: it pickles again, and runs.
                let _ = slate::pickle::dumps(&mut vm, v);
                vm.dict_set_str(globals, "loaded", v);
                let code = slate::run::compile_source(&mut vm, DRIVE, "<drive>").expect("compiles");
                if let Err(e) = slate::run::run_code(&mut vm, code, globals) {
                    let exc = vm.exc_object(e);
                    panic!(
                        "driving a loaded pickle failed: {}",
                        vm.format_exception(exc)
                    );
                }
            }
            Err(e) => {
                refused += 1;
                // Every refusal is an ordinary exception object.
                let exc = vm.exc_object(e);
                assert!(matches!(vm.heap.get(exc), Obj::Exception(_)));
            }
        }
        slowest = slowest.max(t.elapsed());
        if i % 2_000 == 0 {
            // Nothing loaded is kept: the heap must not grow without bound.
            vm.collect();
        }
    }
    vm.collect();
    println!(
        "loaded {loaded}, refused {refused}, {:?} in all, slowest {:?}, {} live objects, tasklet steps {:?}",
        started.elapsed(),
        slowest,
        vm.heap.live(),
        vm.dict_get_str(globals, "steps")
    );
    assert!(
        loaded > 1_000 && refused > 50_000,
        "{loaded} loaded, {refused} refused"
    );
    let steps = vm.dict_get_str(globals, "steps");
    assert!(
        matches!(steps, Some(slate::vm::value::Value::Int(n)) if n > 1_000),
        "loaded tasklets ran {steps:?} steps"
    );
    assert!(
        slowest < Duration::from_secs(2),
        "one mutant took {slowest:?} to load and run"
    );
    assert!(vm.heap.live() < 200_000, "{} objects live", vm.heap.live());
}
