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
    let mut found = Vec::new();
    let mut errors = Vec::new();
    each_target(paths, stdin_json_lines, |item| match item {
        Ok(target) => found.push(target),
        Err(error) => errors.push(error),
    });
    (found, errors)
}

/// [`targets`], one at a time as the walk finds them: in the same order, without
/// holding the list. Paths that do not exist come first; a folder is walked with
/// each directory's entries sorted by name, which is path order already, so a folder
/// of 100,000 files is linted as it is listed. Only when one command-line path lies
/// inside another (where a file could be found twice) is the list gathered, sorted
/// and rid of repeats first.
pub fn each_target(paths: &[PathBuf], stdin_json_lines: bool, mut on: impl FnMut(Result<Target, ReadError>)) {
    let mut stdin = false;
    let mut given: Vec<(&Path, bool)> = Vec::new();
    for (path, kind) in paths.iter().zip(kinds(paths)) {
        match kind {
            Kind::Stdin => stdin = true,
            Kind::File => given.push((path, false)),
            Kind::Folder => given.push((path, true)),
            Kind::Missing(error) => on(Err(error)),
        }
    }
    if stdin {
        on(Ok(Target { path: None, name: STDIN_NAME.to_owned(), json_lines: stdin_json_lines }));
    }
    given.sort_unstable();
    given.dedup();
    let nested = given.windows(2).any(|pair| pair[1].0.starts_with(pair[0].0));
    if !nested {
        for (path, is_folder) in given {
            if is_folder {
                walk(path, &mut on);
            } else {
                on(Ok(target(path.to_path_buf())));
            }
        }
        return;
    }
    let mut found = Vec::new();
    for (path, is_folder) in given {
        if is_folder {
            walk(path, &mut |item| match item {
                Ok(target) => found.push(target),
                Err(error) => on(Err(error)),
            });
        } else {
            found.push(target(path.to_path_buf()));
        }
    }
    found.par_sort_unstable();
    found.dedup_by(|a, b| a.path == b.path);
    found.into_iter().for_each(|target| on(Ok(target)));
}

/// What a command-line path is.
enum Kind {
    Stdin,
    File,
    Folder,
    Missing(ReadError),
}

/// Asking the file system what each path is costs a system call each: a pre-commit
/// hook passes thousands of file names, so ask in parallel.
fn kinds(paths: &[PathBuf]) -> Vec<Kind> {
    paths
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
        .collect()
}

/// Walks one folder in path order (each directory's entries sorted by name), handing
/// over the files with a lint extension and the walk's errors as they come.
///
/// The sequential walker: `ignore`'s parallel one measured no faster on two
/// cores (reading the files costs more than listing them), and this one keeps the
/// order.
fn walk(root: &Path, on: &mut impl FnMut(Result<Target, ReadError>)) {
    let walker = ignore::WalkBuilder::new(root).require_git(false).sort_by_file_name(|a, b| a.cmp(b)).build();
    for entry in walker {
        match entry {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if is_file && has_lint_extension(entry.path()) {
                    on(Ok(target(entry.into_path())));
                }
            }
            Err(error) => {
                let name = error_path(&error).unwrap_or(root);
                on(Err(ReadError { name: display(name), reason: error.to_string() }));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder whose names sort differently by string and by path component
    /// (`a-b.json` < `a/…` as strings, but `a` < `a-b.json` as components).
    fn tree(test: &str) -> PathBuf {
        let root = std::env::temp_dir().join(format!("easemob-payload-walk-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for file in ["a/x.json", "a/y/z.jsonl", "a-b.json", "a.json", "B.json", "b/c/d.json", "b/skip.txt"] {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("create");
            std::fs::write(path, "{}").expect("write");
        }
        root
    }

    fn names(paths: &[PathBuf]) -> Vec<String> {
        let mut streamed = Vec::new();
        each_target(paths, false, |item| streamed.push(item.expect("readable").name));
        streamed
    }

    #[test]
    fn a_folder_streams_in_path_order() {
        let root = tree("order");
        let streamed = names(std::slice::from_ref(&root));
        let mut sorted: Vec<PathBuf> = streamed.iter().map(PathBuf::from).collect();
        sorted.sort();
        assert_eq!(streamed, sorted.iter().map(|p| display(p)).collect::<Vec<_>>());
        let relative: Vec<String> =
            streamed.iter().map(|n| n.strip_prefix(&display(&root)).unwrap_or(n).to_owned()).collect();
        assert_eq!(relative, ["/B.json", "/a/x.json", "/a/y/z.jsonl", "/a-b.json", "/a.json", "/b/c/d.json"]);
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn paths_inside_others_are_listed_once_in_order() {
        let root = tree("nested");
        let paths =
            [root.join("b"), root.join("a.json"), root.join("a"), root.join("a/x.json"), root.join("a")];
        let relative: Vec<String> =
            names(&paths).iter().map(|n| n.strip_prefix(&display(&root)).unwrap_or(n).to_owned()).collect();
        assert_eq!(relative, ["/a/x.json", "/a/y/z.jsonl", "/a.json", "/b/c/d.json"]);
        let _ = std::fs::remove_dir_all(&root);
    }
}
