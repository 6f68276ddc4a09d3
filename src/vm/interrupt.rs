//! Ctrl-C: a process-wide flag that a signal handler sets and the dispatch loop turns into `KeyboardInterrupt`.

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Asks the VM to raise `KeyboardInterrupt` in the running tasklet at its
/// next poll. Safe to call from a signal handler or another thread.
pub fn request() {
    REQUESTED.store(true, Ordering::Relaxed);
}

/// Forgets a request that no code was running to receive.
pub fn clear() {
    REQUESTED.store(false, Ordering::Relaxed);
}

/// Whether an interrupt was requested since the last call; clears it.
pub fn take() -> bool {
    REQUESTED.swap(false, Ordering::Relaxed)
}
