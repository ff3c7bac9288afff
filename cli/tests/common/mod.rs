//! Helpers shared by the command-line tests: run the binary, make temporary folders.

#![allow(dead_code)] // Each test file uses a different subset.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// What one run of the binary gave.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The tests' own copy of the repository's `examples/` lives in `tests/fixtures/` (a
/// package reads only its own files); the tests run the binary there, so `examples/...`
/// paths show as written in the README. The tests crate checks the copy is current.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

/// Runs `easemob-payload ARGS` in `dir` with `stdin` as standard input, without NO_COLOR,
/// in the C locale (English messages, whatever the machine's locale).
pub fn run_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    run_with_locale(dir, args, stdin, &[("LANG", "C")])
}

/// Runs the binary with the locale variables `LC_ALL`, `LC_MESSAGES` and `LANG`
/// removed, then `vars` set.
pub fn run_with_locale(dir: &Path, args: &[&str], stdin: &[u8], vars: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_easemob-payload"));
    command.env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    for (name, value) in vars {
        command.env(name, value);
    }
    let mut child = command
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("piped");
    input.write_all(stdin).expect("stdin is written");
    drop(input);
    let out = child.wait_with_output().expect("the binary ends");
    Run {
        code: out.status.code().expect("not killed by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs in the workspace root with empty standard input.
pub fn run(args: &[&str]) -> Run {
    run_in(&root(), args, b"")
}

/// Runs `lint --format json ARGS` in `dir` and parses the document.
pub fn lint_json_in(dir: &Path, args: &[&str], stdin: &[u8]) -> (i32, serde_json::Value) {
    let mut all = vec!["lint", "--format", "json"];
    all.extend_from_slice(args);
    let r = run_in(dir, &all, stdin);
    let doc = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    (r.code, doc)
}

/// `lint --format json` on one in-memory file named `name`, written to a fresh folder.
pub fn lint_text(name: &str, bytes: &[u8], extra: &[&str]) -> (i32, serde_json::Value) {
    let dir = TempDir::new();
    dir.write(name, bytes);
    let mut args = vec![name];
    args.extend_from_slice(extra);
    lint_json_in(dir.path(), &args, b"")
}

/// `(line, column, path, rule)` of every violation of a JSON document.
pub fn places(doc: &serde_json::Value) -> Vec<(u64, u64, String, String)> {
    doc["violations"]
        .as_array()
        .expect("violations is an array")
        .iter()
        .map(|v| {
            (
                v["line"].as_u64().unwrap(),
                v["column"].as_u64().unwrap(),
                v["path"].as_str().unwrap().to_owned(),
                v["rule"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// A folder under the system's temporary folder, removed on drop.
pub struct TempDir(PathBuf);

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl TempDir {
    pub fn new() -> TempDir {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("easemob-payload-cli-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `bytes` to `relative`, creating folders.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("parent dir");
        }
        std::fs::write(&path, bytes).expect("file written");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A valid txt message.
pub const VALID: &str = r#"{"from": "user1", "to": ["user2"], "type": "txt", "body": {"msg": "hello"}}"#;
