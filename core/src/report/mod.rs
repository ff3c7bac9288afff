//! Violations and the report that collects them.
//!
//! A violation keeps what it found as data ([`Detail`]); its message and hint are
//! written only when asked for, in English ([`Violation::message`]) or in another
//! [`Lang`] ([`Violation::message_in`]). Validation never formats a sentence.

mod detail;
mod en;
mod lang;
mod wire;
mod zh;

use std::cmp::Ordering;
use std::fmt;

pub(crate) use detail::quote;
pub use detail::{Detail, Expected, Found, OtherBodyText, PatternHint, Translated, TypeHint, UnknownKind};
pub(crate) use en::found_noun as describe_found;
pub use lang::{Lang, UnknownLang};
pub use wire::{InLang, UnknownRuleCode, UnknownSeverity};
#[doc(hidden)] // for `explain` and the tests: the Chinese of the model's own texts
pub use zh::{MODEL_TEXTS, model_text};

/// How bad a violation is.
///
/// A payload is valid when its report holds no [`Severity::Error`].
///
/// ```
/// use easemob_payload::{Severity, validate};
///
/// let report = validate(&serde_json::json!({"to": ["User2"], "type": "txt", "body": {"msg": "hi"}}));
/// assert_eq!(report.violations()[0].severity, Severity::Warning); // accepted, but folded to lower case
/// assert!(report.is_valid());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The server rejects the request, or the documentation forbids it.
    Error,
    /// Documented as recommended, or almost certainly a mistake the server accepts silently.
    Warning,
}

