//! The scheduler: the circular run queue, channel queues, switching, and the loop that runs tasklets.
//!
//! Invariants: `Scheduler::current` is the tasklet whose fiber is
//! `Vm::fiber`. The run queue is a circular doubly linked chain through the
//! tasklets' `next`/`prev` starting at `head`; the running tasklet is in it
//! unless it is paused inside `run()` (`runners`). A channel's
//! queue is a linear chain from its `head` to its `tail`.

use crate::objects::Obj;
use crate::tasklets::channel::ChannelObj;
use crate::tasklets::tasklet::{Place, Resume, TaskletObj};
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::frame::{Cont, Fiber};
use crate::vm::interp::Called;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

#[derive(Default)]
pub struct Scheduler {
    /// The main tasklet, made when `stackless` is first imported.
    pub main: Option<ObjRef>,
    pub current: Option<ObjRef>,
    /// The first tasklet of the run queue.
    pub head: Option<ObjRef>,
    /// Tasklets paused inside `stackless.run()`, innermost last: when the
    /// queue empties the innermost resumes, and an uncaught exception of a
    /// tasklet goes to it.
    pub runners: Vec<ObjRef>,
    /// Where the next switch goes (set by a native before it returns `Exc::Switch`).
    pub request: Option<ObjRef>,
    /// `_start(f, args, kwargs)`, a script function that calls a native
    /// tasklet function so that it has a frame to block in.
    pub trampoline: Option<Value>,
    /// The active `run(timeout)`, if any.
    pub preempt: Option<crate::tasklets::preempt::Preempt>,
    /// `set_schedule_callback` / `set_channel_callback` (`None` when unset).
    pub schedule_callback: Option<Value>,
    pub channel_callback: Option<Value>,
    /// `switch_trap` level: while non-zero, switching raises RuntimeError.
    pub switch_trap: i64,
}

impl Scheduler {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for r in [self.main, self.current, self.head, self.request]
            .into_iter()
            .flatten()
        {
            f(Value::Obj(r));
        }
        for v in [
            self.trampoline,
            self.schedule_callback,
            self.channel_callback,
        ]
        .into_iter()
        .flatten()
        {
            f(v);
        }
        if let Some(p) = self.preempt {
            f(Value::Obj(p.owner));
        }
    }
}

impl Vm {
    pub fn tasklet(&self, t: ObjRef) -> &TaskletObj {
        match self.heap.get(t) {
            Obj::Tasklet(t) => t,
            _ => unreachable!("not a tasklet"),
        }
    }

    pub fn tasklet_mut(&mut self, t: ObjRef) -> &mut TaskletObj {
        match self.heap.get_mut(t) {
            Obj::Tasklet(t) => t,
            _ => unreachable!("not a tasklet"),
        }
    }

    pub fn channel(&self, c: ObjRef) -> &ChannelObj {
        match self.heap.get(c) {
            Obj::Channel(c) => c,
            _ => unreachable!("not a channel"),
        }
    }

    pub fn channel_mut(&mut self, c: ObjRef) -> &mut ChannelObj {
        match self.heap.get_mut(c) {
            Obj::Channel(c) => c,
            _ => unreachable!("not a channel"),
        }
    }

    /// The main tasklet (the program's initial thread of execution), made on first use.
    pub fn main_tasklet(&mut self) -> ObjRef {
        if let Some(m) = self.sched.main {
            return m;
        }
        let mut t = TaskletObj::new(Value::None);
        t.is_main = true;
        t.alive = true;
        t.resume = Resume::Value(Value::None);
        let m = self.heap.alloc(Obj::Tasklet(Box::new(t)));
        self.sched.main = Some(m);
        self.sched.current = Some(m);
        self.queue_append(m);
        m
    }

    pub fn current_tasklet(&mut self) -> ObjRef {
        self.main_tasklet();
        self.sched.current.expect("current tasklet")
    }

