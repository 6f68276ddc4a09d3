//! The `slate` command line.
fn main() {}
