//! Code objects in a pickle: a self-contained encoding (header, names, constants, instructions, line table) and its decoder, which verifies what it decodes.
//!
//! A code object is written by value as one blob that refers to nothing
//! outside itself (its constants, nested code objects included, are inside
//! it), so the same code always encodes to the same bytes. That makes the
//! blob a cache key in both directions (`PickleState`): `dumps` encodes and
//! verifies a code object once, and `loads` decodes and verifies a given
//! blob once, sharing the resulting code object (and, in the process that
//! wrote it, the original one).

use std::cell::Cell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::compile::code::{AttrSite, Code, CodeKind};
use crate::compile::opcode::Op;
use crate::objects::Obj;
use crate::pickle::wire::{Bad, Got, In, Out};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::value::Value;
use crate::vm::Vm;

/// Constants nest (tuples, code objects of nested functions) at most this deep.
const MAX_NESTING: usize = 64;

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::Div,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
];

const CMPOPS: [CmpOp; 10] = [
    CmpOp::Eq,
    CmpOp::NotEq,
    CmpOp::Lt,
    CmpOp::LtE,
    CmpOp::Gt,
    CmpOp::GtE,
    CmpOp::Is,
    CmpOp::IsNot,
    CmpOp::In,
    CmpOp::NotIn,
];

fn binop(inp: &mut In) -> Got<BinOp> {
    BINOPS
        .get(inp.u8()? as usize)
        .copied()
        .ok_or_else(|| Bad::new("unknown operator in code"))
}

fn cmpop(inp: &mut In) -> Got<CmpOp> {
    CMPOPS
        .get(inp.u8()? as usize)
        .copied()
        .ok_or_else(|| Bad::new("unknown comparison in code"))
}

/// The instruction encoding: a tag byte, then the operand (a varint, a
/// zigzag int, or an operator byte). The `match` in `encode_op` is
/// exhaustive, so a new instruction cannot be forgotten here.
macro_rules! op_codec {
    (
        plain: [$($p:ident = $pt:literal),* $(,)?],
        u32: [$($u:ident = $ut:literal),* $(,)?],
        i32: [$($i:ident = $it:literal),* $(,)?],
        bin: [$($b:ident = $bt:literal),* $(,)?],
        cmp: [$($c:ident = $ct:literal),* $(,)?],
    ) => {
        fn encode_op(out: &mut Out, op: Op) {
            match op {
                $(Op::$p => out.u8($pt),)*
                $(Op::$u(x) => {
                    out.u8($ut);
                    out.varint(x as u64);
                })*
                $(Op::$i(x) => {
                    out.u8($it);
                    out.zigzag(x as i64);
                })*
                $(Op::$b(x) => {
                    out.u8($bt);
                    out.u8(x as u8);
                })*
                $(Op::$c(x) => {
                    out.u8($ct);
                    out.u8(x as u8);
                })*
            }
        }

        fn decode_op(inp: &mut In) -> Got<Op> {
            Ok(match inp.u8()? {
                $($pt => Op::$p,)*
                $($ut => Op::$u(inp.u32()?),)*
                $($it => Op::$i(inp.i32()?),)*
                $($bt => Op::$b(binop(inp)?),)*
                $($ct => Op::$c(cmpop(inp)?),)*
                t => return Err(Bad::new(format!("unknown instruction {t} in code"))),
            })
        }
    };
}

