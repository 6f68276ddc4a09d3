//! The disassembler behind `slate --dis`: one line per instruction, nested code objects after their parent.

use std::fmt::Write;

use crate::compile::code::Code;
use crate::compile::opcode::Op;
use crate::objects::Obj;
use crate::vm::Vm;

/// Renders `code` and every code object among its constants.
pub fn disassemble(vm: &mut Vm, code: &Code) -> String {
    let mut out = String::new();
    let mut pending = vec![];
    let _ = writeln!(
        out,
        "Disassembly of <code {} from {}, line {}>:",
        code.qualname, code.filename, code.first_line
    );
    let mut last_line = 0;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.lines[i];
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let note = match op {
            Op::LoadConst(c) => {
                let v = code.consts[*c as usize];
                if let Some(r) = v.as_obj() {
                    if let Obj::Code(inner) = vm.heap.get(r) {
                        pending.push(inner.clone());
                        format!("(<code {}>)", inner.qualname)
                    } else {
                        format!("({})", crate::objects::ops::repr(vm, v).unwrap_or_default())
                    }
                } else {
                    format!("({})", crate::objects::ops::repr(vm, v).unwrap_or_default())
                }
            }
            Op::LoadGlobal(n)
            | Op::StoreGlobal(n)
            | Op::DeleteGlobal(n)
            | Op::LoadName(n)
            | Op::StoreName(n)
            | Op::DeleteName(n)
            | Op::DeleteAttr(n)
            | Op::ImportName(n)
            | Op::ImportFrom(n) => {
                format!("({})", vm.str_of(code.names[*n as usize]).unwrap_or("?"))
            }
            Op::LoadAttr(n) | Op::StoreAttr(n) | Op::LoadMethod(n) => {
                let name = code.names[code.attr_sites[*n as usize].name as usize];
                format!("({})", vm.str_of(name).unwrap_or("?"))
            }
            Op::LoadFast(s)
            | Op::StoreFast(s)
            | Op::DeleteFast(s)
            | Op::LoadDeref(s)
            | Op::StoreDeref(s)
            | Op::DeleteDeref(s)
            | Op::LoadClosure(s) => {
                let names: Vec<&String> = code
                    .varnames
                    .iter()
                    .chain(&code.cellvars)
                    .chain(&code.freevars)
                    .collect();
                format!(
                    "({})",
                    names.get(*s as usize).map(|s| s.as_str()).unwrap_or("?")
                )
            }
            _ => String::new(),
        };
        let _ = writeln!(out, "{line_col} {i:>6} {op:?} {note}");
    }
    for inner in pending {
        out.push('\n');
        out.push_str(&disassemble(vm, &inner));
    }
    out
}
