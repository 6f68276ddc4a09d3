//! Slate: a Python-like scripting language with Stackless-Python tasklets.

pub mod compile;
pub mod doctest;
pub mod modules;
pub mod objects;
pub mod pickle;
pub mod repl;
pub mod run;
pub mod syntax;
pub mod tasklets;
pub mod vm;
