//! The bytecode verifier: proves that a code object read from a pickle runs without breaking the dispatch loop's assumptions, and records the stack shape at each instruction so restored frames can be checked against it.
//!
//! Why a verifier: the dispatch loop trusts its bytecode (operands index
//! tables without checks, `ListAppend` expects a list below, `Reraise` an
//! exception, the stack never underflows), which the compiler guarantees.
//! Code from a pickle is data, so before it runs it must be shown to keep
//! the same promises: every operand in range, a consistent stack depth and
//! block stack at each instruction on every path, the special values an
//! instruction consumes produced by the instructions that make them, no
//! path falling off the end. The abstract interpretation that checks this
//! yields, for each reachable instruction, the kinds of the values on the
//! stack and the block stack there: a frame restored at that instruction
//! must match them exactly (see `frames.rs`). The compiler's own output
//! passes (a test verifies every code object of the test corpus), and
//! `dumps` verifies code before writing it, so `loads` never refuses what
//! `dumps` wrote.

use crate::compile::code::{Code, CodeKind};
use crate::compile::opcode::Op;
use crate::objects::Obj;
use crate::vm::frame::Block;
use crate::vm::heap::Heap;
use crate::vm::value::Value;

/// What is known about a value on the stack at some instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Any value (never the unbound marker).
    Any,
    /// `LoadMethod`'s second result: `self`, or the unbound marker.
    MaybeUndef,
    /// Some object (an iterator from `GetIter`, or containers of mixed kinds).
    Object,
    /// A list being built (`BuildList`), target of `ListAppend`/`ListExtend`.
    List,
    Set,
    Dict,
    /// The exception a handler starts with.
    Exc,
    /// A closure cell (`LoadClosure`).
    Cell,
    /// A tuple of `n` cells: a closure for `MakeFunction`.
    Cells(u32),
    /// The code constant `consts[i]`.
    Code(u32),
    /// A tuple of `n` strings: `CallKw`'s keyword names.
    Names(u32),
}

impl Kind {
    fn is_object(self) -> bool {
        !matches!(self, Kind::Any | Kind::MaybeUndef)
    }

    /// The least kind both `a` and `b` are.
    fn join(a: Kind, b: Kind) -> Kind {
        match (a, b) {
            _ if a == b => a,
            (Kind::MaybeUndef, _) | (_, Kind::MaybeUndef) => Kind::MaybeUndef,
            _ if a.is_object() && b.is_object() => Kind::Object,
            _ => Kind::Any,
        }
    }
}

/// The stack and block stack on entry to one instruction. Block depths
/// count temporaries only (a frame's count its slots too).
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The frame's temporaries, bottom first (the slots are not included).
    pub stack: Vec<Kind>,
    pub blocks: Vec<Block>,
}

/// The verified shape of a code object: the state at each reachable instruction.
pub struct Shapes {
    states: Vec<Option<State>>,
}

impl Shapes {
    /// The state on entry to instruction `ip`, if it is reachable.
    pub fn at(&self, ip: usize) -> Option<&State> {
        self.states.get(ip).and_then(Option::as_ref)
    }
}

/// Deeper stacks than this are refused (the compiler's stay far below).
const MAX_DEPTH: usize = 4096;

/// What the verifier knows about each constant.
struct Consts {
    kinds: Vec<Kind>,
    /// The free variable count of code constants.
    freevars: Vec<Option<usize>>,
}

fn const_info(heap: &Heap, consts: &[Value]) -> Result<Consts, String> {
    let mut kinds = Vec::with_capacity(consts.len());
    let mut freevars = Vec::with_capacity(consts.len());
    for (i, v) in consts.iter().enumerate() {
        let (k, f) = match v {
            Value::Undef => return Err(format!("constant {i} is unbound")),
            Value::Obj(r) => match heap.get(*r) {
                Obj::Code(c) => (Kind::Code(i as u32), Some(c.freevars.len())),
                Obj::Tuple(items)
                    if items
                        .iter()
                        .all(|v| matches!(v.as_obj().map(|r| heap.get(r)), Some(Obj::Str(_)))) =>
                {
                    (Kind::Names(items.len() as u32), None)
                }
                _ => (Kind::Any, None),
            },
            _ => (Kind::Any, None),
        };
        kinds.push(k);
        freevars.push(f);
    }
    Ok(Consts { kinds, freevars })
}

