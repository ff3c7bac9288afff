//! The JSON format: one object, `{"summary": {...}, "violations": [...]}`.

use std::io::{self, Write};

use easemob_payload::Violation;
use easemob_payload::report::InLang;
use serde::Serialize;

use super::spill::{self, Spill, indent};
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

/// [`document`] written as the files are linted: each file's entries go aside as it
/// is linted ([`Spill`]), and follow the summary once every file is counted. Memory
/// stays that of one file's report however many files there are; the bytes are
/// [`document`]'s.
#[derive(Default)]
pub struct Streamed {
    entries: Spill,
}

/// One file's entries of `violations`, as [`document`] writes them (empty when it has
/// none): rendered where the file is linted, in parallel, and kept by [`Streamed::add`].
pub fn entries(report: &FileReport) -> String {
    // An entry sits two levels deep: in the document, in `violations`.
    spill::entries(violations(report), 2)
}

impl Streamed {
    /// Keeps one file's [`entries`].
    pub fn add(&mut self, entries: &str) -> io::Result<()> {
        if entries.is_empty() { Ok(()) } else { self.entries.push(",\n", entries) }
    }

    /// Writes the document: the summary, then every violation kept.
    pub fn finish(self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let summary = serde_json::to_string_pretty(summary)?;
        write!(out, "{{\n  \"summary\": {},\n  \"violations\": [", indent(&summary, 1))?;
        if self.entries.count() == 0 {
            out.write_all(b"]")?;
        } else {
            out.write_all(b"\n")?;
            self.entries.copy_to(out)?;
            out.write_all(b"\n  ]")?;
        }
        out.write_all(b"\n}\n")
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use easemob_payload::Lang;

    use super::*;
    use crate::{Options, lint_paths};

    fn streamed(summary: &Summary, reports: &[FileReport]) -> String {
        let mut document = Streamed::default();
        for report in reports {
            document.add(&entries(report)).unwrap();
        }
        let mut out = Vec::new();
        document.finish(summary, &mut out).unwrap();
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