op_codec! {
    plain: [
        Nop = 0, LoadNone = 1, Subscr = 2, StoreSubscr = 3, DeleteSubscr = 4, Neg = 5,
        Pos = 6, Invert = 7, Not = 8, GetIter = 9, Pop = 10, Dup = 11, DupTwo = 12,
        Rot2 = 13, Rot3 = 14, Rot4 = 15, ListExtend = 16, SetUpdate = 17, DictUpdate = 18,
        ListToTuple = 19, CallEx = 20, Return = 21, PopBlock = 22, PopExcept = 23,
        Reraise = 24, WithExceptArgs = 25, BeforeWith = 26, Yield = 27, YieldFrom = 28,
        GetYieldFromIter = 29, ImportStar = 30, LoadBuildClass = 31,
        LoadAssertionError = 32, PrintItem = 33, LoadLocals = 34, PrintExpr = 35,
    ],
    u32: [
        LoadConst = 40, LoadFast = 41, StoreFast = 42, DeleteFast = 43, LoadDeref = 44,
        StoreDeref = 45, DeleteDeref = 46, LoadClosure = 47, LoadGlobal = 48,
        StoreGlobal = 49, DeleteGlobal = 50, LoadName = 51, StoreName = 52,
        DeleteName = 53, LoadAttr = 54, StoreAttr = 55, DeleteAttr = 56, LoadMethod = 57,
        CallMethod = 58, BuildSlice = 59, Jump = 60, PopJumpIfFalse = 61,
        PopJumpIfTrue = 62, JumpIfFalseOrPop = 63, JumpIfTrueOrPop = 64, ForIter = 65,
        BuildTuple = 66, BuildList = 67, BuildSet = 68, BuildMap = 69, ListAppend = 70,
        SetAdd = 71, MapAdd = 72, UnpackSequence = 73, UnpackEx = 74, Call = 75,
        CallKw = 76, MakeFunction = 77, SetupExcept = 78, SetupWith = 79, Raise = 80,
        JumpIfNotExcMatch = 81, FormatValue = 82, BuildString = 83, ImportName = 84,
        ImportFrom = 85, PrintEnd = 86,
    ],
    i32: [LoadInt = 90, SubscrInt = 91],
    bin: [Binary = 95, Inplace = 96, InplaceStoreSubscr = 97],
    cmp: [Compare = 100],
}

const KINDS: [CodeKind; 4] = [
    CodeKind::Module,
    CodeKind::Class,
    CodeKind::Function,
    CodeKind::Generator,
];

// Constant tags inside a code blob.
const C_NONE: u8 = 0;
const C_TRUE: u8 = 1;
const C_FALSE: u8 = 2;
const C_ELLIPSIS: u8 = 3;
const C_INT: u8 = 4;
const C_FLOAT: u8 = 5;
const C_STR: u8 = 6;
const C_BYTES: u8 = 7;
const C_BIGINT: u8 = 8;
const C_TUPLE: u8 = 9;
const C_CODE: u8 = 10;
const C_FROZENSET: u8 = 11;

/// Encodes `code` (with the code objects among its constants) into `out`.
/// The error says which constant cannot be written.
pub fn encode_code(vm: &Vm, code: &Code, out: &mut Out) -> Result<(), String> {
    encode_nested(vm, code, out, 0)
}

fn encode_nested(vm: &Vm, code: &Code, out: &mut Out, depth: usize) -> Result<(), String> {
    if depth > MAX_NESTING {
        return Err("code objects nested too deeply".into());
    }
    let kind = KINDS.iter().position(|k| *k == code.kind).unwrap_or(0);
    out.u8(kind as u8);
    out.str(&code.name);
    out.str(&code.qualname);
    out.str(&code.filename);
    out.varint(code.first_line as u64);
    out.varint(code.argcount as u64);
    out.varint(code.kwonlycount as u64);
    out.u8(code.has_varargs as u8 | (code.has_varkw as u8) << 1 | (code.doc.is_some() as u8) << 2);
    if let Some(doc) = &code.doc {
        out.str(doc);
    }
    for list in [&code.varnames, &code.cellvars, &code.freevars] {
        out.varint(list.len() as u64);
        list.iter().for_each(|s| out.str(s));
    }
    for p in &code.cell_params {
        out.varint(p.map_or(0, |s| s as u64 + 1));
    }
    out.varint(code.names.len() as u64);
    for n in &code.names {
        out.str(vm.str_of(*n).unwrap_or(""));
    }
    out.varint(code.attr_sites.len() as u64);
    for s in code.attr_sites.iter() {
        out.varint(s.name as u64);
    }
    out.varint(code.consts.len() as u64);
    for c in &code.consts {
        encode_const(vm, *c, out, depth)?;
    }
    out.varint(code.ops.len() as u64);
    for op in &code.ops {
        encode_op(out, *op);
    }
    // The line table as runs of equal lines: (length, change from the previous line).
    let mut runs: Vec<(u64, i64)> = Vec::new();
    let mut prev = code.first_line as i64;
    for line in &code.lines {
        let line = *line as i64;
        match runs.last_mut() {
            Some((n, _)) if line == prev => *n += 1,
            _ => runs.push((1, line - prev)),
        }
        prev = line;
    }
    out.varint(runs.len() as u64);
    for (n, delta) in runs {
        out.varint(n);
        out.zigzag(delta);
    }
    Ok(())
}

