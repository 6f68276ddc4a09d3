//! Source text to AST: the logos lexer, the layout layer, the lalrpop parser and syntax errors.

pub mod ast;
