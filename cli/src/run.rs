//! Linting many paths: walked, read and checked in parallel, reported in a stable order.
//!
//! Files are handled in chunks: the files of one chunk are read, linted and
//! rendered in parallel (rayon), then handed to the caller in path order and
//! dropped. So memory stays flat in the number of files: only one chunk of file
//! contents is alive at a time, and what the caller keeps is up to it.

use std::io::Read;
use std::path::PathBuf;

use easemob_payload::{Lang, Limits};
use rayon::prelude::*;

use crate::lint::{FileReport, lint_source_in};
use crate::source::SourceFile;
use crate::walk::{self, ReadError, Target};

/// Files per parallel chunk: enough to keep every core busy, few enough that
/// their contents stay small.
const CHUNK: usize = 512;

/// The first read's buffer: a typical fixture fits, so one read and one at the end suffice.
const READ_BUFFER: usize = 8 * 1024;

/// What a lint run needs to know besides the paths.
///
/// ```
/// use easemob_payload::{Lang, Limits};
/// use easemob_payload_cli::Options;
///
/// let options = Options { limits: Limits::private_deployment(), lang: Lang::Zh, ..Options::default() };
/// assert_eq!(options.limits.max_bytes, 3072);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// The limits messages are validated under (`--max-bytes`).
    pub limits: Limits,
    /// Read standard input (`-`) as JSON Lines instead of one JSON document.
    pub stdin_json_lines: bool,
    /// The language of messages and hints.
    pub lang: Lang,
}

/// The counts a lint run reports: files read, messages found, valid messages, errors and warnings.
///
/// ```
/// use easemob_payload_cli::{Options, lint_paths};
///
/// let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/examples");
/// let run = lint_paths(&[fixtures], &Options::default());
/// let s = run.summary;
/// assert!(s.files >= 8 && s.messages >= s.valid);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Files read.
    pub files: usize,
    /// Message objects found.
    pub messages: usize,
    /// Messages without an error.
    pub valid: usize,
    /// Violations of severity error.
    pub errors: usize,
    /// Violations of severity warning.
    pub warnings: usize,
}

impl Summary {
    /// Adds one file's counts.
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        self.messages += report.messages;
        self.valid += report.valid;
        self.errors += report.error_count();
        self.warnings += report.warning_count();
    }
}

/// One file's outcome, in path order.
///
/// ```
/// use easemob_payload_cli::{Options, Outcome, lint_each};
///
/// let mut unreadable = 0;
/// lint_each(&["no/such/file.json".into()], &Options::default(), |_, _| (), |outcome| {
///     if let Outcome::Unreadable(_) = outcome {
///         unreadable += 1;
///     }
/// });
/// assert_eq!(unreadable, 1);
/// ```
#[derive(Debug)]
pub enum Outcome<T> {
    /// The file was read and linted; `T` is what the per-file callback made of it.
    Linted(FileReport, T),
    /// The file could not be read.
    Unreadable(ReadError),
}

/// Everything a run found, for callers that want it all at once (tests, benches).
///
/// ```
/// use easemob_payload_cli::{Options, lint_paths};
///
/// let run = lint_paths(&["no/such/file.json".into()], &Options::default());
/// assert!(run.reports.is_empty());
/// assert_eq!(run.unreadable.len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LintRun {
    /// One report per file read, in path order.
    pub reports: Vec<FileReport>,
    /// Paths that could not be read, in the order met.
    pub unreadable: Vec<ReadError>,
    /// The totals.
    pub summary: Summary,
}

