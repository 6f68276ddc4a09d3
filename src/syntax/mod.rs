//! Source text to AST: the logos lexer, the layout layer, the lalrpop parser and syntax errors.
//!
//! The public surface is small: [`parse_module`] (source to [`ast::Module`] or a list of
//! [`SyntaxError`]s), [`parse_expression`] (for `eval`), [`is_incomplete`] for the REPL,
//! and [`render`] to show errors as miette reports.

pub mod ast;
pub mod error;
pub(crate) mod lexer;
pub mod parse;
pub(crate) mod token;

pub use error::{render, SyntaxError};
pub use parse::{is_incomplete, parse_expression, parse_module};
