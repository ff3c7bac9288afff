//! The file side of the linter: reading a fixture into messages, and positions.
//!
//! A fixture holds one message object, an array of message objects, or JSON Lines
//! (one message a line, for `.jsonl` / `.ndjson`; blank lines skipped). What only
//! a file can get wrong is reported as a [`FileProblem`] (`syntax`,
//! `duplicateKey`, `type`); the messages themselves are validated by the core crate.
//!
//! - `file`: [`SourceFile`], the bytes, and offset → line/column.
//! - `parse`: splitting a file into [`ParsedMessage`]s and [`FileProblem`]s. Each
//!   piece (the file, or a line) is read once by the core crate's tokenizer
//!   (`easemob_payload::text`), which also places violations and finds repeated
//!   member names; no `serde_json::Value` is built for a valid message.
//! - `syntax`: serde_json's syntax errors as an offset and a sentence (read again
//!   by serde_json only when the tokenizer has refused the text).
//!
//! Offsets are bytes into the file as given (a BOM included); columns count characters.

mod file;
mod parse;
mod syntax;
mod text;

#[cfg(test)]
mod tests;

pub use file::SourceFile;
// The parser's pieces, for the linter and the tests: a caller lints a `SourceFile`.
#[doc(hidden)]
pub use parse::{DUPLICATE_KEY, FileProblem, Parsed, ParsedMessage, SYNTAX, TYPE};
#[doc(hidden)]
pub use text::Text;
