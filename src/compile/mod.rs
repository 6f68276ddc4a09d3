//! AST to bytecode: scope analysis, code generation, the `Code` object and the disassembler.

pub mod code;
pub mod opcode;