/// Checks the header of a code object: parameter counts and names fit the slots.
fn check_header(heap: &Heap, code: &Code) -> Result<(), String> {
    let params = code.argcount as usize
        + code.kwonlycount as usize
        + code.has_varargs as usize
        + code.has_varkw as usize;
    if params > code.varnames.len() {
        return Err("more parameters than local variables".into());
    }
    if code.cell_params.len() != code.cellvars.len() {
        return Err("cell parameter table does not match the cell variables".into());
    }
    if code
        .cell_params
        .iter()
        .flatten()
        .any(|s| *s as usize >= code.varnames.len())
    {
        return Err("cell parameter out of range".into());
    }
    if code.lines.len() != code.ops.len() {
        return Err("line table does not match the instructions".into());
    }
    if code.global_cache.len() != code.names.len() {
        return Err("global cache does not match the names".into());
    }
    for name in &code.names {
        if !matches!(name.as_obj().map(|r| heap.get(r)), Some(Obj::Str(_))) {
            return Err("a name is not a string".into());
        }
    }
    if code
        .attr_sites
        .iter()
        .any(|s| s.name as usize >= code.names.len())
    {
        return Err("attribute site names a missing name".into());
    }
    Ok(())
}

/// Verifies `code` (not the code objects among its constants: each is
/// verified on its own) and returns its shapes.
pub fn verify(heap: &Heap, code: &Code) -> Result<Shapes, String> {
    check_header(heap, code)?;
    let consts = const_info(heap, &code.consts)?;
    let n = code.ops.len();
    if n == 0 {
        return Err("no instructions".into());
    }
    let mut states: Vec<Option<State>> = vec![None; n];
    states[0] = Some(State {
        stack: Vec::new(),
        blocks: Vec::new(),
    });
    let mut work = vec![0usize];
    let mut succ: Vec<(usize, State)> = Vec::with_capacity(3);
    while let Some(ip) = work.pop() {
        let Some(state) = states[ip].clone() else {
            continue;
        };
        succ.clear();
        step(code, &consts, ip, state, &mut succ).map_err(|e| format!("instruction {ip}: {e}"))?;
        for (to, s) in succ.drain(..) {
            if to >= n {
                return Err(format!("instruction {ip}: control leaves the code"));
            }
            if s.stack.len() > MAX_DEPTH {
                return Err(format!("instruction {ip}: stack too deep"));
            }
            match &mut states[to] {
                slot @ None => {
                    *slot = Some(s);
                    work.push(to);
                }
                Some(old) => {
                    if old.stack.len() != s.stack.len() || old.blocks != s.blocks {
                        return Err(format!(
                            "instruction {to}: inconsistent stack on merging paths"
                        ));
                    }
                    let mut changed = false;
                    for (o, k) in old.stack.iter_mut().zip(&s.stack) {
                        let j = Kind::join(*o, *k);
                        changed |= j != *o;
                        *o = j;
                    }
                    if changed {
                        work.push(to);
                    }
                }
            }
        }
    }
    Ok(Shapes { states })
}

/// The abstract stack of one instruction's execution.
struct Abs {
    stack: Vec<Kind>,
    /// The lowest the stack got: an exception raised midway through the
    /// instruction unwinds from there.
    low: usize,
}

impl Abs {
    fn pop(&mut self) -> Result<Kind, String> {
        let k = self
            .stack
            .pop()
            .ok_or_else(|| "stack underflow".to_string())?;
        self.low = self.low.min(self.stack.len());
        Ok(k)
    }

    /// Pops a value an instruction uses as an ordinary value.
    fn pop_value(&mut self) -> Result<Kind, String> {
        match self.pop()? {
            Kind::MaybeUndef => Err("uses a possibly unbound method self".into()),
            k => Ok(k),
        }
    }

    fn pop_n(&mut self, n: usize) -> Result<Vec<Kind>, String> {
        if n > self.stack.len() {
            return Err("stack underflow".into());
        }
        let out = self.stack.split_off(self.stack.len() - n);
        self.low = self.low.min(self.stack.len());
        if out.contains(&Kind::MaybeUndef) {
            return Err("uses a possibly unbound method self".into());
        }
        Ok(out)
    }

    fn expect(&mut self, want: Kind, what: &str) -> Result<(), String> {
        match self.pop()? {
            k if k == want => Ok(()),
            k => Err(format!("expects {what}, finds {k:?}")),
        }
    }

    /// The kind `depth` values below the top (1 = the top).
    fn peek(&self, depth: usize) -> Result<Kind, String> {
        if depth == 0 || depth > self.stack.len() {
            return Err("stack underflow".into());
        }
        Ok(self.stack[self.stack.len() - depth])
    }

    fn push(&mut self, k: Kind) {
        self.stack.push(k);
    }
}

fn in_range(i: u32, len: usize, what: &str) -> Result<(), String> {
    if (i as usize) < len {
        Ok(())
    } else {
        Err(format!("{what} {i} out of range"))
    }
}

