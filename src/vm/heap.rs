//! The heap: an arena of objects addressed by `ObjRef`, with a mark-sweep collector.
//!
//! Why an arena of indices: a `Value` then holds no Rust pointer, so frames,
//! tasklets and generators are plain data; the collector finds every object
//! through exact roots (the VM hands them over) and reclaims cycles; and no
//! `unsafe` is needed. Collection only happens at safepoints between
//! instructions (`Vm::maybe_collect`), so natives may hold values in Rust
//! locals freely while they run — except across a callback into script
//! code on a coroutine, where what they hold is rooted explicitly
//! (`vm/reentry.rs`; the allocation log below is part of that).

use crate::objects::Obj;
use crate::vm::value::{ObjRef, Value};

pub struct Heap {
    slots: Vec<Option<Obj>>,
    marks: Vec<bool>,
    free: Vec<u32>,
    /// Allocations since the last collection.
    allocated: usize,
    /// Collect once `allocated` passes this.
    threshold: usize,
    /// While set, every allocation is recorded here: the objects a native
    /// running on a coroutine makes, which stay rooted while it is parked
    /// (see `vm/reentry.rs`).
    pub log: Option<Vec<ObjRef>>,
}

const MIN_THRESHOLD: usize = 100_000;

impl Default for Heap {
    fn default() -> Self {
        Heap {
            slots: Vec::new(),
            marks: Vec::new(),
            free: Vec::new(),
            allocated: 0,
            threshold: MIN_THRESHOLD,
            log: None,
        }
    }
}

impl Heap {
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        self.allocated += 1;
        let r = match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Some(obj);
                ObjRef(i)
            }
            None => {
                let i = self.slots.len();
                assert!(i < u32::MAX as usize, "heap exhausted");
                self.slots.push(Some(obj));
                self.marks.push(false);
                ObjRef(i as u32)
            }
        };
        if let Some(log) = &mut self.log {
            log.push(r);
        }
        r
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        match &self.slots[r.index()] {
            Some(o) => o,
            None => unreachable!("use of a freed object {r:?}"),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        match &mut self.slots[r.index()] {
            Some(o) => o,
            None => unreachable!("use of a freed object {r:?}"),
        }
    }

    /// Whether enough has been allocated since the last collection to run one.
    #[inline]
    pub fn wants_collection(&self) -> bool {
        self.allocated >= self.threshold
    }

    /// Number of live objects.
    pub fn live(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Whether `r` names a live object.
    pub fn is_live(&self, r: ObjRef) -> bool {
        matches!(self.slots.get(r.index()), Some(Some(_)))
    }

    /// Marks everything reachable from `roots`, frees the rest.
    pub fn collect(&mut self, roots: &[Value]) {
        self.collect_with(roots, &[]);
    }

    /// Like `collect`, with extra edges `(object, value)`: `value` is kept
    /// alive whenever `object` is (state kept beside the heap, such as the
    /// class of a subclassed builtin object).
    pub fn collect_with(&mut self, roots: &[Value], extra: &[(ObjRef, Value)]) {
        fn mark(marks: &mut [bool], v: Value, pending: &mut Vec<ObjRef>) {
            if let Value::Obj(r) = v {
                if !marks[r.index()] {
                    marks[r.index()] = true;
                    pending.push(r);
                }
            }
        }
        let mut pending: Vec<ObjRef> = Vec::new();
        for v in roots {
            mark(&mut self.marks, *v, &mut pending);
        }
        let mut children = Vec::new();
        loop {
            while let Some(r) = pending.pop() {
                if let Some(obj) = &self.slots[r.index()] {
                    obj.trace(&mut |v| children.push(v));
                }
                for c in children.drain(..) {
                    mark(&mut self.marks, c, &mut pending);
                }
            }
            // Extra edges from marked objects may mark more: repeat until none do.
            for (o, v) in extra {
                if self.marks[o.index()] {
                    mark(&mut self.marks, *v, &mut pending);
                }
            }
            if pending.is_empty() {
                break;
            }
        }
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if self.marks[i] {
                self.marks[i] = false;
            } else if slot.is_some() {
                *slot = None;
                self.free.push(i as u32);
            }
        }
        self.allocated = 0;
        self.threshold = MIN_THRESHOLD.max(self.live());
    }
}
