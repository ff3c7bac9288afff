//! The `easemob-payload` command-line linter.

fn main() {}