    // ----- the run queue -----

    /// Appends `t` at the end of the run queue.
    pub fn queue_append(&mut self, t: ObjRef) {
        match self.sched.head {
            None => {
                let tk = self.tasklet_mut(t);
                tk.next = Some(t);
                tk.prev = Some(t);
                self.sched.head = Some(t);
            }
            Some(h) => {
                let tail = self.tasklet(h).prev.expect("circular queue");
                self.tasklet_mut(tail).next = Some(t);
                self.tasklet_mut(h).prev = Some(t);
                let tk = self.tasklet_mut(t);
                tk.prev = Some(tail);
                tk.next = Some(h);
            }
        }
        self.tasklet_mut(t).place = Place::Queue;
    }

    /// Takes `t` out of the run queue.
    pub fn queue_remove(&mut self, t: ObjRef) {
        let (prev, next) = {
            let tk = self.tasklet(t);
            (tk.prev, tk.next)
        };
        if let (Some(p), Some(n)) = (prev, next) {
            if n == t {
                self.sched.head = None;
            } else {
                self.tasklet_mut(p).next = Some(n);
                self.tasklet_mut(n).prev = Some(p);
                if self.sched.head == Some(t) {
                    self.sched.head = Some(n);
                }
            }
        }
        let tk = self.tasklet_mut(t);
        tk.next = None;
        tk.prev = None;
        tk.place = Place::Nowhere;
    }

    /// Number of tasklets in the run queue.
    pub fn queue_len(&self) -> usize {
        let Some(h) = self.sched.head else {
            return 0;
        };
        let mut n = 1;
        let mut t = self.tasklet(h).next.expect("circular queue");
        while t != h {
            n += 1;
            t = self.tasklet(t).next.expect("circular queue");
        }
        n
    }

    // ----- channel queues -----

    pub fn channel_append(&mut self, c: ObjRef, t: ObjRef) {
        let tail = self.channel(c).tail;
        {
            let tk = self.tasklet_mut(t);
            tk.prev = tail;
            tk.next = None;
            tk.place = Place::Channel(c);
        }
        match tail {
            Some(tl) => self.tasklet_mut(tl).next = Some(t),
            None => self.channel_mut(c).head = Some(t),
        }
        self.channel_mut(c).tail = Some(t);
    }

    /// Takes `t` out of channel `c`'s queue and adjusts the balance.
    pub fn channel_remove(&mut self, c: ObjRef, t: ObjRef) {
        let (prev, next) = {
            let tk = self.tasklet(t);
            (tk.prev, tk.next)
        };
        match prev {
            Some(p) => self.tasklet_mut(p).next = next,
            None => self.channel_mut(c).head = next,
        }
        match next {
            Some(n) => self.tasklet_mut(n).prev = prev,
            None => self.channel_mut(c).tail = prev,
        }
        let ch = self.channel_mut(c);
        ch.balance += if ch.balance > 0 { -1 } else { 1 };
        let tk = self.tasklet_mut(t);
        tk.next = None;
        tk.prev = None;
        tk.place = Place::Nowhere;
    }

    /// Takes whatever holds `t` (run queue or channel) off it.
    pub fn unlink(&mut self, t: ObjRef) {
        match self.tasklet(t).place {
            Place::Queue => self.queue_remove(t),
            Place::Channel(c) => self.channel_remove(c, t),
            Place::Nowhere => {}
        }
    }

    // ----- switching -----

    /// Asks the loop to switch to `to` (the caller returns the `Exc::Switch` this gives).
    pub fn switch_to(&mut self, to: ObjRef) -> Exc {
        self.sched.request = Some(to);
        Exc::Switch
    }

