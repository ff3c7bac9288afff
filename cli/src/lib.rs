//! The `easemob-payload` linter as a library: lint fixture files of Easemob IM
//! "send a one-to-one message" request bodies and render the findings.
//!
//! - [`source`]: reading a file into messages, and byte offset → line/column.
//! - [`lint`]: one file's violations ([`lint_source`]), with positions.
//! - [`walk`]: command-line paths → files (folders walked, `.gitignore` honoured).
//! - [`run`]: many paths, read and checked in parallel ([`lint_paths`], [`lint_each`]).
//! - [`output`]: the human, JSON, GitHub and SARIF formats.
//! - [`explain`]: what each rule code means, where it comes from, how to fix it.
//! - [`app`]: the command line (`main.rs` only calls [`app::main`]).

pub mod app;
pub mod explain;
pub mod lint;
pub mod output;
pub mod run;
pub mod source;
pub mod walk;

pub use lint::{FileReport, FileViolation, lint_source, lint_source_in};
pub use run::{LintRun, Options, Outcome, Summary, lint_each, lint_paths};
