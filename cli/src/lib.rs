//! The `easemob-payload` linter as a library: lint fixture files of Easemob IM
//! "send a one-to-one message" request bodies and render the findings.
//!
//! - [`source`]: reading a file into messages, and byte offset → line/column.
//! - [`lint`]: one file's violations ([`lint_source`]), with positions.
//! - [`run`]: many paths (folders walked, `.gitignore` honoured), read and checked in
//!   parallel ([`lint_paths`], [`lint_each`]).
//!
//! The binary's own parts (`app`: the command line; `output`: the human, JSON, GitHub
//! and SARIF formats; `explain`; `walk`) are public for it and the tests, but hidden.
//!
//! ```
//! use easemob_payload::Limits;
//! use easemob_payload_cli::{lint_source, source::SourceFile};
//!
//! let file = SourceFile::new("m.json", br#"{"to": ["u2"], "type": "loc", "body": {"lat": 1, "lng": "2", "addr": "x"}}"#.to_vec());
//! let report = lint_source(&file, false, &Limits::DEFAULT);
//! let v = &report.violations[0];
//! assert_eq!((v.path.as_str(), v.line, v.column), ("/body/lat", 1, 47));
//! ```

// The binary's own parts (argument parsing, `explain`, the output formats, the folder
// walk) are public for it and for the tests, not as API: linting is `lint_source`,
// `lint_paths` and `lint_each`.
#[doc(hidden)]
pub mod app;
#[doc(hidden)]
pub mod explain;
pub mod lint;
#[doc(hidden)]
pub mod output;
pub mod run;
pub mod source;
#[doc(hidden)]
pub mod walk;

pub use lint::{FileReport, FileViolation, lint_source, lint_source_in};
pub use run::{LintRun, Options, Outcome, Summary, lint_each, lint_paths};