    /// The tasklet to run when the current one stops being runnable: the one
    /// after it in the queue, else the head of the queue, else main waiting
    /// in `run()`.
    pub fn next_runnable(&self, leaving: ObjRef) -> Option<ObjRef> {
        let after = self
            .tasklet(leaving)
            .next
            .filter(|n| *n != leaving && self.tasklet(leaving).place == Place::Queue);
        after
            .or(self.sched.head.filter(|h| *h != leaving))
            .or_else(|| self.sched.runners.last().copied().filter(|r| *r != leaving))
    }

    /// Runs the program's tasklets until the main one's module code returns.
    pub fn run_scheduled(&mut self) -> Res<()> {
        loop {
            let result = self.run();
            let Some(main) = self.sched.main else {
                // `stackless` was never imported: only main exists.
                return result.map(|_| ());
            };
            let current = self.sched.current.expect("current");
            match result {
                Ok(_) if current == main => return Ok(()),
                Ok(_) => self.tasklet_finished(current)?,
                Err(Exc::Switch) => {}
                Err(e) if current == main => return Err(e),
                Err(e) => self.tasklet_died(current, e)?,
            }
            self.perform_switch()?;
        }
    }

    /// The current (non-main) tasklet's function returned.
    fn tasklet_finished(&mut self, t: ObjRef) -> Res<()> {
        let next = self.next_runnable(t);
        self.unlink(t);
        {
            let tk = self.tasklet_mut(t);
            tk.alive = false;
            tk.fiber = Fiber::default();
            tk.tempval = Value::None;
        }
        match next {
            Some(n) => {
                self.sched.request = Some(n);
                Ok(())
            }
            None => self.wake_main(),
        }
    }

    /// The current (non-main) tasklet let an exception out: `TaskletExit`
    /// ends it quietly; anything else goes straight to main.
    fn tasklet_died(&mut self, t: ObjRef, e: Exc) -> Res<()> {
        let exc = self.exc_object(e);
        if self.exc_is(exc, ExcKind::TaskletExit) {
            return self.tasklet_finished(t);
        }
        self.unlink(t);
        {
            let tk = self.tasklet_mut(t);
            tk.alive = false;
            tk.fiber = Fiber::default();
        }
        self.raise_in_main(exc);
        Ok(())
    }

    /// Resumes the innermost `run()` caller (main if none), with `exc`
    /// raised where it waits.
    fn raise_in_main(&mut self, exc: ObjRef) {
        let target = match self.sched.runners.pop() {
            Some(r) => r,
            None => self.main_tasklet(),
        };
        // It keeps its place in the queue; paused or blocked, it comes back
        // at the end, just before the dead tasklet's successor. It runs next.
        if self.tasklet(target).place != Place::Queue {
            self.unlink(target);
            self.queue_append(target);
        }
        self.sched.head = Some(target);
        self.tasklet_mut(target).resume = Resume::Raise(exc);
        self.sched.request = Some(target);
    }

    /// Nothing is runnable (and no `run()` caller waits): main wakes, as
    /// `slp_tasklet_end` does; if it is blocked on a channel, with the
    /// deadlock error raised in it.
    fn wake_main(&mut self) -> Res<()> {
        let main = self.main_tasklet();
        let text = match self.tasklet(main).place {
            Place::Channel(c) if self.channel(c).balance < 0 => {
                "the main tasklet is receiving without a sender available."
            }
            Place::Channel(_) => "the main tasklet is sending without a receiver available.",
            _ => {
                // Paused (removed, or it switched away): it runs again.
                if self.tasklet(main).place == Place::Nowhere {
                    self.queue_append(main);
                }
                self.sched.head = Some(main);
                self.sched.request = Some(main);
                return Ok(());
            }
        };
        let cls = self.exc_class(ExcKind::RuntimeError);
        let msg = self.new_str(text);
        let exc = self.new_exception(cls, vec![msg]);
        self.raise_in_main(exc);
        Ok(())
    }

