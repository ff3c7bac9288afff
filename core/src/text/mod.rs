//! JSON text, validated without building a `serde_json::Value`: the groundwork of
//! `validate_str` (one pass over the bytes, a position for every violation).
//!
//! [`tape::read`] is the tokenizer: serde_json's grammar, its own stack (no
//! recursion), every value's span. Not public API yet: its shape follows the
//! validator that will read it.

pub mod tape;
