//! The dispatch loop.