fn encode_const(vm: &Vm, v: Value, out: &mut Out, depth: usize) -> Result<(), String> {
    if depth > MAX_NESTING {
        return Err("constants nested too deeply".into());
    }
    match v {
        Value::None => out.u8(C_NONE),
        Value::Bool(true) => out.u8(C_TRUE),
        Value::Bool(false) => out.u8(C_FALSE),
        Value::Ellipsis => out.u8(C_ELLIPSIS),
        Value::Int(i) => {
            out.u8(C_INT);
            out.zigzag(i);
        }
        Value::Float(f) => {
            out.u8(C_FLOAT);
            out.f64(f);
        }
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => {
                out.u8(C_STR);
                out.str(&s.s);
            }
            Obj::Bytes(b) => {
                out.u8(C_BYTES);
                out.bytes(b);
            }
            Obj::BigInt(n) => {
                out.u8(C_BIGINT);
                out.bytes(&n.to_signed_bytes_le());
            }
            Obj::Tuple(items) => {
                out.u8(C_TUPLE);
                out.varint(items.len() as u64);
                for item in items.iter() {
                    encode_const(vm, *item, out, depth + 1)?;
                }
            }
            Obj::FrozenSet(d) => {
                out.u8(C_FROZENSET);
                out.varint(d.len() as u64);
                for (k, _) in d.iter() {
                    encode_const(vm, k, out, depth + 1)?;
                }
            }
            Obj::Code(c) => {
                out.u8(C_CODE);
                encode_nested(vm, c, out, depth + 1)?;
            }
            _ => return Err(format!("a '{}' constant", vm.type_name(v))),
        },
        Value::Undef | Value::NotImplemented => {
            return Err(format!("a '{}' constant", vm.type_name(v)))
        }
    }
    Ok(())
}

fn strings(inp: &mut In) -> Got<Vec<String>> {
    let n = inp.count()?;
    (0..n).map(|_| inp.str().map(str::to_string)).collect()
}

/// Decodes a code blob. Each code object (nested ones first) is verified,
/// and its shapes are recorded in `vm.pickle`.
pub fn decode_code(vm: &mut Vm, inp: &mut In) -> Got<Rc<Code>> {
    decode_nested(vm, inp, 0)
}

