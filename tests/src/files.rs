//! Helpers for the file-side tests: lint bytes as a file, and check that every
//! position the linter reports lies inside the file.

use easemob_payload::Limits;
use easemob_payload_cli::lint::FileReport;
use easemob_payload_cli::lint_source;
use easemob_payload_cli::source::SourceFile;

/// Lints `bytes` as a file named `name` (JSON Lines when it ends in `.jsonl`).
pub fn lint_bytes(name: &str, bytes: Vec<u8>) -> (SourceFile, FileReport) {
    let file = SourceFile::new(name, bytes);
    let report = lint_source(&file, name.ends_with(".jsonl"), &Limits::DEFAULT);
    (file, report)
}

/// The first violation whose position is outside the file, described; `None` if all are inside.
///
/// Inside: the offset is at most the file length; the line is 1 to the number of
/// lines; the column is 1 to one past the end of that line (counted in bytes, an
/// upper bound of its characters that holds for invalid UTF-8 too).
pub fn position_outside(file: &SourceFile, report: &FileReport) -> Option<String> {
    let bytes = file.bytes();
    let widths: Vec<usize> = bytes.split(|b| *b == b'\n').map(<[u8]>::len).collect();
    report.violations.iter().find_map(|v| {
        let width = v.line.checked_sub(1).and_then(|l| widths.get(l)).copied();
        let inside = v.offset <= bytes.len() && width.is_some_and(|w| (1..=w + 1).contains(&v.column));
        (!inside).then(|| {
            format!(
                "{} {} at offset {} line {} column {}: the file has {} bytes and {} lines, that line {width:?} bytes",
                v.rule,
                v.path,
                v.offset,
                v.line,
                v.column,
                bytes.len(),
                widths.len()
            )
        })
    })
}
