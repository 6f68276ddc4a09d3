//! The instruction set: every opcode, its operand and its stack effect, in one place.
//!
//! An instruction is one `Op` (8 bytes: a tag and a 32-bit operand). Jump
//! operands are instruction indices. "names" operands index `Code::names`,
//! "const" operands `Code::consts`, slot operands the frame's slots
//! (locals, then cells, then free variables).

use crate::syntax::ast::{BinOp, CmpOp};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> None`
    LoadNone,
    /// `-> i` (a small int literal)
    LoadInt(i32),
    /// `-> slot[i]`; UnboundLocalError if unbound.
    LoadFast(u32),
    /// `v ->`; `slot[i] = v`
    StoreFast(u32),
    /// unbinds `slot[i]` (NameError-like error if unbound).
    DeleteFast(u32),
    /// `-> cell(slot[i]).value`
    LoadDeref(u32),
    /// `v ->`; `cell(slot[i]).value = v`
    StoreDeref(u32),
    DeleteDeref(u32),
    /// `-> cell(slot[i])` (the cell itself, to build a closure)
    LoadClosure(u32),
    /// `-> globals[names[i]]` or builtins; NameError if missing.
    LoadGlobal(u32),
    /// `v ->`
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class bodies: `-> locals[names[i]]`, then globals, then builtins.
    LoadName(u32),
    /// Class bodies: `v ->`; `locals[names[i]] = v`.
    StoreName(u32),
    DeleteName(u32),
    /// `obj -> obj.name`, where `name` is `names[attr_sites[i].name]`
    /// (the operand is an attribute site, with its own inline cache).
    LoadAttr(u32),
    /// `v obj ->`; `obj.name = v` (operand: an attribute site)
    StoreAttr(u32),
    /// `obj ->`
    DeleteAttr(u32),
    /// `obj -> func self` when `obj.name` is a plain method, else `-> attr
    /// Undef` (operand: an attribute site).
    LoadMethod(u32),
    /// `func self_or_undef arg*n -> result`
    CallMethod(u32),
    /// `container index -> container[index]`
    Subscr,
    /// `c -> c[i]` for a small int literal `i`: `LoadInt(i) Subscr` in one
    /// dispatch (`v[0]`, `b[2]`: constant indices are common in numeric code).
    SubscrInt(i32),
    /// `v container index ->`
    StoreSubscr,
    /// `container index ->`
    DeleteSubscr,
    /// `lower upper -> slice` (n = 2) or `lower upper step -> slice` (n = 3)
    BuildSlice(u32),
    /// `a b -> a op b`
    Binary(BinOp),
    /// `a b -> a op= b` (tries `__iop__` first)
    Inplace(BinOp),
    /// `c i old v ->` with `c[i] = old op v`, then skips the three
    /// instructions that follow (always `Inplace(op) Rot3 StoreSubscr`),
    /// when that is a list store of int/float arithmetic; otherwise does
    /// nothing and those three run. The guard form keeps `v[i] op= x`
    /// exact (`__iop__`, errors, evaluation order) while its common case
    /// costs one dispatch instead of three.
    InplaceStoreSubscr(BinOp),
    /// `a -> -a`
    Neg,
    /// `a -> +a`
    Pos,
    /// `a -> ~a`
    Invert,
    /// `a -> not a`
    Not,
    /// `a b -> a op b`
    Compare(CmpOp),
    Jump(u32),
    /// `v ->`; jump if false
    PopJumpIfFalse(u32),
    /// `v ->`; jump if true
    PopJumpIfTrue(u32),
    /// `v -> v` and jump if false, else `v ->`
    JumpIfFalseOrPop(u32),
    /// `v -> v` and jump if true, else `v ->`
    JumpIfTrueOrPop(u32),
    /// `iterable -> iterator`
    GetIter,
    /// `iterator -> iterator next` or, when exhausted, `iterator ->` and jump.
    ForIter(u32),
    /// `v ->`
    Pop,
    /// `v -> v v`
    Dup,
    /// `a b -> a b a b`
    DupTwo,
    /// `a b -> b a`
    Rot2,
    /// `a b c -> c a b`
    Rot3,
    /// `a b c d -> d a b c`
    Rot4,
    /// `v*n -> tuple`
    BuildTuple(u32),
    /// `v*n -> list`
    BuildList(u32),
    /// `v*n -> set`
    BuildSet(u32),
    /// `(k v)*n -> dict`
    BuildMap(u32),
    /// `list ... v -> list ...` with the list `i` below the top after popping v.
    ListAppend(u32),
    /// `set ... v -> set ...`
    SetAdd(u32),
    /// `dict ... k v -> dict ...`
    MapAdd(u32),
    /// `list iterable -> list` (extend)
    ListExtend,
    /// `set iterable -> set`
    SetUpdate,
    /// `dict mapping -> dict` (`{**m}`)
    DictUpdate,
    /// `list -> tuple`
    ListToTuple,
    /// `seq -> v[n-1] ... v[0]` (exactly n items, first on top)
    UnpackSequence(u32),
    /// `seq -> ...` with `before` items, a list of the rest and `after` items (operand: before | after << 16)
    UnpackEx(u32),
    /// `func arg*n -> result`
    Call(u32),
    /// `func arg*n names -> result`: the last `len(names)` args are keyword args, names a tuple const.
    CallKw(u32),
    /// `func args_tuple kwargs_dict_or_none -> result`
    CallEx,
    /// `defaults? kwdefaults? closure? code -> function`; operand bits: 1 defaults tuple, 2 kwdefaults dict, 4 closure tuple.
    MakeFunction(u32),
    /// `v ->`; returns v from the frame.
    Return,
    /// Push an exception handler at the target; the handler starts with the exception on the stack.
    SetupExcept(u32),
    /// `exit enter_result -> exit enter_result`: like `SetupExcept`, but the
    /// handler starts with only `exit` below the exception (the enter result
    /// is stored or popped inside the protected region).
    SetupWith(u32),
    /// Pops the innermost handler block.
    PopBlock,
    /// Ends an except clause: pops the handler block and restores the previously handled exception.
    PopExcept,
    /// `exc cause -> ` (n = 2), `exc ->` (n = 1), re-raise the handled exception (n = 0).
    Raise(u32),
    /// `exc ->`: raises exc again keeping its traceback (end of finally / unmatched except).
    Reraise,
    /// `exc type -> exc`; jumps if exc is not an instance of type (or a tuple of types).
    JumpIfNotExcMatch(u32),
    /// `exit exc -> exit exc exit type exc tb` to call `__exit__` on an exception.
    WithExceptArgs,
    /// `ctx -> exit enter_result`: looks up `__exit__` (bound) and calls `__enter__`.
    BeforeWith,
    /// `v -> sent` : suspends the generator, yielding v.
    Yield,
    /// `iter v -> iter` (repeat) or `iter v -> result` : delegates to a sub-iterator.
    YieldFrom,
    /// `v -> iterator` for `yield from` (generators stay as they are).
    GetYieldFromIter,
    /// `v [spec] -> str`; operand bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2: a spec is on the stack.
    FormatValue(u32),
    /// `str*n -> str` (concatenation)
    BuildString(u32),
    /// `fromlist level -> module`; imports names[i].
    ImportName(u32),
    /// `module -> module attr`
    ImportFrom(u32),
    /// `module ->`: binds every public name into the current namespace.
    ImportStar,
    /// `-> __build_class__`
    LoadBuildClass,
    /// `-> AssertionError`
    LoadAssertionError,
    /// `v ->`: the Python 2 print statement's item (space-separated).
    PrintItem,
    /// Ends a print statement: writes a newline (operand 1) or nothing (0).
    PrintEnd(u32),
    /// `-> locals dict` (class bodies)
    LoadLocals,
    /// `v ->`: the REPL's echo of an expression statement (repr unless None).
    PrintExpr,
}

impl Op {
    /// The jump target of a jumping instruction.
    pub fn target(self) -> Option<u32> {
        match self {
            Op::Jump(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::SetupExcept(t)
            | Op::SetupWith(t)
            | Op::JumpIfNotExcMatch(t) => Some(t),
            _ => None,
        }
    }

    /// Replaces the jump target (used when patching forward jumps).
    pub fn with_target(self, t: u32) -> Op {
        match self {
            Op::Jump(_) => Op::Jump(t),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::SetupExcept(_) => Op::SetupExcept(t),
            Op::SetupWith(_) => Op::SetupWith(t),
            Op::JumpIfNotExcMatch(_) => Op::JumpIfNotExcMatch(t),
            other => other,
        }
    }
}
