//! The collector reclaims cyclic garbage: 5 million reference cycles stay under a fixed memory bound (read from /proc/self/status).

use slate::vm::Vm;

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn cyclic_garbage_is_reclaimed() {
    let before = vm_hwm_kib().unwrap_or(0);
    let mut vm = Vm::new(vec!["memory".into()]);
    let program = "
def make(n):
    for i in range(n):
        a = [i]
        b = [a]
        a.append(b)
make(5000000)
";
    let status = slate::run::run_main(&mut vm, program, "<memory test>");
    assert_eq!(status, 0);
    let after = vm_hwm_kib().unwrap_or(0);
    // 10 million lists kept alive would take well over 500 MiB.
    let grown_mib = after.saturating_sub(before) / 1024;
    assert!(grown_mib < 150, "peak memory grew by {grown_mib} MiB");
}
