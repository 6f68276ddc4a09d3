//! Slate: a Python-like scripting language with Stackless-Python tasklets.

pub mod objects;
pub mod syntax;
