//! Tasklets, the scheduler and channels: Stackless Python's microthreads as plain data.
//!
//! A tasklet owns a `Fiber` (its value stack and frames). The running
//! tasklet's fiber is `Vm::fiber`; switching swaps fibers, O(1) and without
//! allocation. Natives that change scheduling never switch themselves: they
//! edit scheduler state, record where to go in `Scheduler::request`, and
//! return `Exc::Switch`; the dispatch loop hands that back to
//! `Vm::run_scheduled`, which performs the switch and runs the next tasklet.
//! So no native ever holds Rust state on the scheduler's stack across a
//! switch: a native waiting for a script callback that switched is parked
//! on a coroutine of its own, in its tasklet's fiber (`vm/reentry.rs`).

pub mod channel;
pub mod preempt;
pub mod scheduler;
pub mod tasklet;
