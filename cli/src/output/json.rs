//! The JSON format: one object, `{"summary": {...}, "violations": [...]}`.

use serde::Serialize;

use crate::lint::FileReport;
use crate::run::Summary;

/// One entry of `violations`, with the field order the format documents.
#[derive(Debug, Serialize)]
pub struct JsonViolation<'a> {
    /// The file's name as shown in reports.
    pub file: &'a str,
    /// The message's position in an array or JSON Lines file; 0 otherwise.
    pub index: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// JSON Pointer relative to the message.
    pub path: &'a str,
    /// The rule code.
    pub rule: &'static str,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// One English sentence.
    pub message: &'a str,
    /// The fix, left out when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<&'a str>,
}

/// The violations of one file as JSON entries.
pub fn violations(report: &FileReport) -> impl Iterator<Item = JsonViolation<'_>> {
    report.violations.iter().map(|v| JsonViolation {
        file: &report.name,
        index: v.index,
        line: v.line,
        column: v.column,
        path: &v.path,
        rule: v.rule.as_str(),
        severity: v.severity.as_str(),
        message: &v.message,
        hint: v.hint.as_deref(),
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
