//! Frames in a pickle: splitting a fiber's value stack into per-frame segments, the frame header encoding, and the checks that a restored fiber or generator is a state the VM itself could have reached.
//!
//! A suspended frame owns the segment of its fiber's value stack from its
//! callee slot (`base - 1`) to the next frame's callee slot: the callee,
//! the slots (locals, then cells), then the temporaries. Every suspended
//! frame stopped right after an instruction that delivers one value — a
//! call, `ForIter` stepping a generator, `Yield` — or at a `YieldFrom`
//! that will receive one, and resumes with that value pushed: so its
//! temporaries are the verified stack shape at its `ip` minus the top
//! (`pending`). A generator that has not started is exactly at its entry,
//! and so is the top frame of a tasklet preempted between two instructions
//! (`Resume::Continue`).

use std::ops::Range;

use crate::compile::code::CodeKind;
use crate::compile::opcode::Op;
use crate::objects::{GenState, Obj};
use crate::pickle::verify::Kind;
use crate::pickle::wire::{Bad, Got, In, Out};
use crate::tasklets::tasklet::Resume;
use crate::vm::frame::{Block, Cont, Fiber, Frame};
use crate::vm::value::{ObjRef, Value};
use crate::vm::Vm;

/// What a frame restores besides its values.
pub struct FrameHead {
    pub ip: u32,
    pub cont: Cont,
    pub blocks: Vec<Block>,
    /// The length of its stack segment.
    pub nseg: usize,
}

const CONTS: [Cont; 7] = [
    Cont::Push,
    Cont::Init,
    Cont::Module,
    Cont::GenNext,
    Cont::YieldFrom,
    Cont::Stop,
    Cont::Native,
];
/// `Cont::ForIter(target)`'s tag (the others are their index in `CONTS`).
const CONT_FOR_ITER: u8 = 7;

pub fn write_head(out: &mut Out, frame: &Frame, nseg: usize, with_cont: bool) {
    out.varint(frame.ip as u64);
    if with_cont {
        match frame.cont {
            Cont::ForIter(t) => {
                out.u8(CONT_FOR_ITER);
                out.varint(t as u64);
            }
            c => out.u8(CONTS.iter().position(|k| *k == c).unwrap_or(0) as u8),
        }
    }
    out.varint(frame.blocks.len() as u64);
    for b in &frame.blocks {
        match *b {
            Block::Except { handler, depth } => {
                out.u8(0);
                out.varint(handler as u64);
                out.varint(depth as u64);
            }
            Block::Handler { depth } => {
                out.u8(1);
                out.varint(depth as u64);
            }
        }
    }
    out.varint(nseg as u64);
}

pub fn read_head(inp: &mut In, with_cont: bool) -> Got<FrameHead> {
    let ip = inp.u32()?;
    let cont = if with_cont {
        match inp.u8()? {
            CONT_FOR_ITER => Cont::ForIter(inp.u32()?),
            t => *CONTS
                .get(t as usize)
                .ok_or_else(|| Bad::new("unknown frame continuation"))?,
        }
    } else {
        Cont::Push
    };
    let n = inp.count()?;
    let mut blocks = Vec::with_capacity(n);
    for _ in 0..n {
        blocks.push(match inp.u8()? {
            0 => Block::Except {
                handler: inp.u32()?,
                depth: inp.u32()?,
            },
            1 => Block::Handler { depth: inp.u32()? },
            _ => return Err(Bad::new("unknown block kind")),
        });
    }
    let nseg = inp.small()?;
    Ok(FrameHead {
        ip,
        cont,
        blocks,
        nseg,
    })
}

/// The stack segment of each frame of a fiber.
pub fn segments(fiber: &Fiber) -> Result<Vec<Range<usize>>, String> {
    let starts: Vec<usize> = fiber
        .frames
        .iter()
        .map(|f| (f.base as usize).saturating_sub(1))
        .collect();
    let mut out = Vec::with_capacity(starts.len());
    for (i, start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(fiber.stack.len());
        if (i == 0 && *start != 0) || end < *start || end > fiber.stack.len() {
            return Err("its value stack is not laid out frame by frame".into());
        }
        out.push(*start..end);
    }
    Ok(out)
}