impl Severity {
    /// The lower-case name used in every output format: `error` or `warning`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The stable code of a rule.
///
/// Where JSON Schema has a keyword for the constraint, the code is that keyword;
/// the rest name what JSON Schema cannot say. Codes are added as rules are (match
/// with a wildcard arm); a custom check of a type you declare carries its own
/// ([`RuleCode::Custom`]).
///
/// ```
/// use easemob_payload::{RuleCode, validate};
///
/// let report = validate(&serde_json::json!({"to": ["u2"], "type": "txt", "body": {}}));
/// let v = &report.violations()[0];
/// assert_eq!(v.rule, RuleCode::Required);
/// assert_eq!(v.rule.as_str(), "required"); // the JSON Schema keyword
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum RuleCode {
    /// The value has the wrong JSON type (or is `null`).
    Type,
    /// A required member is missing.
    Required,
    /// The value is not one of the allowed names.
    Enum,
    /// The value is not the one allowed constant.
    Const,
    /// The string does not match the rule's regular expression.
    Pattern,
    /// The string has too few characters (Unicode code points).
    MinLength,
    /// The string has too many characters (Unicode code points).
    MaxLength,
    /// The array has too few items.
    MinItems,
    /// The array has too many items.
    MaxItems,
    /// The object has too few members.
    MinProperties,
    /// The object has too many members.
    MaxProperties,
    /// The number is below the minimum.
    Minimum,
    /// The number is above the maximum.
    Maximum,
    /// An array item repeats an earlier one.
    UniqueItems,
    /// `body` plus `ext` serialize to more bytes than the server accepts.
    MaxBytes,
    /// A member the API does not know.
    UnknownField,
    /// A recommended member is missing.
    Recommended,
    /// A user ID has upper-case letters, which the server folds to lower case.
    Lowercase,
    /// A member name appears twice in one object (files only).
    DuplicateKey,
    /// The text is not JSON (files only).
    Syntax,
    /// A custom check's own code (`#[payload(check(rule = "orderTotal", ...))]` on a type you
    /// declare), when it is none of the built-in ones. Not in [`RuleCode::ALL`], and not
    /// parsed by [`RuleCode::parse`]: only the check that declares it reports it.
    Custom(&'static str),
}

impl RuleCode {
    /// Every built-in code, in the order of [`RuleCode`]'s declaration.
    pub const ALL: [RuleCode; 20] = [
        RuleCode::Type,
        RuleCode::Required,
        RuleCode::Enum,
        RuleCode::Const,
        RuleCode::Pattern,
        RuleCode::MinLength,
        RuleCode::MaxLength,
        RuleCode::MinItems,
        RuleCode::MaxItems,
        RuleCode::MinProperties,
        RuleCode::MaxProperties,
        RuleCode::Minimum,
        RuleCode::Maximum,
        RuleCode::UniqueItems,
        RuleCode::MaxBytes,
        RuleCode::UnknownField,
        RuleCode::Recommended,
        RuleCode::Lowercase,
        RuleCode::DuplicateKey,
        RuleCode::Syntax,
    ];

    /// The camelCase code, e.g. `minLength`.
    pub const fn as_str(self) -> &'static str {
        match self {
            RuleCode::Type => "type",
            RuleCode::Required => "required",
            RuleCode::Enum => "enum",
            RuleCode::Const => "const",
            RuleCode::Pattern => "pattern",
            RuleCode::MinLength => "minLength",
            RuleCode::MaxLength => "maxLength",
            RuleCode::MinItems => "minItems",
            RuleCode::MaxItems => "maxItems",
            RuleCode::MinProperties => "minProperties",
            RuleCode::MaxProperties => "maxProperties",
            RuleCode::Minimum => "minimum",
            RuleCode::Maximum => "maximum",
            RuleCode::UniqueItems => "uniqueItems",
            RuleCode::MaxBytes => "maxBytes",
            RuleCode::UnknownField => "unknownField",
            RuleCode::Recommended => "recommended",
            RuleCode::Lowercase => "lowercase",
            RuleCode::DuplicateKey => "duplicateKey",
            RuleCode::Syntax => "syntax",
            RuleCode::Custom(code) => code,
        }
    }

    /// Parses a camelCase code; `None` for an unknown one.
    ///
    /// ```
    /// use easemob_payload::RuleCode;
    /// assert_eq!(RuleCode::parse("maxItems"), Some(RuleCode::MaxItems));
    /// assert_eq!(RuleCode::parse("max_items"), None);
    /// ```
    pub fn parse(code: &str) -> Option<RuleCode> {
        RuleCode::ALL.into_iter().find(|c| c.as_str() == code)
    }

    /// The severity of this rule's violations where the model does not choose one (a
    /// rule's `severity = "warning"` option does): warnings for what the server accepts
    /// but is likely a mistake (a repeated recipient, an unknown or missing recommended
    /// member, upper case in a user ID), errors for the rest. `explain`, the docs and the
    /// tests read it from here.
    ///
    /// ```
    /// use easemob_payload::{RuleCode, Severity};
    /// assert_eq!(RuleCode::Lowercase.default_severity(), Severity::Warning);
    /// assert_eq!(RuleCode::MaxBytes.default_severity(), Severity::Error);
    /// ```
    pub const fn default_severity(self) -> Severity {
        match self {
            RuleCode::UniqueItems | RuleCode::UnknownField | RuleCode::Recommended | RuleCode::Lowercase => {
                Severity::Warning
            }
            _ => Severity::Error,
        }
    }

    /// One line: what the rule checks, in `lang` (what `explain`, the rules reference
    /// and SARIF show beside the code).
    ///
    /// ```
    /// use easemob_payload::{Lang, RuleCode};
    /// assert_eq!(RuleCode::Required.summary(Lang::En), "a required member is missing");
    /// assert_eq!(RuleCode::Required.summary(Lang::Zh), "缺少必填字段");
    /// ```
    pub fn summary(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => zh::summary(self),
            _ => en::summary(self),
        }
    }

    /// Whether JSON Schema has a keyword of this name (so the emitted schema can state it).
    pub const fn is_json_schema_keyword(self) -> bool {
        !matches!(
            self,
            RuleCode::MaxBytes
                | RuleCode::UnknownField
                | RuleCode::Recommended
                | RuleCode::Lowercase
                | RuleCode::DuplicateKey
                | RuleCode::Syntax
                | RuleCode::Custom(_)
        )
    }
}

