//! Builtin object support: pure formatting and arithmetic helpers shared by the VM.

pub mod float;
pub mod format;
pub mod intfmt;
pub mod strutil;