    /// Carries out `sched.request`: swaps fibers and resumes the target.
    fn perform_switch(&mut self) -> Res<()> {
        let Some(to) = self.sched.request else {
            return Ok(());
        };
        let from = self.sched.current.expect("current");
        let to = self.preempt_switch(from, to);
        if from != to {
            self.call_schedule_callback(Value::Obj(from), to);
        }
        self.sched.request = None;
        if let Some(i) = self.sched.runners.iter().rposition(|r| *r == to) {
            // It resumes from `run()`: back at the front of the queue.
            self.sched.runners.remove(i);
            if self.tasklet(to).place == Place::Nowhere {
                self.queue_append(to);
                self.sched.head = Some(to);
            }
        }
        if from != to {
            let fiber = std::mem::take(&mut self.fiber);
            if self.tasklet(from).alive || self.tasklet(from).is_main {
                self.tasklet_mut(from).fiber = fiber;
            }
            self.fiber = std::mem::take(&mut self.tasklet_mut(to).fiber);
            self.sched.current = Some(to);
        }
        let resume =
            std::mem::replace(&mut self.tasklet_mut(to).resume, Resume::Value(Value::None));
        // The suspended call returns the tasklet's tempval (which a script may have set).
        let tempval = std::mem::replace(&mut self.tasklet_mut(to).tempval, Value::None);
        match resume {
            Resume::Value(_) => {
                self.fiber.stack.push(tempval);
                Ok(())
            }
            Resume::Raise(e)
                if self.exc_is(e, ExcKind::StopIteration) && self.suspended_in_for_iter() =>
            {
                // A `for` loop over a channel ends when StopIteration arrives.
                self.fiber.stack.pop();
                let frame = self.fiber.frames.last_mut().expect("frame");
                if let crate::compile::opcode::Op::ForIter(t) =
                    frame.code.ops[frame.ip as usize - 1]
                {
                    frame.ip = t;
                }
                Ok(())
            }
            Resume::Raise(e) if self.fiber.frames.is_empty() => {
                // Thrown into before it ever ran: it dies at once.
                self.after_uncaught(to, Exc::Object(e))
            }
            Resume::Raise(e) => {
                self.on_raise(e);
                match self.unwind(e) {
                    Ok(()) => Ok(()),
                    Err(e) => self.after_uncaught(to, e),
                }
            }
            Resume::Start => self.start_tasklet(to),
            Resume::Continue => Ok(()),
        }
    }

    /// Calls the schedule callback, if one is set, with `(prev, next)`. It
    /// runs on the fiber of `prev` and cannot switch; an exception it
    /// raises cannot stop the switch, so it is reported on stderr as
    /// Stackless does (an "unraisable" exception).
    pub fn call_schedule_callback(&mut self, prev: Value, next: ObjRef) {
        let Some(cb) = self.sched.schedule_callback else {
            return;
        };
        if let Err(e) = self.call_value(cb, &[prev, Value::Obj(next)], &[]) {
            let exc = self.exc_object(e);
            self.flush_out();
            eprint!(
                "Exception ignored in: 'Error in scheduling callback'\n{}",
                self.format_exception(exc)
            );
        }
    }

    /// Whether the running fiber is suspended inside a `for` loop's step.
    fn suspended_in_for_iter(&self) -> bool {
        self.fiber.frames.last().is_some_and(|f| {
            f.ip > 0
                && matches!(
                    f.code.ops[f.ip as usize - 1],
                    crate::compile::opcode::Op::ForIter(_)
                )
        })
    }

    /// An exception left the bottom frame of `t` while switching into it.
    fn after_uncaught(&mut self, t: ObjRef, e: Exc) -> Res<()> {
        if Some(t) == self.sched.main {
            return Err(e);
        }
        self.tasklet_died(t, e)?;
        self.perform_switch()
    }

