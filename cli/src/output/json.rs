//! The JSON format: one object, `{"summary": {...}, "violations": [...]}`.

use easemob_payload::Violation;
use easemob_payload::report::InLang;
use serde::Serialize;

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
