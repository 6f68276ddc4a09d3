//! Builtin modules (`builtins`, `sys`, `time`, `math`, …) and their registration.

pub mod builtins;

use crate::vm::Vm;

/// Registers the builtin modules in `sys.modules`.
pub fn install_builtin_modules(_vm: &mut Vm) {}