    /// Calls a tasklet's function on its fresh fiber.
    fn start_tasklet(&mut self, t: ObjRef) -> Res<()> {
        let (mut func, mut args, mut kwargs) = {
            // The arguments now go to the frame: the tasklet lets go of them.
            let tk = self.tasklet_mut(t);
            let args = std::mem::replace(&mut tk.args, Value::None);
            let kwargs = std::mem::replace(&mut tk.kwargs, Value::None);
            (tk.func, args, kwargs)
        };
        // A fresh fiber holds one frame to begin with (memory per tasklet);
        // it grows as calls nest.
        self.fiber.frames.reserve_exact(1);
        if !self.is_script_callable(func) {
            // A native (say `channel.receive`) may block: give it a script
            // frame to suspend in, `_start(func, args, kwargs)`.
            let start = self.sched.trampoline.expect("stackless installed");
            let a = if args.is_none() {
                self.new_tuple(Vec::new())
            } else {
                args
            };
            let k = if kwargs.is_none() {
                Value::Obj(self.new_dict())
            } else {
                kwargs
            };
            args = self.new_tuple(vec![func, a, k]);
            kwargs = Value::None;
            func = start;
        }
        let callee_pos = self.fiber.stack.len();
        self.fiber.stack.push(func);
        let mut argc = 0;
        if let Value::Obj(a) = args {
            if let Obj::Tuple(items) = self.heap.get(a) {
                let items = items.to_vec();
                argc = items.len();
                self.fiber.stack.extend(items);
            }
        }
        let mut names = None;
        if let Value::Obj(k) = kwargs {
            let pairs: Vec<(Value, Value)> = match self.heap.get(k) {
                Obj::Dict(d) => d.iter().collect(),
                _ => Vec::new(),
            };
            if !pairs.is_empty() {
                argc += pairs.len();
                let keys: Vec<Value> = pairs.iter().map(|(k, _)| *k).collect();
                self.fiber.stack.extend(pairs.iter().map(|(_, v)| *v));
                names = Some(self.new_tuple(keys));
            }
        }
        match self.call_at(argc, names, Cont::Stop) {
            Ok(Called::Frame) => Ok(()),
            Ok(Called::Value(_)) => {
                // A native function ran to completion at once.
                self.fiber.stack.truncate(callee_pos);
                self.tasklet_finished(t)?;
                self.perform_switch()
            }
            Err(Exc::Switch) => self.perform_switch(),
            Err(e) => {
                self.fiber.stack.truncate(callee_pos);
                let exc = self.exc_object(e);
                self.on_raise(exc);
                self.after_uncaught(t, Exc::Object(exc))
            }
        }
    }

    /// Whether calling `f` pushes a script frame (a function, or a method of one).
    fn is_script_callable(&self, f: Value) -> bool {
        match f {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Function(_) => true,
                Obj::BoundMethod(b) => self.is_script_callable(b.1),
                _ => false,
            },
            _ => false,
        }
    }

    // ----- operations used by the stackless natives -----

    /// Suspends the current tasklet so that it later resumes with `value`,
    /// leaving it where it is (queue, channel or nowhere), and switches to `to`.
    pub fn suspend_and_switch(&mut self, value: Value, to: ObjRef) -> Exc {
        let cur = self.current_tasklet();
        let tk = self.tasklet_mut(cur);
        tk.resume = Resume::Value(value);
        tk.tempval = value;
        self.switch_to(to)
    }

    /// The current tasklet leaves the run queue (blocking or pausing) and
    /// the next runnable one runs; `value` is what its call returns when resumed.
    pub fn leave_queue_and_switch(&mut self, place: Place, value: Value) -> Res<Exc> {
        let cur = self.current_tasklet();
        let next = self.next_runnable(cur);
        let Some(next) = next else {
            return Err(self.err(
                ExcKind::RuntimeError,
                "Deadlock: the last runnable tasklet cannot be blocked.",
            ));
        };
        if self.tasklet(cur).place == Place::Queue {
            self.queue_remove(cur);
        }
        if let Place::Channel(c) = place {
            self.channel_append(c, cur);
        }
        Ok(self.suspend_and_switch(value, next))
    }
}
