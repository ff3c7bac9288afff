//! What a violation found, kept as data so that its message is written only when
//! asked for, in the language asked for.

use serde_json::Value;

use crate::model::Bound;

/// What a violation found: the numbers, values and names its message needs.
///
/// Rendered by [`Violation::message_in`](super::Violation::message_in); match on it
/// to act on a violation without parsing its text.
///
/// ```
/// use easemob_payload::{Detail, validate};
/// use serde_json::json;
///
/// let report = validate(&json!({"to": ["u2"], "type": "audio", "body": {"url": "https://example.com/a.amr", "length": -3}}));
/// let found = report.iter().find_map(|v| match v.detail() {
///     Detail::BelowMinimum { value, min } => Some((value.clone(), min.to_string())),
///     _ => None,
/// });
/// assert_eq!(found, Some(("-3".to_owned(), "0".to_owned())));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Detail {
    /// The value has the wrong JSON type (`type`).
    WrongType {
        /// What the member takes.
        expected: Expected,
        /// What was found.
        found: Found,
        /// The fix, where the mistake is a common one.
        hint: Option<TypeHint>,
    },
    /// A required member is missing (`required`).
    Missing {
        /// Set when the object is the body of another call sent here by mistake.
        other_body: Option<OtherBodyText>,
    },
    /// A member required because another is present is missing (`required`).
    MissingWith {
        /// The member's own name.
        member: &'static str,
        /// The member whose presence requires it.
        because: &'static str,
    },
    /// A recommended member is missing (`recommended`).
    MissingRecommended {
        /// The member's own name.
        member: &'static str,
        /// Why it is recommended (English, from the model).
        reason: &'static str,
    },
    /// A member the object does not know (`unknownField`).
    Unknown {
        /// Why it is reported.
        kind: UnknownKind,
        /// The known member it is probably a typo of.
        suggestion: Option<&'static str>,
    },
    /// Too few members (`minProperties`).
    TooFewMembers {
        /// Members found.
        count: usize,
        /// The minimum.
        min: usize,
    },
    /// Too many members (`maxProperties`).
    TooManyMembers {
        /// Members found.
        count: usize,
        /// The maximum.
        max: usize,
    },
    /// A string too short (`minLength`), counted in characters.
    TooShort {
        /// Characters found.
        count: usize,
        /// The minimum.
        min: usize,
    },
    /// A string too long (`maxLength`), counted in characters.
    TooLong {
        /// Characters found.
        count: usize,
        /// The maximum.
        max: usize,
    },
    /// A string that does not match its pattern (`pattern`).
    NoMatch {
        /// The value, quoted and shortened.
        value: String,
        /// The pattern.
        pattern: &'static str,
        /// The characters it most likely trips on.
        hint: Option<PatternHint>,
    },
    /// Not the one allowed value (`const`).
    NotConst {
        /// The value, quoted and shortened.
        value: String,
        /// The allowed value.
        expected: &'static str,
    },
    /// Not one of the allowed values (`enum`).
    NotOneOf {
        /// What was found.
        found: Found,
        /// The allowed values, listed.
        allowed: String,
        /// The allowed value closest to a string found.
        suggestion: Option<&'static str>,
    },
    /// Upper-case letters in a user ID (`lowercase`).
    UpperCase {
        /// The value, quoted.
        value: String,
        /// Its lower-case form, quoted.
        lower: String,
    },
    /// A number below its minimum (`minimum`).
    BelowMinimum {
        /// The number as written.
        value: String,
        /// The minimum.
        min: Bound,
    },
    /// A number above its maximum (`maximum`).
    AboveMaximum {
        /// The number as written.
        value: String,
        /// The maximum.
        max: Bound,
    },
    /// Too few items (`minItems`).
    TooFewItems {
        /// Items found.
        count: usize,
        /// The minimum.
        min: usize,
    },
    /// Too many items (`maxItems`).
    TooManyItems {
        /// Items found.
        count: usize,
        /// The maximum per request.
        max: usize,
    },
    /// An item repeats an earlier one (`uniqueItems`).
    Repeat {
        /// The item, quoted.
        value: String,
        /// The earlier item's display name (`to[0]`).
        earlier: String,
    },
    /// `body` plus `ext` are too large (`maxBytes`).
    TooLarge {
        /// Their compact size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// Anything else, written out in each language.
    Text {
        /// The English message.
        en: String,
        /// The Chinese message.
        zh: String,
        /// The fix, in each language, where there is more to say.
        hint: Option<Box<Translated>>,
    },
}

/// A text written out in each language (of [`Detail::Text`]'s hint).
///
/// ```
/// use easemob_payload::report::Translated;
/// use easemob_payload::{Detail, Lang, RuleCode, Severity, Violation};
///
/// let hint = Translated { en: "remove the comma".into(), zh: "删除逗号".into() };
/// let detail = Detail::Text { en: "a trailing comma".into(), zh: "多余的逗号".into(), hint: Some(Box::new(hint)) };
/// let v = Violation::new(String::new(), String::new(), RuleCode::Syntax, Severity::Error, detail);
/// assert_eq!(v.hint_in(Lang::Zh).as_deref(), Some("删除逗号"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    /// In English.
    pub en: String,
    /// In Chinese.
    pub zh: String,
}

