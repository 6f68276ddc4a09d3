//! Operators and protocols on values (arithmetic, comparison, truth, repr/str, items, iteration), as natives see them.
//! (Stubs until the operator library lands.)

use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::value::Value;
use crate::vm::{Res, Vm};

pub fn repr(_vm: &mut Vm, _v: Value) -> Res<String> { todo!() }
pub fn str(_vm: &mut Vm, _v: Value) -> Res<String> { todo!() }
pub fn truthy(_vm: &mut Vm, _v: Value) -> Res<bool> { todo!() }
pub fn binary(_vm: &mut Vm, _op: BinOp, _a: Value, _b: Value) -> Res<Value> { todo!() }
pub fn inplace(_vm: &mut Vm, _op: BinOp, _a: Value, _b: Value) -> Res<Value> { todo!() }
pub fn unary(_vm: &mut Vm, _op: UnaryOp, _a: Value) -> Res<Value> { todo!() }
pub fn compare(_vm: &mut Vm, _op: CmpOp, _a: Value, _b: Value) -> Res<Value> { todo!() }
pub fn get_item(_vm: &mut Vm, _c: Value, _i: Value) -> Res<Value> { todo!() }
pub fn set_item(_vm: &mut Vm, _c: Value, _i: Value, _v: Value) -> Res<()> { todo!() }
pub fn del_item(_vm: &mut Vm, _c: Value, _i: Value) -> Res<()> { todo!() }
pub fn get_iter(_vm: &mut Vm, _v: Value) -> Res<Value> { todo!() }
pub fn iter_next(_vm: &mut Vm, _v: Value) -> Res<Option<Value>> { todo!() }
pub fn to_vec(_vm: &mut Vm, _v: Value) -> Res<Vec<Value>> { todo!() }
pub fn format_value(_vm: &mut Vm, _v: Value, _spec: &str) -> Res<String> { todo!() }
