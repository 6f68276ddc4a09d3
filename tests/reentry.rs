//! Natives parked on coroutines (`src/vm/reentry.rs`) are reclaimed with their tasklets: unreachable tasklets blocked inside a native's callback free their objects and their coroutine stacks.

use slate::vm::Vm;

/// Number of memory mappings of this process (each coroutine stack is two).
fn mappings() -> usize {
    std::fs::read_to_string("/proc/self/maps")
        .map(|m| m.lines().count())
        .unwrap_or(0)
}

#[test]
fn unreachable_parked_natives_are_reclaimed() {
    let mut vm = Vm::new(vec!["reentry".into()]);
    let program = "
import stackless

class Box:
    pass

def make():
    ch = stackless.channel()
    def waiter():
        sorted([Box(), Box()], key=lambda b: ch.receive())
    stackless.tasklet(waiter)()

for i in range(5000):
    make()
    stackless.run()          # the waiter parks inside sorted, blocked for good

junk = None
for i in range(300000):      # enough allocation for several collections
    junk = [i, [i]]
";
    let before = mappings();
    let status = slate::run::run_main(&mut vm, program, "<reentry test>");
    assert_eq!(status, 0);
    vm.collect();
    // 5000 parked waiters would keep well over 30,000 objects and 10,000 mappings.
    let live = vm.heap.live();
    assert!(live < 20_000, "{live} objects still live");
    let grown = mappings().saturating_sub(before);
    assert!(grown < 1_000, "{grown} more memory mappings");
}
