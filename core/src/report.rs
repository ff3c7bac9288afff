//! Violations and the report that collects them.

use std::cmp::Ordering;
use std::fmt;

/// How bad a violation is.
///
/// A payload is valid when its report holds no [`Severity::Error`].
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
/// the rest name what JSON Schema cannot say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
}

impl RuleCode {
    /// Every code, in the order of [`RuleCode`]'s declaration.
    pub const ALL: [RuleCode; 19] = [
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
            RuleCode::UniqueItems => "uniqueItems",
            RuleCode::MaxBytes => "maxBytes",
            RuleCode::UnknownField => "unknownField",
            RuleCode::Recommended => "recommended",
            RuleCode::Lowercase => "lowercase",
            RuleCode::DuplicateKey => "duplicateKey",
            RuleCode::Syntax => "syntax",
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
        )
    }
}

impl fmt::Display for RuleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing wrong with a payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// RFC 6901 JSON Pointer to the offending value; for a missing member, where it would be.
    pub path: String,
    /// The rule that was broken.
    pub rule: RuleCode,
    /// Whether the server rejects it ([`Severity::Error`]) or it is only a likely mistake.
    pub severity: Severity,
    /// One English sentence naming the field, the limit and the value found.
    pub message: String,
    /// How to fix it, where there is something more to say than the message.
    pub hint: Option<String>,
}

impl fmt::Display for Violation {
    /// `error[maxItems] /to: ... (hint: ...)`, one line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() { "\"\"" } else { &self.path };
        write!(f, "{}[{}] {}: {}", self.severity, self.rule, path, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
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
    /// One line per violation; `valid` for an empty report.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.violations.is_empty() {
            return f.write_str("valid");
        }
        for (i, v) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

/// A report is the error of a failed build, so `?` can carry it into `Box<dyn Error>`.
impl std::error::Error for Report {}

/// Orders JSON Pointers segment by segment, numbers numerically, so `/to/2` comes before `/to/10`.
pub fn compare_pointers(a: &str, b: &str) -> Ordering {
    let mut left = a.split('/');
    let mut right = b.split('/');
    loop {
        match (left.next(), right.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let order = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(i), Ok(j)) => i.cmp(&j),
                    _ => x.cmp(y),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_sort_indices_numerically() {
        let mut paths = vec!["/to/10", "/body", "", "/to/2", "/to"];
        paths.sort_by(|a, b| compare_pointers(a, b));
        assert_eq!(paths, ["", "/body", "/to", "/to/2", "/to/10"]);
    }

    #[test]
    fn every_code_round_trips() {
        for code in RuleCode::ALL {
            assert_eq!(RuleCode::parse(code.as_str()), Some(code));
        }
    }
}
