//! Each published crate reads only files inside its own package, so the repository's
//! `examples/` is copied into the crates that need it; the copies must stay current.

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).expect("under dir").to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn same_files(original: &Path, copy: &Path, only_top_level_json: bool) {
    let mut expected = files(original);
    if only_top_level_json {
        expected.retain(|p| p.components().count() == 1 && p.extension().is_some_and(|e| e == "json"));
    }
    assert_eq!(files(copy), expected, "{} lists other files than {}", copy.display(), original.display());
    for name in expected {
        let a = std::fs::read(original.join(&name)).expect("readable");
        let b = std::fs::read(copy.join(&name)).expect("readable");
        assert!(
            a == b,
            "{} differs from {}: copy it again",
            copy.join(&name).display(),
            original.join(&name).display()
        );
    }
}

#[test]
fn the_cli_fixtures_are_the_repository_examples() {
    let root = workspace();
    same_files(&root.join("examples"), &root.join("cli/tests/fixtures/examples"), false);
}

#[test]
fn the_schema_examples_are_the_repository_examples() {
    let root = workspace();
    same_files(&root.join("examples"), &root.join("schema/examples"), true);
}
