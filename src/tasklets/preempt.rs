//! Preemption: the instruction budget of `run(timeout)`, and the poll the dispatch loop makes when its tick counter runs out.
//!
//! The dispatch loop charges `Vm::ticks` at the two places where code can
//! run for long: each backward jump (the end of a loop body) costs the
//! body's length in instructions, each call one; when the ticks run out it
//! calls `Vm::poll`. So the count is the instructions a loop body holds
//! rather than the exact number a branchy body ran, at the price of one
//! subtraction per loop iteration and call (measured in benches/). Between
//! polls at most about `POLL_INTERVAL` instructions run, so a Ctrl-C
//! (`vm::interrupt`) is noticed even in `while True: pass`. While a `run(timeout)` is active, the ticks are
//! also capped by the instructions left in its budget: when the budget is
//! spent, the running tasklet is interrupted (removed from the run queue
//! and handed back as `run`'s result), or with `soft=True` the scheduler
//! returns at the next switch instead. Atomic tasklets, tasklets inside a
//! script callback of a native (a nested run) and a set `switch_trap` are
//! not interrupted: the budget is checked again a little later.

use crate::tasklets::tasklet::{Place, Resume};
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

/// Most instructions between two polls.
pub const POLL_INTERVAL: u32 = 1 << 15;

/// Instructions granted when the budget is spent at a point where the
/// tasklet cannot be interrupted (atomic, inside a native's callback).
const RETRY: u64 = 64;

/// An active `run(timeout)`.
#[derive(Clone, Copy, Debug)]
pub struct Preempt {
    /// The tasklet paused in that `run()`; it gets the interrupted tasklet.
    pub owner: ObjRef,
    pub timeout: u64,
    /// Instructions left (of the running tasklet, or of the whole run with `total`).
    pub left: u64,
    pub soft: bool,
    pub total: bool,
    /// `soft` and spent: the next switch goes back to `owner`.
    pub expired: bool,
}

impl Vm {
    /// Starts counting for a `run(timeout)` called by `owner`; only the
    /// outermost `run` with a timeout counts (nested ones run as without).
    pub fn start_preempt(&mut self, owner: ObjRef, timeout: u64, soft: bool, total: bool) {
        if self.sched.preempt.is_some() || timeout == 0 {
            return;
        }
        self.account_ticks();
        self.sched.preempt = Some(Preempt {
            owner,
            timeout,
            left: timeout,
            soft,
            total,
            expired: false,
        });
        self.arm_ticks();
    }

    /// Subtracts the instructions run since the ticks were armed from the budget.
    fn account_ticks(&mut self) {
        let used = u64::from(self.tick_chunk - self.ticks);
        self.tick_chunk = self.ticks;
        if let Some(p) = &mut self.sched.preempt {
            p.left = p.left.saturating_sub(used);
        }
    }

    /// Sets the ticks to the next poll: the budget left, at most `POLL_INTERVAL`.
    fn arm_ticks(&mut self) {
        let n = match self.sched.preempt {
            Some(p) if !p.expired => p.left.clamp(1, u64::from(POLL_INTERVAL)) as u32,
            _ => POLL_INTERVAL,
        };
        self.ticks = n;
        self.tick_chunk = n;
    }

    /// Charges `n` instructions (a loop body, a call) against the ticks,
    /// polling when they run out. The fiber must be consistent, with the
    /// frame's `ip` where the tasklet resumes if it is interrupted.
    pub(crate) fn charge_ticks(&mut self, n: u32) -> Res<()> {
        if self.ticks > n {
            self.ticks -= n;
            Ok(())
        } else {
            self.ticks = 0;
            self.poll()
        }
    }

    /// Called when `ticks` reaches zero, between two
    /// instructions (the fiber is consistent, `ip` at the next one): raises
    /// a requested `KeyboardInterrupt`, or interrupts the running tasklet
    /// when the budget is spent (`Exc::Switch`).
    #[cold]
    #[inline(never)]
    pub fn poll(&mut self) -> Res<()> {
        self.account_ticks();
        let result = if crate::vm::interrupt::take() {
            Err(Exc::bare(ExcKind::KeyboardInterrupt))
        } else {
            match self.sched.preempt {
                Some(p) if !p.expired && p.left == 0 => self.budget_spent(p),
                _ => Ok(()),
            }
        };
        self.arm_ticks();
        result
    }

    fn budget_spent(&mut self, p: Preempt) -> Res<()> {
        if p.soft {
            self.set_preempt(Preempt { expired: true, ..p });
            return Ok(());
        }
        let cur = self.current_tasklet();
        if cur == p.owner
            || self.tasklet(cur).atomic
            || self.nested_runs > 0
            || self.sched.switch_trap != 0
        {
            self.set_preempt(Preempt { left: RETRY, ..p });
            return Ok(());
        }
        if self.tasklet(cur).place == Place::Queue {
            self.queue_remove(cur);
        }
        self.tasklet_mut(cur).resume = Resume::Continue;
        self.tasklet_mut(p.owner).tempval = Value::Obj(cur);
        Err(self.switch_to(p.owner))
    }

    fn set_preempt(&mut self, p: Preempt) {
        self.sched.preempt = Some(p);
    }

    /// The switch about to happen from `from` to `to`, as the budget sees
    /// it: returns where it really goes (a `soft` run whose budget is spent
    /// returns to its owner at the first switch), ends the budget when its
    /// owner resumes, and restarts it for a new tasklet unless `total`.
    pub(crate) fn preempt_switch(&mut self, from: ObjRef, to: ObjRef) -> ObjRef {
        let Some(p) = self.sched.preempt else {
            return to;
        };
        self.account_ticks();
        let to = if p.expired && from != p.owner {
            p.owner
        } else {
            to
        };
        if to == p.owner {
            self.sched.preempt = None;
        } else if from != to && !p.total {
            self.set_preempt(Preempt {
                left: p.timeout,
                ..p
            });
        }
        self.arm_ticks();
        to
    }
}
