//! AST to bytecode: scope analysis, code generation, the `Code` object and the disassembler.

pub mod code;
pub mod codegen;
pub mod disasm;
pub mod opcode;
pub mod scope;

use crate::syntax::ast::Span;

/// An error found while compiling (reported as a SyntaxError).
#[derive(Debug)]
pub struct CompileError {
    pub message: String,
    pub span: Span,
}
