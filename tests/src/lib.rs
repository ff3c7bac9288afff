//! Cross-crate, property and differential tests live in `tests/`.
