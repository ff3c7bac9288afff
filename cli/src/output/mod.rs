//! The output formats of `easemob-payload lint`.
//!
//! - [`human`]: rustc-style diagnostics with source lines, and a summary line.
//! - [`json`]: one JSON document with the summary and every violation.
//! - [`github`]: GitHub Actions workflow commands (annotations on the pull request).
//! - [`sarif`]: SARIF 2.1.0 for GitHub code scanning.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod spill;

/// Which format `--format` asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// rustc-style diagnostics with the source line and a caret.
    #[default]
    Human,
    /// `{"summary": {...}, "violations": [...]}`.
    Json,
    /// `::error file=…,line=…,col=…,title=…::…` workflow commands.
    Github,
    /// SARIF 2.1.0.
    Sarif,
}
