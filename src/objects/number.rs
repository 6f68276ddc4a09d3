//! `int` and `float` methods.
use crate::objects::types::Method;
pub const INT_METHODS: &[Method] = &[];
pub const FLOAT_METHODS: &[Method] = &[];