/// Why the tasklet `t` cannot be pickled and restored, if it cannot.
pub fn unrestorable(vm: &Vm, t: ObjRef) -> Option<String> {
    let tk = vm.tasklet(t);
    let fiber = if vm.sched.current == Some(t) {
        &vm.fiber
    } else {
        &tk.fiber
    };
    // A native below a frame: on a nested run (`Stop`, `GenNext`) or parked
    // on a coroutine (`Native`); either way its Rust state is not data.
    let nested = fiber.frames.iter().enumerate().find(|(i, f)| {
        matches!(f.cont, Cont::GenNext | Cont::Native) || (*i > 0 && f.cont == Cont::Stop)
    });
    if nested.is_none() && !fiber.natives.is_empty() {
        return Some("it is suspended inside a native call, whose state cannot be saved".into());
    }
    if let Some((i, _)) = nested {
        let caller = match i.checked_sub(1) {
            Some(b) => {
                let below = &fiber.frames[b];
                let line = below.code.line_at((below.ip as usize).saturating_sub(1));
                format!(" made by {}() (line {line})", below.code.qualname)
            }
            None => String::new(),
        };
        return Some(format!(
            "it is suspended inside a native call{caller}, whose state cannot be saved"
        ));
    }
    segments(fiber).err()
}

/// Whether `v` is a value of kind `k` (`consts` are the frame code's constants).
fn has_kind(vm: &Vm, consts: &[Value], v: Value, k: Kind) -> bool {
    let obj = || v.as_obj().map(|r| vm.heap.get(r));
    let tuple_of = |n: u32, cells: bool| match obj() {
        Some(Obj::Tuple(items)) => {
            items.len() == n as usize
                && items.iter().all(|i| {
                    matches!(
                        (cells, i.as_obj().map(|r| vm.heap.get(r))),
                        (true, Some(Obj::Cell(_))) | (false, Some(Obj::Str(_)))
                    )
                })
        }
        _ => false,
    };
    match k {
        Kind::Any => !matches!(v, Value::Undef),
        Kind::MaybeUndef => true,
        Kind::Object => v.as_obj().is_some(),
        Kind::List => matches!(obj(), Some(Obj::List(_))),
        Kind::Set => matches!(obj(), Some(Obj::Set(_))),
        Kind::Dict => matches!(obj(), Some(Obj::Dict(_))),
        Kind::Exc => matches!(obj(), Some(Obj::Exception(_))),
        Kind::Cell => matches!(obj(), Some(Obj::Cell(_))),
        Kind::Cells(n) => tuple_of(n, true),
        Kind::Names(n) => tuple_of(n, false),
        Kind::Code(i) => consts.get(i as usize).is_some_and(|c| c.is(v)),
    }
}

/// Checks one restored frame against the verified shape of its code.
/// `seg` is its stack segment; `pending`: it resumes with a value pushed
/// (else it is exactly at `ip`, as a generator that has not started).
pub fn check_frame(vm: &mut Vm, frame: &Frame, seg: &[Value], pending: bool) -> Result<(), String> {
    let code = frame.code.clone();
    let shapes = vm.pickle.verify(&vm.heap, &code)?;
    let state = shapes
        .at(frame.ip as usize)
        .ok_or("it resumes at an unreachable instruction")?;
    let mut kinds = &state.stack[..];
    if pending {
        kinds = match kinds.split_last() {
            Some((Kind::Any | Kind::MaybeUndef, rest)) => rest,
            _ => return Err("it resumes where no value is awaited".into()),
        };
    }
    let (nlocals, nslots) = (code.varnames.len(), code.nslots());
    // A frame's block depths count its slots too; the shapes' count temporaries.
    let expected = state.blocks.iter().map(|b| match *b {
        Block::Except { handler, depth } => Block::Except {
            handler,
            depth: depth + nslots as u32,
        },
        Block::Handler { depth } => Block::Handler {
            depth: depth + nslots as u32,
        },
    });
    if !frame.blocks.iter().copied().eq(expected) {
        return Err("its block stack does not match its position".into());
    }
    if seg.len() != 1 + nslots + kinds.len() {
        return Err("its value stack does not match its position".into());
    }
    if matches!(seg[0], Value::Undef) {
        return Err("its callee is unbound".into());
    }
    let cells_ok = seg[1 + nlocals..1 + nslots]
        .iter()
        .all(|v| matches!(v.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Cell(_))));
    if !cells_ok {
        return Err("a cell slot does not hold a cell".into());
    }
    for (v, k) in seg[1 + nslots..].iter().zip(kinds) {
        if !has_kind(vm, &code.consts, *v, *k) {
            return Err(format!("a value on its stack is not a {k:?}"));
        }
    }
    let is_dict = |r: ObjRef| matches!(vm.heap.get(r), Obj::Dict(_));
    if !is_dict(frame.globals) {
        return Err("its globals are not a dict".into());
    }
    if (code.kind == CodeKind::Class) != frame.locals.is_some_and(is_dict) {
        return Err("its class namespace does not match its code".into());
    }
    let is_gen = frame
        .generator
        .is_some_and(|g| matches!(vm.heap.get(g), Obj::Generator(_)));
    if (code.kind == CodeKind::Generator) != is_gen {
        return Err("its generator does not match its code".into());
    }
    Ok(())
}