/// Lints `paths` (files, folders, `-` for standard input) and collects the results.
///
/// ```
/// use easemob_payload_cli::{lint_paths, Options};
/// let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/examples/txt.json");
/// let run = lint_paths(&[examples], &Options::default());
/// assert_eq!((run.summary.files, run.summary.messages, run.summary.valid), (1, 1, 1));
/// ```
pub fn lint_paths(paths: &[PathBuf], options: &Options) -> LintRun {
    let mut run = LintRun::default();
    lint_each(
        paths,
        options,
        |_, _| (),
        |outcome| match outcome {
            Outcome::Linted(report, ()) => {
                run.summary.add(&report);
                run.reports.push(report);
            }
            Outcome::Unreadable(error) => run.unreadable.push(error),
        },
    );
    run
}

/// Lints `paths`, calling `per_file` in parallel on each file while its text is
/// in memory (to render it, say), then `sink` on every outcome in path order.
///
/// Paths that do not exist come first, as [`Outcome::Unreadable`]; a file or folder
/// that cannot be read is reported where the walk meets it (before every file when
/// command-line paths lie inside one another and the list is gathered first). The files found are still
/// linted, a chunk at a time as the walk lists them, so memory stays flat however
/// many files a folder holds.
///
/// ```
/// use easemob_payload_cli::{Options, Outcome, lint_each};
///
/// let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/examples/txt.json");
/// let mut errors = Vec::new();
/// lint_each(&[fixtures], &Options::default(), |_, report| report.error_count(), |outcome| {
///     if let Outcome::Linted(_, count) = outcome {
///         errors.push(count);
///     }
/// });
/// assert_eq!(errors, [0]);
/// ```
pub fn lint_each<T: Send>(
    paths: &[PathBuf],
    options: &Options,
    per_file: impl Fn(&SourceFile, &FileReport) -> T + Sync,
    mut sink: impl FnMut(Outcome<T>),
) {
    let lint_one = |target: &Target| -> Outcome<T> {
        match read(target) {
            Ok(file) => {
                let report = lint_source_in(&file, target.json_lines, &options.limits, options.lang);
                let made = per_file(&file, &report);
                Outcome::Linted(report, made)
            }
            Err(error) => Outcome::Unreadable(error),
        }
    };
    // Files are linted a chunk at a time as the walk lists them, in parallel within
    // the chunk and reported in order: memory does not grow with the folder.
    let mut chunk: Vec<Target> = Vec::with_capacity(CHUNK);
    let flush = |chunk: &mut Vec<Target>, sink: &mut dyn FnMut(Outcome<T>)| {
        let outcomes: Vec<Outcome<T>> = chunk.par_iter().map(lint_one).collect();
        chunk.clear();
        outcomes.into_iter().for_each(sink);
    };
    // The walk lists the next chunk on its own thread while this one is linted: it
    // reads directories, and would otherwise leave the cores idle between chunks.
    std::thread::scope(|scope| {
        let (found, listed) = std::sync::mpsc::sync_channel(CHUNK);
        scope.spawn(move || {
            walk::each_target(paths, options.stdin_json_lines, |item| {
                // The receiver lives until every item is taken.
                let _ = found.send(item);
            });
        });
        for item in listed {
            match item {
                Ok(target) => {
                    chunk.push(target);
                    if chunk.len() == CHUNK {
                        flush(&mut chunk, &mut sink);
                    }
                }
                Err(error) => {
                    // What was listed before the error is reported before it.
                    flush(&mut chunk, &mut sink);
                    sink(Outcome::Unreadable(error));
                }
            }
        }
    });
    flush(&mut chunk, &mut sink);
}

/// Reads a whole file. Not `std::fs::read`: it first asks for the file's size
/// (two more system calls), which for small fixtures costs more than the read.
fn read_file(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(READ_BUFFER);
    std::fs::File::open(path)?.take(u64::MAX).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn read(target: &Target) -> Result<SourceFile, ReadError> {
    let bytes = match &target.path {
        Some(path) => read_file(path).map_err(|e| walk::read_error(path, &e))?,
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| walk::read_error(std::path::Path::new(walk::STDIN_NAME), &e))?;
            bytes
        }
    };
    Ok(SourceFile::new(target.name.clone(), bytes))
}