impl fmt::Display for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing wrong with a payload.
///
/// ```
/// use easemob_payload::{Lang, RuleCode, validate};
/// let report = validate(&serde_json::json!({"to": [], "type": "txt", "body": {"msg": "hi"}}));
/// let v = &report.violations()[0];
/// assert_eq!((v.path.as_str(), v.rule), ("/to", RuleCode::MinItems));
/// assert_eq!(v.message(), "`to` is empty; at least 1 item is required (server: `param to can't be empty`)");
/// assert_eq!(v.message_in(Lang::Zh), "`to` 为空数组；至少需要 1 个元素（服务器返回：`param to can't be empty`）");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// RFC 6901 JSON Pointer to the offending value; for a missing member, where it would be.
    pub path: String,
    /// The rule that was broken.
    pub rule: RuleCode,
    /// Whether the server rejects it ([`Severity::Error`]) or it is only a likely mistake.
    pub severity: Severity,
    /// How messages name the value: `body.lat`, `to[3]`; empty for the message itself.
    subject: String,
    detail: Detail,
    /// The server's own error text for it, quoted verbatim in every language.
    server: Option<&'static str>,
    /// Why the rule matters (English, from the model; translated on rendering).
    why: Option<&'static str>,
    /// Where it is in the text, when validated from text ([`crate::validate_str`]).
    position: Option<Position>,
}

/// Where a violation is in the JSON text it was found in: the value its path names,
/// or for a missing member the object that lacks it.
///
/// ```
/// let text = "{\n  \"to\": [\"u2\"],\n  \"type\": \"loc\",\n  \"body\": {\"lat\": 39.9, \"lng\": \"116.3\", \"addr\": \"中关村\"}\n}";
/// let report = easemob_payload::validate_str(text);
/// let position = report.violations()[0].position().unwrap();
/// assert_eq!((position.line, position.column, position.offset), (4, 19, 53));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Byte offset into the text.
    pub offset: usize,
    /// 1-based line (lines end at `\n`).
    pub line: usize,
    /// 1-based column, in characters (Unicode code points).
    pub column: usize,
}

impl Violation {
    /// A violation at `path` (named `subject` in messages, `""` for the message itself) with what it found.
    pub fn new(
        path: String,
        subject: String,
        rule: RuleCode,
        severity: Severity,
        detail: Detail,
    ) -> Violation {
        Violation { path, rule, severity, subject, detail, server: None, why: None, position: None }
    }

    /// Where it is in the text it was validated from; `None` for a value validated
    /// as a `serde_json::Value` or a Rust value.
    pub fn position(&self) -> Option<Position> {
        self.position
    }

    /// The same violation, placed in its text.
    pub fn with_position(mut self, position: Position) -> Violation {
        self.position = Some(position);
        self
    }

    /// The same violation, quoting the server's error text (unless it already quotes one).
    pub fn with_server(mut self, text: Option<&'static str>) -> Violation {
        self.server = self.server.or(text);
        self
    }

    /// The same violation, with the rule's reason appended to its message.
    pub fn with_why(mut self, why: Option<&'static str>) -> Violation {
        self.why = why;
        self
    }

    /// What it found, as data.
    pub fn detail(&self) -> &Detail {
        &self.detail
    }

    /// How messages name the value (`body.lat`; empty for the message itself).
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The server's error text it quotes, if any.
    pub fn server_text(&self) -> Option<&'static str> {
        self.server
    }

    /// One English sentence naming the field, the limit and the value found.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// How to fix it, in English, where there is more to say than the message.
    pub fn hint(&self) -> Option<String> {
        self.hint_in(Lang::En)
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => en::message(self),
            Lang::Zh => zh::message(self),
        }
    }

    /// The hint in `lang`.
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        match lang {
            Lang::En => en::hint(self),
            Lang::Zh => zh::hint(self),
        }
    }

    /// Sets the server's text if none is quoted yet (for the validator's late quoting).
    pub(crate) fn quote_server(&mut self, text: &'static str) {
        self.server.get_or_insert(text);
    }

    /// Displays the violation in `lang`: `error[maxItems] /to: ...`.
    pub fn display_in(&self, lang: Lang) -> impl fmt::Display + '_ {
        Rendered { violation: self, lang }
    }
}

