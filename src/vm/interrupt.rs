//! Ctrl-C: a flag a signal handler sets; the dispatch loop turns it into `KeyboardInterrupt` at its next poll.
//!
//! The loop polls every few thousand instructions (see `tasklets::preempt`),
//! so even `while True: pass` is interrupted promptly; the exception is
//! raised in whichever tasklet is running.

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Asks the VM to raise `KeyboardInterrupt` in the running tasklet
/// (async-signal-safe: it only stores to an atomic).
pub fn request() {
    REQUESTED.store(true, Ordering::Relaxed);
}

/// The Ctrl-C handler of a program run from a file or `-c`: raises
/// `KeyboardInterrupt` like `request`; a second Ctrl-C before the first was
/// noticed (the program waits in a blocking call such as `input()`) ends
/// the process with the status a shell gives a SIGINT death.
pub fn request_or_exit() {
    if REQUESTED.swap(true, Ordering::Relaxed) {
        std::process::exit(130);
    }
}

/// Forgets a pending request (say, one that arrived while no code ran).
pub fn clear() {
    REQUESTED.store(false, Ordering::Relaxed);
}

/// Takes a pending request.
pub(crate) fn take() -> bool {
    REQUESTED.swap(false, Ordering::Relaxed)
}
