//! `tuple` methods.
use crate::objects::types::Method;
pub const METHODS: &[Method] = &[];