struct Rendered<'a> {
    violation: &'a Violation,
    lang: Lang,
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.violation;
        let path: String = if v.path.is_empty() {
            "\"\"".to_owned()
        } else {
            // One line: control characters in a member name are escaped.
            v.path
                .chars()
                .flat_map(|c| if c.is_control() { c.escape_default().collect() } else { vec![c] })
                .collect()
        };
        write!(f, "{}[{}] {}: {}", v.severity, v.rule, path, v.message_in(self.lang))?;
        if let Some(hint) = v.hint_in(self.lang) {
            match self.lang {
                Lang::En => write!(f, " (hint: {hint})")?,
                Lang::Zh => write!(f, "（提示：{hint}）")?,
            }
        }
        Ok(())
    }
}

impl fmt::Display for Violation {
    /// `error[maxItems] /to: ... (hint: ...)`, one line, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display_in(Lang::En).fmt(f)
    }
}

/// Every violation found in one payload, sorted by path.
///
/// ```
/// let report = easemob_payload::validate(&serde_json::json!({"to": [], "type": "txt"}));
/// assert!(!report.is_valid());
/// for v in report.iter() {
///     println!("{v}");
/// }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    violations: Vec<Violation>,
}

impl Report {
    /// A report of one error about the whole message, written out in each language
    /// (for what no rule of the model says, such as a value serde cannot serialize).
    pub fn whole_message_error(rule: RuleCode, en: String, zh: String) -> Report {
        let detail = Detail::Text { en, zh, hint: None };
        Report {
            violations: vec![Violation::new(String::new(), String::new(), rule, Severity::Error, detail)],
        }
    }

    /// Builds a report from violations, sorting them by path (array indices numerically).
    pub fn from_violations(mut violations: Vec<Violation>) -> Report {
        violations.sort_by(|a, b| compare_pointers(&a.path, &b.path));
        Report { violations }
    }

    /// `true` when no violation is an [`Severity::Error`]; warnings do not count.
    pub fn is_valid(&self) -> bool {
        self.error_count() == 0
    }

    /// `true` when there is no violation at all, not even a warning.
    pub fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// All violations, sorted by path.
    pub fn violations(&self) -> &[Violation] {
        &self.violations
    }

    /// All violations, sorted by path.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.violations.iter()
    }

    /// The violations of severity error.
    pub fn errors(&self) -> impl Iterator<Item = &Violation> {
        self.iter().filter(|v| v.severity == Severity::Error)
    }

    /// The violations of severity warning.
    pub fn warnings(&self) -> impl Iterator<Item = &Violation> {
        self.iter().filter(|v| v.severity == Severity::Warning)
    }

    /// How many errors.
    pub fn error_count(&self) -> usize {
        self.errors().count()
    }

    /// How many warnings.
    pub fn warning_count(&self) -> usize {
        self.warnings().count()
    }

    /// Takes the violations out.
    pub fn into_violations(self) -> Vec<Violation> {
        self.violations
    }

    /// One line per violation in `lang` (`valid` / `有效` for an empty report).
    ///
    /// ```
    /// use easemob_payload::{Lang, validate};
    /// let report = validate(&serde_json::json!({"to": ["u2"], "type": "text", "body": {"msg": "hi"}}));
    /// assert_eq!(
    ///     report.display_in(Lang::Zh).to_string(),
    ///     "error[enum] /type: `type` 的值为 \"text\"；必须是以下值之一：`txt`、`img`、`audio`、`video`、`file`、`loc`、`cmd`、`custom`（提示：是否想写 \"txt\"？）"
    /// );
    /// ```
    pub fn display_in(&self, lang: Lang) -> impl fmt::Display + '_ {
        RenderedReport { report: self, lang }
    }
}

struct RenderedReport<'a> {
    report: &'a Report,
    lang: Lang,
}

impl fmt::Display for RenderedReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.report.violations.is_empty() {
            return f.write_str(match self.lang {
                Lang::En => "valid",
                Lang::Zh => "有效",
            });
        }
        for (i, v) in self.report.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{}", v.display_in(self.lang))?;
        }
        Ok(())
    }
}

impl IntoIterator for Report {
    type Item = Violation;
    type IntoIter = std::vec::IntoIter<Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.into_iter()
    }
}

