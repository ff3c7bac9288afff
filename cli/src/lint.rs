//! One file's violations: file problems and message violations, each with its line and column.

use easemob_payload::report::Translated;
use easemob_payload::{Detail, Lang, Limits, RuleCode, Severity, Violation};

use crate::source::{FileProblem, SourceFile};

/// One violation found in a file: the validator's [`Violation`], placed at a line
/// and column, and read in the language the lint was asked for.
///
/// It dereferences to the [`Violation`] (`v.path`, `v.rule`, `v.severity`);
/// [`FileViolation::message`] and [`FileViolation::hint`] render in the lint's language.
///
/// ```
/// use easemob_payload::{Lang, Limits, RuleCode};
/// use easemob_payload_cli::{lint_source_in, source::SourceFile};
///
/// let file = SourceFile::new("m.json", "{\"to\": [\"u2\"],\n \"type\": \"txt\", \"body\": {}}".as_bytes().to_vec());
/// let report = lint_source_in(&file, false, &Limits::DEFAULT, Lang::Zh);
/// let v = &report.violations[0];
/// assert_eq!((v.path.as_str(), v.rule, v.line), ("/body/msg", RuleCode::Required, 2));
/// assert!(v.message().contains("缺少"), "{}", v.message());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileViolation {
    /// The message's position in an array or JSON Lines file; 0 for a single object.
    pub index: usize,
    /// 1-based line of the value the path points to (of the enclosing object for a missing member).
    pub line: usize,
    /// 1-based column, in characters (Unicode code points).
    pub column: usize,
    /// Byte offset into the file as given (BOM included).
    pub offset: usize,
    /// What is wrong, as the validator reports it (file problems too).
    pub violation: Violation,
    /// The language of [`FileViolation::message`] and [`FileViolation::hint`].
    pub lang: Lang,
}

impl FileViolation {
    /// One sentence, in the lint's language.
    pub fn message(&self) -> String {
        self.violation.message_in(self.lang)
    }

    /// How to fix it, in the lint's language, where there is more to say.
    pub fn hint(&self) -> Option<String> {
        self.violation.hint_in(self.lang)
    }
}

impl std::ops::Deref for FileViolation {
    type Target = Violation;

    fn deref(&self) -> &Violation {
        &self.violation
    }
}

/// Everything the linter found in one file.
///
/// ```
/// use easemob_payload::Limits;
/// use easemob_payload_cli::{lint_source, source::SourceFile};
///
/// let text = "{\"to\": [\"u2\"], \"type\": \"txt\", \"body\": {\"msg\": \"hi\"}}\n{\"to\": []}\n";
/// let report = lint_source(&SourceFile::new("m.jsonl", text.as_bytes().to_vec()), true, &Limits::DEFAULT);
/// assert_eq!((report.messages, report.valid, report.multi), (2, 1, true));
/// assert!(report.error_count() > 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileReport {
    /// The file's name as shown in reports.
    pub name: String,
    /// Whether the file holds several messages (an array, or JSON Lines), so `index` matters.
    pub multi: bool,
    /// Message objects found.
    pub messages: usize,
    /// Message objects without an error (file problems at their index included).
    pub valid: usize,
    /// Sorted by message index, then byte offset (ties keep the validator's path order).
    pub violations: Vec<FileViolation>,
}

impl FileReport {
    /// How many violations are errors.
    pub fn error_count(&self) -> usize {
        self.violations.iter().filter(|v| v.severity == Severity::Error).count()
    }

    /// How many violations are warnings.
    pub fn warning_count(&self) -> usize {
        self.violations.iter().filter(|v| v.severity == Severity::Warning).count()
    }
}

