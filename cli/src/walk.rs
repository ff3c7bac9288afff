//! Turning command-line paths into the list of files to lint.
//!
//! A file named on the command line is linted whatever its extension (as
//! ripgrep searches a file it is given). A folder is walked recursively for
//! `.json`, `.jsonl` and `.ndjson` files with the `ignore` crate's standard
//! filters: `.gitignore` (also outside a Git repository, so an exported tree
//! lints like its checkout), `.ignore`, the global Git excludes, and hidden
//! files and folders skipped.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::lint::is_json_lines;

/// The extensions a folder walk picks up.
const EXTENSIONS: [&str; 3] = ["json", "jsonl", "ndjson"];

/// One file to lint.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Target {
    /// Where to read it; `None` for standard input.
    pub path: Option<PathBuf>,
    /// The name shown in reports.
    pub name: String,
    /// Whether it is read as JSON Lines.
    pub json_lines: bool,
}

/// A path that could not be read (or walked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The path as shown in reports.
    pub name: String,
    /// Why, as the operating system says it.
    pub reason: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot read `{}`: {}", self.name, self.reason)
    }
}

/// The name standard input is shown under.
pub const STDIN_NAME: &str = "<stdin>";

/// Expands `paths` (`-` is standard input) into targets, sorted by path (standard
/// input first) without repeats, and the paths that could not be read.
pub fn targets(paths: &[PathBuf], stdin_json_lines: bool) -> (Vec<Target>, Vec<ReadError>) {
    enum Kind {
        Stdin,
        File,
        Folder,
        Missing(ReadError),
    }
    // Asking the file system what each path is costs a system call each: a
    // pre-commit hook passes thousands of file names, so ask in parallel.
    let kinds: Vec<Kind> = paths
        .par_iter()
        .map(|path| {
            if path.as_os_str() == "-" {
                return Kind::Stdin;
            }
            match std::fs::metadata(path) {
                Err(error) => Kind::Missing(read_error(path, &error)),
                Ok(meta) if meta.is_dir() => Kind::Folder,
                Ok(_) => Kind::File,
            }
        })
        .collect();
    let mut found = Vec::new();
    let mut errors = Vec::new();
    let mut folders = Vec::new();
    for (path, kind) in paths.iter().zip(kinds) {
        match kind {
            Kind::Stdin => {
                found.push(Target { path: None, name: STDIN_NAME.to_owned(), json_lines: stdin_json_lines })
            }
            Kind::File => found.push(target(path.clone())),
            Kind::Folder => folders.push(path.as_path()),
            Kind::Missing(error) => errors.push(error),
        }
    }
    for folder in folders {
        walk(folder, &mut found, &mut errors);
    }
    // `Option<PathBuf>` orders `None` (standard input) first, then paths component by component.
    found.par_sort_unstable();
    found.dedup_by(|a, b| a.path == b.path);
    (found, errors)
}

/// Walks one folder, collecting the files with a lint extension and the walk's errors.
///
/// The sequential walker: `ignore`'s parallel one measured no faster on two
/// cores (reading the files costs more than listing them), and this one reports
/// walk errors in a stable order.
fn walk(root: &Path, found: &mut Vec<Target>, errors: &mut Vec<ReadError>) {
    for entry in ignore::WalkBuilder::new(root).require_git(false).build() {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if is_file && has_lint_extension(entry.path()) {
                    found.push(target(entry.into_path()));
                }
            }
            Err(error) => {
                let name = error_path(&error).unwrap_or(root);
                errors.push(ReadError { name: display(name), reason: error.to_string() });
            }
        }
    }
}

/// The path an `ignore` error is about, where it says.
fn error_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => error_path(err),
        _ => None,
    }
}

fn has_lint_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

fn target(path: PathBuf) -> Target {
    Target { name: display(&path), json_lines: is_json_lines(&path), path: Some(path) }
}

/// The name of a path in reports: as given, with `/` as separator on every platform.
pub fn display(path: &Path) -> String {
    let name = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '/' {
        name.into_owned()
    } else {
        name.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

/// A [`ReadError`] from an I/O error.
pub fn read_error(path: &Path, error: &std::io::Error) -> ReadError {
    ReadError { name: display(path), reason: io_reason(error) }
}

/// The OS's sentence without Rust's " (os error N)" suffix.
fn io_reason(error: &std::io::Error) -> String {
    let text = error.to_string();
    match text.find(" (os error") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}