fn decode_nested(vm: &mut Vm, inp: &mut In, depth: usize) -> Got<Rc<Code>> {
    if depth > MAX_NESTING {
        return Err(Bad::new("code objects nested too deeply"));
    }
    let kind = *KINDS
        .get(inp.u8()? as usize)
        .ok_or_else(|| Bad::new("unknown code kind"))?;
    let name = inp.str()?.to_string();
    let qualname = inp.str()?.to_string();
    let filename: Rc<str> = inp.str()?.into();
    let first_line = inp.u32()?;
    let argcount = inp.u32()?;
    let kwonlycount = inp.u32()?;
    let flags = inp.u8()?;
    let doc = if flags & 4 != 0 {
        Some(inp.str()?.to_string())
    } else {
        None
    };
    let varnames = strings(inp)?;
    let cellvars = strings(inp)?;
    let freevars = strings(inp)?;
    let mut cell_params = Vec::with_capacity(cellvars.len());
    for _ in 0..cellvars.len() {
        cell_params.push(match inp.u32()? {
            0 => None,
            s => Some(s - 1),
        });
    }
    let n = inp.count()?;
    let mut names = Vec::with_capacity(n);
    for _ in 0..n {
        let s = inp.str()?;
        names.push(Value::Obj(vm.intern(s)));
    }
    let n = inp.count()?;
    let mut attr_sites = Vec::with_capacity(n);
    for _ in 0..n {
        attr_sites.push(AttrSite::new(inp.u32()?));
    }
    let n = inp.count()?;
    let mut consts = Vec::with_capacity(n);
    for _ in 0..n {
        consts.push(decode_const(vm, inp, depth)?);
    }
    let n = inp.count()?;
    let mut ops = Vec::with_capacity(n);
    for _ in 0..n {
        ops.push(decode_op(inp)?);
    }
    let runs = inp.count()?;
    let mut lines = Vec::with_capacity(ops.len());
    let mut line = first_line as i64;
    for _ in 0..runs {
        let count = inp.varint()?;
        line += inp.zigzag()?;
        let l = u32::try_from(line).map_err(|_| Bad::new("bad line table in code"))?;
        if count > (ops.len() - lines.len()) as u64 {
            return Err(Bad::new("bad line table in code"));
        }
        lines.extend(std::iter::repeat_n(l, count as usize));
    }
    let global_cache = (0..names.len()).map(|_| Cell::default()).collect();
    let code = Rc::new(Code {
        kind,
        name,
        qualname,
        filename,
        first_line,
        ops,
        lines,
        consts,
        names,
        argcount,
        kwonlycount,
        has_varargs: flags & 1 != 0,
        has_varkw: flags & 2 != 0,
        varnames,
        cellvars,
        cell_params,
        freevars,
        doc,
        global_cache,
        attr_sites: attr_sites.into_boxed_slice(),
    });
    vm.pickle
        .verify(&vm.heap, &code)
        .map_err(|e| Bad::new(format!("invalid code object {}: {e}", code.qualname)))?;
    Ok(code)
}

fn decode_const(vm: &mut Vm, inp: &mut In, depth: usize) -> Got<Value> {
    if depth > MAX_NESTING {
        return Err(Bad::new("constants nested too deeply"));
    }
    Ok(match inp.u8()? {
        C_NONE => Value::None,
        C_TRUE => Value::Bool(true),
        C_FALSE => Value::Bool(false),
        C_ELLIPSIS => Value::Ellipsis,
        C_INT => Value::Int(inp.zigzag()?),
        C_FLOAT => Value::Float(inp.f64()?),
        C_STR => {
            let s = inp.str()?;
            vm.new_str(s)
        }
        C_BYTES => {
            let b = inp.bytes()?;
            crate::objects::bytes::new_bytes(vm, b)
        }
        C_BIGINT => {
            let b = inp.bytes()?;
            vm.new_int(BigInt::from_signed_bytes_le(b))
        }
        C_TUPLE => {
            let n = inp.count()?;
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(decode_const(vm, inp, depth + 1)?);
            }
            vm.new_tuple(items)
        }
        C_FROZENSET => {
            let n = inp.count()?;
            let set = vm.heap.alloc(Obj::FrozenSet(Box::default()));
            for _ in 0..n {
                let item = decode_const(vm, inp, depth + 1)?;
                vm.dict_set(set, item, Value::None)
                    .map_err(|_| Bad::new("unhashable constant in code"))?;
            }
            Value::Obj(set)
        }
        C_CODE => {
            let c = decode_nested(vm, inp, depth + 1)?;
            vm.alloc(Obj::Code(c))
        }
        t => return Err(Bad::new(format!("unknown constant tag {t} in code"))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_tables_follow_the_enums() {
        for (i, b) in BINOPS.iter().enumerate() {
            assert_eq!(*b as usize, i);
        }
        for (i, c) in CMPOPS.iter().enumerate() {
            assert_eq!(*c as usize, i);
        }
    }
}