/// Runs instruction `ip` on the abstract `state`, adding its successors.
fn step(
    code: &Code,
    consts: &Consts,
    ip: usize,
    state: State,
    succ: &mut Vec<(usize, State)>,
) -> Result<(), String> {
    let nlocals = code.varnames.len();
    let nslots = code.nslots();
    let State { stack, mut blocks } = state;
    let low = stack.len();
    let mut s = Abs { stack, low };
    let mut next = Some(ip + 1);
    let mut also: Option<(usize, State)> = None;
    let op = code.ops[ip];
    let local = |i: u32| in_range(i, nlocals, "local slot");
    let cell = |i: u32| {
        if (i as usize) < nlocals || i as usize >= nslots {
            Err(format!("cell slot {i} out of range"))
        } else {
            Ok(())
        }
    };
    let name = |i: u32| in_range(i, code.names.len(), "name");
    let site = |i: u32| in_range(i, code.attr_sites.len(), "attribute site");
    match op {
        Op::Nop => {}
        Op::LoadConst(i) => {
            in_range(i, consts.kinds.len(), "constant")?;
            s.push(consts.kinds[i as usize]);
        }
        Op::LoadNone | Op::LoadInt(_) | Op::LoadBuildClass | Op::LoadAssertionError => {
            s.push(Kind::Any)
        }
        Op::LoadFast(i) => {
            local(i)?;
            s.push(Kind::Any);
        }
        Op::StoreFast(i) => {
            local(i)?;
            s.pop_value()?;
        }
        Op::DeleteFast(i) => local(i)?,
        Op::LoadDeref(i) => {
            cell(i)?;
            s.push(Kind::Any);
        }
        Op::StoreDeref(i) => {
            cell(i)?;
            s.pop_value()?;
        }
        Op::DeleteDeref(i) => cell(i)?,
        Op::LoadClosure(i) => {
            cell(i)?;
            s.push(Kind::Cell);
        }
        Op::LoadGlobal(i) | Op::LoadName(i) => {
            name(i)?;
            s.push(Kind::Any);
        }
        Op::StoreGlobal(i) | Op::StoreName(i) => {
            name(i)?;
            s.pop_value()?;
        }
        Op::DeleteGlobal(i) | Op::DeleteName(i) => name(i)?,
        Op::LoadAttr(i) => {
            site(i)?;
            s.pop_value()?;
            s.push(Kind::Any);
        }
        Op::StoreAttr(i) => {
            site(i)?;
            s.pop_n(2)?;
        }
        Op::DeleteAttr(i) => {
            name(i)?;
            s.pop_value()?;
        }
        Op::LoadMethod(i) => {
            site(i)?;
            s.pop_value()?;
            s.push(Kind::Any);
            s.push(Kind::MaybeUndef);
        }
        Op::CallMethod(argc) => {
            s.pop_n(argc as usize)?;
            s.pop()?;
            s.pop_value()?;
            s.push(Kind::Any);
        }
        Op::Call(argc) => {
            s.pop_n(argc as usize + 1)?;
            s.push(Kind::Any);
        }
        Op::CallKw(argc) => {
            match s.pop()? {
                Kind::Names(k) if k <= argc => {}
                k => return Err(format!("expects keyword names, finds {k:?}")),
            }
            s.pop_n(argc as usize + 1)?;
            s.push(Kind::Any);
        }
        Op::CallEx => {
            s.pop_n(3)?;
            s.push(Kind::Any);
        }
        Op::Subscr | Op::Binary(_) | Op::Inplace(_) | Op::Compare(_) => {
            s.pop_n(2)?;
            s.push(Kind::Any);
        }
        Op::SubscrInt(_) | Op::Neg | Op::Pos | Op::Invert | Op::Not => {
            s.pop_value()?;
            s.push(Kind::Any);
        }
        Op::StoreSubscr => {
            s.pop_n(3)?;
        }
        Op::DeleteSubscr => {
            s.pop_n(2)?;
        }
        Op::BuildSlice(n) => {
            if n != 2 && n != 3 {
                return Err(format!("slice of {n} parts"));
            }
            s.pop_n(n as usize)?;
            s.push(Kind::Any);
        }
        Op::InplaceStoreSubscr(bop) => {
            // The guard skips exactly these three instructions.
            let rest = code.ops.get(ip + 1..ip + 4);
            if rest != Some(&[Op::Inplace(bop), Op::Rot3, Op::StoreSubscr][..]) {
                return Err("InplaceStoreSubscr without its three instructions".into());
            }
            let mut fast = s.stack.clone();
            if fast.len() < 4 || fast[fast.len() - 4..].contains(&Kind::MaybeUndef) {
                return Err("stack underflow".into());
            }
            fast.truncate(fast.len() - 4);
            s.low = s.low.min(fast.len());
            also = Some((
                ip + 4,
                State {
                    stack: fast,
                    blocks: blocks.clone(),
                },
            ));
        }
        Op::Jump(t) => next = Some(t as usize),
        Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
            s.pop_value()?;
            also = Some((
                t as usize,
                State {
                    stack: s.stack.clone(),
                    blocks: blocks.clone(),
                },
            ));
        }
        Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
            if s.peek(1)? == Kind::MaybeUndef {
                return Err("tests a possibly unbound method self".into());
            }
            also = Some((
                t as usize,
                State {
                    stack: s.stack.clone(),
                    blocks: blocks.clone(),
                },
            ));
            s.pop()?;
        }
        Op::GetIter | Op::GetYieldFromIter => {
            if op == Op::GetYieldFromIter && code.kind != CodeKind::Generator {
                return Err("yield from outside a generator".into());
            }
            s.pop_value()?;
            s.push(Kind::Object);
        }
        Op::ForIter(t) => {
            if s.peek(1)? == Kind::MaybeUndef {
                return Err("iterates a possibly unbound method self".into());
            }
            let mut done = s.stack.clone();
            done.pop();
            s.low = s.low.min(done.len());
            also = Some((
                t as usize,
                State {
                    stack: done,
                    blocks: blocks.clone(),
                },
            ));
            s.push(Kind::Any);
        }
        Op::Pop => {
            s.pop()?;
        }
        Op::Dup => {
            let k = s.peek(1)?;
            s.push(k);
        }
        Op::DupTwo => {
            let (a, b) = (s.peek(2)?, s.peek(1)?);
            s.push(a);
            s.push(b);
        }
        Op::Rot2 | Op::Rot3 | Op::Rot4 => {
            let n = match op {
                Op::Rot2 => 2,
                Op::Rot3 => 3,
                _ => 4,
            };
            s.peek(n)?;
            let len = s.stack.len();
            s.stack[len - n..].rotate_right(1);
        }
        Op::BuildTuple(n) => {
            let items = s.pop_n(n as usize)?;
            let cells = n > 0 && items.iter().all(|k| *k == Kind::Cell);
            s.push(if cells { Kind::Cells(n) } else { Kind::Any });
        }
        Op::BuildList(n) => {
            s.pop_n(n as usize)?;
            s.push(Kind::List);
        }
        Op::BuildSet(n) => {
            s.pop_n(n as usize)?;
            s.push(Kind::Set);
        }
        Op::BuildMap(n) => {
            s.pop_n(2 * n as usize)?;
            s.push(Kind::Dict);
        }
        Op::BuildString(n) => {
            s.pop_n(n as usize)?;
            s.push(Kind::Any);
        }
        Op::ListAppend(i) | Op::SetAdd(i) | Op::MapAdd(i) => {
            let (want, npop) = match op {
                Op::ListAppend(_) => (Kind::List, 1),
                Op::SetAdd(_) => (Kind::Set, 1),
                _ => (Kind::Dict, 2),
            };
            s.pop_n(npop)?;
            if s.peek(i as usize)? != want {
                return Err(format!("{op:?} target is not a {want:?}"));
            }
        }
        Op::ListExtend | Op::SetUpdate | Op::DictUpdate => {
            let want = match op {
                Op::ListExtend => Kind::List,
                Op::SetUpdate => Kind::Set,
                _ => Kind::Dict,
            };
            s.pop_value()?;
            if s.peek(1)? != want {
                return Err(format!("{op:?} target is not a {want:?}"));
            }
        }
        Op::ListToTuple => {
            s.expect(Kind::List, "a list")?;
            s.push(Kind::Any);
        }
        Op::UnpackSequence(_) | Op::UnpackEx(_) => {
            let n = match op {
                Op::UnpackSequence(n) => n as usize,
                Op::UnpackEx(arg) => (arg & 0xffff) as usize + (arg >> 16) as usize + 1,
                _ => 0,
            };
            s.pop_value()?;
            if s.stack.len() + n > MAX_DEPTH {
                return Err("stack too deep".into());
            }
            s.stack.resize(s.stack.len() + n, Kind::Any);
        }
        Op::MakeFunction(flags) => {
            if flags >= 8 {
                return Err(format!("MakeFunction flags {flags}"));
            }
            let Kind::Code(c) = s.pop()? else {
                return Err("MakeFunction without a code constant".into());
            };
            let free = consts.freevars[c as usize].unwrap_or(0);
            if flags & 4 != 0 {
                match s.pop()? {
                    Kind::Cells(n) if n as usize == free => {}
                    k => return Err(format!("closure of {free} cells expected, finds {k:?}")),
                }
            } else if free != 0 {
                return Err("MakeFunction without the closure its code needs".into());
            }
            let extra = (flags & 1) + ((flags & 2) >> 1);
            s.pop_n(extra as usize)?;
            s.push(Kind::Any);
        }
        Op::Return => {
            s.pop_value()?;
            next = None;
        }
        Op::SetupExcept(h) | Op::SetupWith(h) => {
            let depth = match op {
                Op::SetupExcept(_) => s.stack.len(),
                _ => {
                    s.peek(2)?;
                    s.stack.len() - 1
                }
            };
            let mut handler = s.stack[..depth].to_vec();
            handler.push(Kind::Exc);
            let mut hblocks = blocks.clone();
            hblocks.push(Block::Handler {
                depth: depth as u32,
            });
            also = Some((
                h as usize,
                State {
                    stack: handler,
                    blocks: hblocks,
                },
            ));
            blocks.push(Block::Except {
                handler: h,
                depth: depth as u32,
            });
        }
        Op::PopBlock => match blocks.pop() {
            Some(Block::Except { .. }) => {}
            _ => return Err("PopBlock without a try block".into()),
        },
        Op::PopExcept => match blocks.pop() {
            Some(Block::Handler { .. }) => {}
            _ => return Err("PopExcept outside a handler".into()),
        },
        Op::Raise(n) => {
            if n > 2 {
                return Err(format!("raise with {n} operands"));
            }
            s.pop_n(n as usize)?;
            next = None;
        }
        Op::Reraise => {
            s.expect(Kind::Exc, "an exception")?;
            next = None;
        }
        Op::JumpIfNotExcMatch(t) => {
            s.pop_value()?;
            if s.peek(1)? == Kind::MaybeUndef {
                return Err("matches a possibly unbound method self".into());
            }
            also = Some((
                t as usize,
                State {
                    stack: s.stack.clone(),
                    blocks: blocks.clone(),
                },
            ));
        }
        Op::WithExceptArgs => {
            let (exit, exc) = (s.peek(2)?, s.peek(1)?);
            if exit == Kind::MaybeUndef || exc == Kind::MaybeUndef {
                return Err("uses a possibly unbound method self".into());
            }
            s.push(exit);
            s.push(Kind::Any);
            s.push(exc);
            s.push(Kind::Any);
        }
        Op::BeforeWith => {
            s.pop_value()?;
            s.push(Kind::Any);
            s.push(Kind::Any);
        }
        Op::Yield => {
            if code.kind != CodeKind::Generator {
                return Err("yield outside a generator".into());
            }
            s.pop_value()?;
            s.push(Kind::Any);
        }
        Op::YieldFrom => {
            if code.kind != CodeKind::Generator {
                return Err("yield from outside a generator".into());
            }
            s.pop_n(2)?;
            s.push(Kind::Any);
        }
        Op::FormatValue(flags) => {
            if flags >= 8 {
                return Err(format!("FormatValue flags {flags}"));
            }
            s.pop_n(if flags & 4 != 0 { 2 } else { 1 })?;
            s.push(Kind::Any);
        }
        Op::ImportName(i) => {
            name(i)?;
            s.pop_n(2)?;
            s.push(Kind::Any);
        }
        Op::ImportFrom(i) => {
            name(i)?;
            if s.peek(1)? == Kind::MaybeUndef {
                return Err("imports from a possibly unbound method self".into());
            }
            s.push(Kind::Any);
        }
        Op::ImportStar | Op::PrintItem | Op::PrintExpr => {
            s.pop_value()?;
        }
        Op::PrintEnd(_) => {}
        Op::LoadLocals => {
            if code.kind != CodeKind::Class {
                return Err("LoadLocals outside a class body".into());
            }
            s.push(Kind::Any);
        }
    }
    if let Some(t) = op.target() {
        if t as usize >= code.ops.len() {
            return Err(format!("jump target {t} out of range"));
        }
    }
    // A handler restores its `try`'s stack depth: the stack never gets below it inside.
    for b in &blocks {
        if let Block::Except { depth, .. } = b {
            if *depth as usize > s.low {
                return Err("stack shrinks below an enclosing try block".into());
            }
        }
    }
    succ.extend(also);
    if let Some(to) = next {
        succ.push((
            to,
            State {
                stack: s.stack,
                blocks,
            },
        ));
    }
    Ok(())
}