/// The JSON type a member takes.
///
/// ```
/// use easemob_payload::report::Expected;
/// use easemob_payload::{Detail, validate};
///
/// let report = validate(&serde_json::json!({"to": "u2", "type": "txt", "body": {"msg": "hi"}}));
/// assert!(matches!(report.violations()[0].detail(), Detail::WrongType { expected: Expected::Array, .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expected {
    /// A string.
    String,
    /// An integer.
    Integer,
    /// Any number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// An array.
    Array,
    /// An object.
    Object,
    /// Any value but `null`.
    Any,
}

/// A value found, summarised for a message.
///
/// ```
/// use easemob_payload::report::Found;
/// use easemob_payload::{Detail, validate};
///
/// let report = validate(&serde_json::json!({"to": ["u2"], "type": "txt", "body": {"msg": null}}));
/// assert!(matches!(report.violations()[0].detail(), Detail::WrongType { found: Found::Null, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Found {
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string, quoted and shortened to 40 characters.
    String(String),
    /// An array of this many items.
    Array(usize),
    /// An object with this many members.
    Object(usize),
}

impl Found {
    /// Summarises `value`.
    pub fn of(value: &Value) -> Found {
        match value {
            Value::Null => Found::Null,
            Value::Bool(b) => Found::Bool(*b),
            Value::Number(n) => Found::Number(n.to_string()),
            Value::String(s) => Found::String(quote(s)),
            Value::Array(a) => Found::Array(a.len()),
            Value::Object(o) => Found::Object(o.len()),
        }
    }
}

/// The fix for a common type mistake.
///
/// ```
/// use easemob_payload::report::TypeHint;
/// use easemob_payload::{Detail, validate};
///
/// let report = validate(&serde_json::json!({"to": "u2", "type": "txt", "body": {"msg": "hi"}}));
/// assert!(matches!(report.violations()[0].detail(), Detail::WrongType { hint: Some(TypeHint::WrapInArray { .. }), .. }));
/// assert_eq!(report.violations()[0].hint().as_deref(), Some("wrap it in an array: [\"u2\"]"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TypeHint {
    /// Leave the member out instead of sending `null`.
    LeaveOut {
        /// The member.
        member: String,
    },
    /// Quote the number or boolean: `"39.966"`.
    Quote {
        /// The member.
        member: String,
        /// The value to quote.
        text: String,
    },
    /// Remove the quotes around a number.
    Unquote {
        /// The member.
        member: String,
        /// The number.
        number: String,
    },
    /// Send a whole number.
    WholeNumber {
        /// The member.
        member: String,
        /// The value rounded.
        rounded: String,
    },
    /// Write `true`/`false` without quotes.
    UnquoteBoolean {
        /// `true` or `false`.
        text: String,
    },
    /// Wrap the string in an array.
    WrapInArray {
        /// The string, quoted.
        quoted: String,
    },
    /// The string holds a serialized JSON object: send the object.
    EncodedTwice {
        /// The member.
        member: String,
    },
}

/// Why an unknown member is reported.
///
/// ```
/// use easemob_payload::report::UnknownKind;
/// use easemob_payload::{Detail, validate};
///
/// let report = validate(&serde_json::json!({"to": ["u2"], "type": "txt", "body": {"msg": "hi"}, "ext": {"em_foo": 1}}));
/// assert!(matches!(report.violations()[0].detail(), Detail::Unknown { kind: UnknownKind::ReservedPrefix("em_"), .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum UnknownKind {
    /// The server ignores members it does not know.
    Ignored,
    /// The name has a prefix Easemob reserves (`em_`).
    ReservedPrefix(&'static str),
    /// Inside an object the server passes on unchecked: the member has no effect.
    NoEffect,
}

/// The characters a pattern most often trips on.
///
/// ```
/// use easemob_payload::report::PatternHint;
/// use easemob_payload::{Detail, validate};
///
/// let report = validate(&serde_json::json!({"to": ["user 2"], "type": "txt", "body": {"msg": "hi"}}));
/// assert!(matches!(report.violations()[0].detail(), Detail::NoMatch { hint: Some(PatternHint::Spaces), .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PatternHint {
    /// A trailing line break.
    TrailingLineBreak,
    /// Spaces.
    Spaces,
    /// Control characters.
    ControlCharacters,
}

impl PatternHint {
    /// The hint for `s`, if one applies.
    pub fn of(s: &str) -> Option<PatternHint> {
        if s.ends_with(['\n', '\r']) {
            Some(PatternHint::TrailingLineBreak)
        } else if s.contains(' ') {
            Some(PatternHint::Spaces)
        } else if s.chars().any(char::is_control) {
            Some(PatternHint::ControlCharacters)
        } else {
            None
        }
    }
}

/// The model's words for another call's body sent here (`#[payload(other_body(...))]`).
///
/// ```
/// use easemob_payload::{Detail, validate};
///
/// // The legacy `POST /messages` body, sent to this call by mistake.
/// let report = validate(&serde_json::json!({"target_type": "users", "target": ["u2"], "msg": {"type": "txt", "msg": "hi"}}));
/// let other = report.iter().find_map(|v| match v.detail() {
///     Detail::Missing { other_body: Some(other) } => Some(other.note),
///     _ => None,
/// });
/// assert!(other.is_some_and(|note| note.contains("target")));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OtherBodyText {
    /// What it is and how its members map, in English.
    pub note: &'static str,
    /// The fix, in English.
    pub hint: &'static str,
}

/// A string in double quotes, shortened to 40 characters.
pub(crate) fn quote(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        serde_json::to_string(s).unwrap_or_default()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{}…", serde_json::to_string(&head).unwrap_or_default())
    }
}
