//! `set` and `frozenset` methods.
use crate::objects::types::Method;
pub const METHODS: &[Method] = &[];
pub const FROZEN_METHODS: &[Method] = &[];