/// Lints one file: parses it (`json_lines` for `.jsonl` / `.ndjson`), turns its
/// file problems into violations, and validates each message under `limits`.
///
/// ```
/// use easemob_payload_cli::{lint_source, source::SourceFile};
/// let text = "{\n  \"to\": [\"u2\"],\n  \"type\": \"loc\",\n  \"body\": {\"lat\": 39.9, \"lng\": \"116.3\", \"addr\": \"中关村\"}\n}";
/// let file = SourceFile::new("loc.json", text.as_bytes().to_vec());
/// let report = lint_source(&file, false, &easemob_payload::Limits::DEFAULT);
/// let v = &report.violations[0];
/// assert_eq!((v.path.as_str(), v.rule.as_str(), v.line, v.column), ("/body/lat", "type", 4, 19));
/// assert_eq!((report.messages, report.valid), (1, 0));
/// ```
pub fn lint_source(file: &SourceFile, json_lines: bool, limits: &Limits) -> FileReport {
    lint_source_in(file, json_lines, limits, Lang::En)
}

/// [`lint_source`] with messages and hints in `lang`; rule codes, paths and
/// positions are the same in every language.
///
/// ```
/// use easemob_payload::{Lang, Limits};
/// use easemob_payload_cli::{lint_source_in, source::SourceFile};
/// let file = SourceFile::new("t.json", br#"{"to": [], "type": "txt", "body": {"msg": "hi"}}"#.to_vec());
/// let report = lint_source_in(&file, false, &Limits::DEFAULT, Lang::Zh);
/// assert_eq!(report.violations[0].message(), "`to` 为空数组；至少需要 1 个元素（服务器返回：`param to can't be empty`）");
/// ```
pub fn lint_source_in(file: &SourceFile, json_lines: bool, limits: &Limits, lang: Lang) -> FileReport {
    let parsed = file.parse(json_lines);
    let mut violations: Vec<FileViolation> =
        parsed.problems.into_iter().map(|p| problem_violation(file, p, lang)).collect();
    for message in &parsed.messages {
        for (v, offset) in message.validate(limits) {
            let (line, column) = file.line_col(offset);
            violations.push(FileViolation { index: message.index, line, column, offset, violation: v, lang });
        }
    }
    // Stable: violations at one offset (missing members of one object) keep the validator's path order.
    violations.sort_by_key(|v| (v.index, v.offset));
    let invalid = |index: usize| {
        let from = violations.partition_point(|v| v.index < index);
        violations[from..].iter().take_while(|v| v.index == index).any(|v| v.severity == Severity::Error)
    };
    let valid = parsed.messages.iter().filter(|m| !invalid(m.index)).count();
    FileReport {
        name: file.name.clone(),
        multi: json_lines || starts_with_array(file),
        messages: parsed.messages.len(),
        valid,
        violations,
    }
}

fn problem_violation(file: &SourceFile, p: FileProblem, lang: Lang) -> FileViolation {
    let (line, column) = file.line_col(p.offset);
    // The source module names exactly these three codes; `syntax` is the safe reading of anything else.
    let rule = RuleCode::parse(p.rule).unwrap_or(RuleCode::Syntax);
    let severity = if p.warning { Severity::Warning } else { Severity::Error };
    let both = |text: &crate::source::Text| (text.get(Lang::En).to_owned(), text.get(Lang::Zh).to_owned());
    let (en, zh) = both(&p.message);
    let hint = p.hint.as_ref().map(|h| {
        let (en, zh) = both(h);
        Box::new(Translated { en, zh })
    });
    // Messages of file problems are written out; none needs the value's name.
    let violation = Violation::new(p.path, String::new(), rule, severity, Detail::Text { en, zh, hint });
    FileViolation { index: p.index, line, column, offset: p.offset, violation, lang }
}

/// Whether the first non-blank byte after the BOM opens an array.
fn starts_with_array(file: &SourceFile) -> bool {
    let bytes = &file.bytes()[file.bom_len()..];
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'[')
}

/// Whether a file name means JSON Lines: `.jsonl` or `.ndjson` (any case).
///
/// ```
/// use easemob_payload_cli::lint::is_json_lines;
/// assert!(is_json_lines("a/b.NDJSON".as_ref()));
/// assert!(!is_json_lines("b.json".as_ref()));
/// ```
pub fn is_json_lines(name: &std::path::Path) -> bool {
    name.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}