/// Checks how frame `callee` was entered from the frame below it.
fn check_cont(caller: &Frame, callee: &Frame) -> Result<(), String> {
    let ops = &caller.code.ops;
    let before = (caller.ip as usize)
        .checked_sub(1)
        .and_then(|i| ops.get(i))
        .copied();
    let is_call = matches!(
        before,
        Some(Op::Call(_) | Op::CallMethod(_) | Op::CallKw(_) | Op::CallEx)
    );
    let gen = callee.code.kind == CodeKind::Generator;
    let ok = match callee.cont {
        Cont::Push => !gen && (is_call || before == Some(Op::BeforeWith)),
        Cont::Init => {
            !gen && is_call && callee.code.kind == CodeKind::Function && callee.code.nslots() > 0
        }
        Cont::Module => {
            matches!(before, Some(Op::ImportName(_))) && callee.code.kind == CodeKind::Module
        }
        Cont::ForIter(t) => gen && before == Some(Op::ForIter(t)),
        Cont::YieldFrom => gen && ops.get(caller.ip as usize) == Some(&Op::YieldFrom),
        Cont::GenNext | Cont::Stop | Cont::Native => {
            return Err("a frame was entered from a native call".into());
        }
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "frame of {}() does not match the call in {}()",
            callee.code.qualname, caller.code.qualname
        ))
    }
}

/// Checks a restored tasklet's fiber; returns the generators its frames run.
pub fn check_fiber(
    vm: &mut Vm,
    fiber: &Fiber,
    resume: &Resume,
    alive: bool,
) -> Result<Vec<ObjRef>, String> {
    match (alive, resume, fiber.frames.is_empty()) {
        (false, _, true) | (true, Resume::Start, true) => return Ok(Vec::new()),
        (true, Resume::Value(_) | Resume::Raise(_) | Resume::Continue, false) => {}
        _ => return Err("its frames do not match its state".into()),
    }
    for h in &fiber.handled {
        if !matches!(h.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Exception(_))) {
            return Err("a handled exception is not an exception".into());
        }
    }
    let segs = segments(fiber)?;
    let mut running = Vec::new();
    let top = fiber.frames.len() - 1;
    for (i, (frame, seg)) in fiber.frames.iter().zip(&segs).enumerate() {
        let pending = i < top || !matches!(resume, Resume::Continue);
        match i {
            0 if frame.cont != Cont::Stop => {
                return Err("its first frame was not started by it".into())
            }
            0 => {}
            _ => check_cont(&fiber.frames[i - 1], frame)?,
        }
        check_frame(vm, frame, &fiber.stack[seg.clone()], pending)
            .map_err(|e| format!("frame of {}(): {e}", frame.code.qualname))?;
        if let Some(g) = frame.generator {
            if !matches!(vm.heap.get(g), Obj::Generator(gen) if gen.state == GenState::Running) {
                return Err("a generator frame's generator is not running".into());
            }
            running.push(g);
        }
    }
    Ok(running)
}

/// Checks a restored generator (one that is not running).
pub fn check_generator(vm: &mut Vm, g: ObjRef) -> Result<(), String> {
    let Obj::Generator(gen) = vm.heap.get(g) else {
        return Err("not a generator".into());
    };
    let (state, frame, stack) = (gen.state, gen.frame.clone(), gen.stack.clone());
    match state {
        GenState::Done | GenState::Running => Ok(()),
        GenState::Created | GenState::Suspended => {
            if frame.generator != Some(g) {
                return Err("its frame belongs to another generator".into());
            }
            if state == GenState::Created && frame.ip != 0 {
                return Err("it has not started but is not at its start".into());
            }
            check_frame(vm, &frame, &stack, state == GenState::Suspended)
        }
    }
}
