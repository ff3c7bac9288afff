//! The JSON format: one object, `{"summary": {...}, "violations": [...]}`.

use std::io::{self, Write};

use easemob_payload::Violation;
use easemob_payload::report::InLang;
use serde::Serialize;

use super::spill::{self, Failure, Kept, indent, write_out};
use crate::lint::FileReport;
use crate::run::Summary;

/// One entry of `violations`: where it is in the files, then the validator's own
/// wire form of the violation (`path`, `rule`, `severity`, `message`, `hint`), so the
/// CLI and a service that serializes a `Report` write violations alike.
#[derive(Serialize)]
pub struct JsonViolation<'a> {
    /// The file's name as shown in reports.
    pub file: &'a str,
    /// The message's position in an array or JSON Lines file; 0 otherwise.
    pub index: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The violation, in the lint's language.
    #[serde(flatten)]
    pub violation: InLang<'a, Violation>,
}

/// The violations of one file as JSON entries.
pub fn violations(report: &FileReport) -> impl Iterator<Item = JsonViolation<'_>> {
    report.violations.iter().map(|v| JsonViolation {
        file: &report.name,
        index: v.index,
        line: v.line,
        column: v.column,
        violation: v.violation.in_lang(v.lang),
    })
}

/// The whole document, pretty-printed, with a final newline.
pub fn document(summary: &Summary, reports: &[FileReport]) -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        summary: &'a Summary,
        violations: Vec<JsonViolation<'a>>,
    }
    let doc = Document { summary, violations: reports.iter().flat_map(violations).collect() };
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}

/// One file's entries of `violations`, as [`document`] writes them (empty when it has
/// none): rendered where the file is linted, in parallel, and kept in a [`Spill`](super::spill::Spill)
/// until [`finish`] writes them behind the summary.
pub fn entries(report: &FileReport) -> io::Result<String> {
    // An entry sits two levels deep: in the document, in `violations`.
    spill::entries(violations(report), 2)
}

/// Writes [`document`] with the entries kept: the summary, then every violation.
/// Memory stays that of one chunk of files however many there are; the bytes are
/// [`document`]'s.
pub fn finish(kept: Kept, summary: &Summary, out: &mut dyn Write) -> Result<(), Failure> {
    let summary = serde_json::to_string_pretty(summary).map_err(|e| Failure::Kept(e.into()))?;
    let head = format!("{{\n  \"summary\": {},\n  \"violations\": [", indent(&summary, 1));
    write_out(out, head.as_bytes())?;
    if kept.is_empty() {
        write_out(out, b"]")?;
    } else {
        write_out(out, b"\n")?;
        kept.copy_to(out)?;
        write_out(out, b"\n  ]")?;
    }
    write_out(out, b"\n}\n")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use easemob_payload::Lang;

    use super::*;
    use crate::{Options, lint_paths};

    fn streamed(summary: &Summary, reports: &[FileReport]) -> String {
        let mut spill = spill::Spill::default();
        for report in reports {
            spill.push(&entries(report).unwrap()).unwrap();
        }
        let mut out = Vec::new();
        finish(spill.keep().unwrap(), summary, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_streamed_document_is_the_whole_document_byte_for_byte() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        for lang in [Lang::En, Lang::Zh] {
            let run = lint_paths(std::slice::from_ref(&data), &Options { lang, ..Options::default() });
            assert!(run.reports.iter().filter(|r| !r.violations.is_empty()).count() > 1);
            assert_eq!(streamed(&run.summary, &run.reports), document(&run.summary, &run.reports));
        }
        let nothing = Summary::default();
        assert_eq!(streamed(&nothing, &[]), document(&nothing, &[]));
    }
}
