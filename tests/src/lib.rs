//! Cross-crate, property and differential tests of easemob-payload.
//!
//! Shared helpers for the test files live in modules here.

pub mod schema_diff;
pub mod support;