impl<'a> IntoIterator for &'a Report {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.violations.iter()
    }
}

impl fmt::Display for Report {
    /// One summary line, as an error message wants it: `valid`, `valid, 1 warning`, or
    /// `invalid: 2 errors, 1 warning; first: error[minItems] /to: ...`. With `{:#}`,
    /// every violation, one line each (`valid` for an empty report), in English.
    ///
    /// ```
    /// let report = easemob_payload::validate(&serde_json::json!({"to": [], "type": "txt", "body": {"msg": "hi"}}));
    /// assert!(report.to_string().starts_with("invalid: 1 error, 0 warnings; first: error[minItems] /to: "));
    /// assert_eq!(format!("{report:#}").lines().count(), 1);
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            return self.display_in(Lang::En).fmt(f);
        }
        let count = |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
        let warnings = count(self.warning_count(), "warning");
        match self.errors().next() {
            None if self.violations.is_empty() => f.write_str("valid"),
            None => write!(f, "valid, {warnings}"),
            Some(first) => {
                write!(f, "invalid: {}, {warnings}; first: {first}", count(self.error_count(), "error"))
            }
        }
    }
}

/// A report is the error of a failed build, so `?` can carry it into `Box<dyn Error>`.
impl std::error::Error for Report {}

/// Orders JSON Pointers segment by segment, numbers numerically, so `/to/2` comes before `/to/10`.
///
/// A [`Report`] lists its violations in this order.
///
/// ```
/// use easemob_payload::report::compare_pointers;
/// let mut paths = ["/to/10", "/body", "/to/2", ""];
/// paths.sort_by(|a, b| compare_pointers(a, b));
/// assert_eq!(paths, ["", "/body", "/to/2", "/to/10"]);
/// ```
pub fn compare_pointers(a: &str, b: &str) -> Ordering {
    // Segments both share from the start compare equal: only the first segment that
    // differs is compared (a report sorts dozens of `/to/123`-like pointers). Where it
    // compares equal all the same (`01` and `1`), the rest is compared in full.
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let start = a.as_bytes()[..common].iter().rposition(|&c| c == b'/').map_or(0, |slash| slash + 1);
    let order = compare_segments(segment_at(a, start), segment_at(b, start));
    if order != Ordering::Equal {
        return order;
    }
    let mut left = a[start..].split('/');
    let mut right = b[start..].split('/');
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let order = compare_segments(x, y);
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

/// The segment of pointer `s` that starts at byte `start`.
fn segment_at(s: &str, start: usize) -> &str {
    let rest = &s[start..];
    &rest[..rest.find('/').unwrap_or(rest.len())]
}

/// Array indices numerically, member names as text. Names that read as the same
/// number (`1`, `01`, `+1`) are still told apart by their text, so the order of a
/// report never depends on the order its violations were found in.
fn compare_segments(x: &str, y: &str) -> Ordering {
    match (x.parse::<u64>(), y.parse::<u64>()) {
        (Ok(i), Ok(j)) => i.cmp(&j).then_with(|| x.cmp(y)),
        _ => x.cmp(y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut agrees with comparing every segment, on every pair of pointers of up to
    /// three segments from an alphabet of the awkward cases.
    #[test]
    fn the_shortcut_compares_as_every_segment_would() {
        fn naive(a: &str, b: &str) -> Ordering {
            let (mut left, mut right) = (a.split('/'), b.split('/'));
            loop {
                match (left.next(), right.next()) {
                    (None, None) => return Ordering::Equal,
                    (None, Some(_)) => return Ordering::Less,
                    (Some(_), None) => return Ordering::Greater,
                    (Some(x), Some(y)) => match compare_segments(x, y) {
                        Ordering::Equal => {}
                        order => return order,
                    },
                }
            }
        }
        let segments = ["", "0", "01", "1", "10", "+1", "a", "ab", "中"];
        let mut pointers = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> =
                pointers.iter().flat_map(|p| segments.iter().map(move |s| format!("{p}/{s}"))).collect();
            pointers.extend(longer);
        }
        pointers.sort();
        pointers.dedup();
        for a in &pointers {
            for b in &pointers {
                assert_eq!(compare_pointers(a, b), naive(a, b), "{a:?} vs {b:?}");
            }
        }
    }

    #[test]
    fn pointers_sort_indices_numerically() {
        let mut paths = vec!["/to/10", "/body", "", "/to/2", "/to"];
        paths.sort_by(|a, b| compare_pointers(a, b));
        assert_eq!(paths, ["", "/body", "/to", "/to/2", "/to/10"]);
        // From the first segment that differs: numbers numerically, others as text.
        assert_eq!(compare_pointers("/ext/a/19", "/ext/a/2"), Ordering::Greater);
        assert_eq!(compare_pointers("/ext/中b", "/ext/中a"), Ordering::Greater);
        // The same number written two ways: told apart by the text, so a report's order
        // never depends on the order its violations were found in.
        assert_eq!(compare_pointers("/to/01", "/to/1"), Ordering::Less);
        assert_eq!(compare_pointers("/to/1", "/to/1"), Ordering::Equal);
        assert_eq!(compare_pointers("/to/1/x", "/to/10"), Ordering::Less);
    }

    /// Every variant, including arms the message model cannot reach (a `min_length` above 1,
    /// a user type's `TooFewMembers`), renders differently in each language, the Chinese
    /// with Chinese words in it.
    #[test]
    fn every_detail_renders_in_both_languages() {
        let other = OtherBodyText { note: "a note", hint: "a hint" };
        let details = [
            Detail::WrongType {
                expected: Expected::Integer,
                found: Found::String("\"1\"".into()),
                hint: None,
            },
            Detail::WrongType { expected: Expected::Object, found: Found::Null, hint: None },
            Detail::Missing { other_body: None },
            Detail::Missing { other_body: Some(other) },
            Detail::MissingWith { member: "b", because: "a" },
            Detail::MissingRecommended { member: "filename", reason: "a reason" },
            Detail::Unknown { kind: UnknownKind::Ignored, suggestion: Some("x") },
            Detail::Unknown { kind: UnknownKind::ReservedPrefix("em_"), suggestion: None },
            Detail::Unknown { kind: UnknownKind::NoEffect, suggestion: None },
            Detail::TooFewMembers { count: 0, min: 1 },
            Detail::TooFewMembers { count: 1, min: 2 },
            Detail::TooManyMembers { count: 17, max: 16 },
            Detail::TooShort { count: 0, min: 1 },
            Detail::TooShort { count: 1, min: 3 },
            Detail::TooLong { count: 65, max: 64 },
            Detail::NoMatch { value: "\"a b\"".into(), pattern: "^a$", hint: Some(PatternHint::Spaces) },
            Detail::NotConst { value: "\"X\"".into(), expected: "Y" },
            Detail::NotOneOf { found: Found::Number("3".into()), allowed: "1, 2".into(), suggestion: None },
            Detail::UpperCase { value: "\"A\"".into(), lower: "\"a\"".into() },
            Detail::BelowMinimum { value: "-1".into(), min: crate::model::Bound::Int(0) },
            Detail::AboveMaximum { value: "300".into(), max: crate::model::Bound::Int(255) },
            Detail::TooFewItems { count: 0, min: 1 },
            Detail::TooFewItems { count: 1, min: 2 },
            Detail::TooManyItems { count: 601, max: 600 },
            Detail::Repeat { value: "\"a\"".into(), earlier: "to[0]".into() },
            Detail::TooLarge { size: 5121, limit: 5120 },
        ];
        for detail in details {
            let v = Violation::new("/a".into(), "a".into(), RuleCode::Type, Severity::Error, detail);
            let (en, zh) = (v.message_in(Lang::En), v.message_in(Lang::Zh));
            assert_ne!(en, zh, "{v:?}");
            assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{zh}");
            assert_eq!(v.hint_in(Lang::En).is_some(), v.hint_in(Lang::Zh).is_some(), "{v:?}");
        }
    }

    #[test]
    fn every_code_round_trips() {
        for code in RuleCode::ALL {
            assert_eq!(RuleCode::parse(code.as_str()), Some(code));
        }
    }
}
