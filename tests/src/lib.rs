//! Cross-crate, property and differential tests of easemob-payload.
//!
//! Shared helpers for the test files live in modules here.

pub mod arbitrary;
pub mod config;
pub mod files;
pub mod generators;
pub mod hostile;
pub mod model_codes;
pub mod model_strings;
pub mod mutators;
pub mod push_gen;
pub mod schema_diff;
pub mod support;
