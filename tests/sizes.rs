//! Sizes that matter for speed and memory, asserted (DESIGN.md: "Sizes that matter are asserted in tests").

use slate::compile::opcode::Op;
use slate::vm::value::Value;

#[test]
fn value_is_at_most_16_bytes() {
    assert!(std::mem::size_of::<Value>() <= 16);
}

#[test]
fn an_instruction_is_8_bytes() {
    assert_eq!(std::mem::size_of::<Op>(), 8);
}
