//! English messages and hints.

use super::detail::{Detail, Expected, Found, PatternHint, TypeHint, UnknownKind};
use super::{RuleCode, Violation};

pub(super) fn message(v: &Violation) -> String {
    let name = if v.subject.is_empty() { "the message" } else { v.subject.as_str() };
    let mut out = match &v.detail {
        Detail::WrongType { expected, found: Found::Null, .. } => {
            format!("`{name}` is null; it must be {} (null is never accepted)", expected_noun(*expected))
        }
        Detail::WrongType { expected, found, .. } => {
            format!("`{name}` must be {}, found {}", expected_noun(*expected), found_noun(found))
        }
        Detail::Missing { other_body } => {
            let mut text = format!("`{name}` is missing; it is required");
            if let Some(other) = other_body {
                text.push_str(". ");
                text.push_str(other.note);
            }
            text
        }
        Detail::MissingWith { because, .. } => {
            format!("`{name}` is missing; it is required when `{}` is present", sibling(name, because))
        }
        Detail::MissingRecommended { reason, .. } => {
            format!("`{name}` is missing; it is recommended: {reason}")
        }
        Detail::Unknown { kind: UnknownKind::ReservedPrefix(prefix), .. } => format!(
            "`{name}` is not a known member: the `{prefix}` prefix is reserved by Easemob, and the server ignores names it does not know"
        ),
        Detail::Unknown { kind: UnknownKind::NoEffect, .. } => {
            format!("`{name}` is not a known member; it has no effect")
        }
        Detail::Unknown { .. } => format!("`{name}` is not a known member; the server ignores it"),
        Detail::TooFewMembers { count: 0, min } => {
            format!("`{name}` is an empty object; it needs at least {}", plural(*min, "member"))
        }
        Detail::TooFewMembers { count, min } => {
            format!("`{name}` has {count} members; at least {min} are required")
        }
        Detail::TooManyMembers { count, max } => {
            format!("`{name}` has {count} members; at most {max} are allowed")
        }
        Detail::TooShort { count: 0, min } => {
            let needed =
                if *min == 1 { "1 character is".to_owned() } else { format!("{min} characters are") };
            format!("`{name}` is empty; at least {needed} required")
        }
        Detail::TooShort { count, min } => {
            format!("`{name}` has {}; at least {min} required", plural(*count, "character"))
        }
        Detail::TooLong { count, max } => {
            format!("`{name}` has {count} characters; at most {max} are allowed")
        }
        Detail::NoMatch { value, pattern, .. } => {
            format!("`{name}` is {value}, which does not match `{pattern}`")
        }
        Detail::NotConst { value, expected } => {
            format!("`{name}` is {value}; the only allowed value is {}", json_string(expected))
        }
        Detail::NotOneOf { found, allowed, .. } => {
            let found = match found {
                Found::String(quoted) => quoted.clone(),
                other => found_noun(other),
            };
            format!("`{name}` is {found}; it must be one of {allowed}")
        }
        Detail::UpperCase { value, lower } => {
            format!("`{name}` is {value}; the server folds user IDs to lower case, so this is user {lower}")
        }
        Detail::BelowMinimum { value, min } => format!("`{name}` is {value}; it must be at least {min}"),
        Detail::AboveMaximum { value, max } => format!("`{name}` is {value}; it must be at most {max}"),
        Detail::TooFewItems { count: 0, min } => format!(
            "`{name}` is empty; at least {min} item{} required",
            if *min == 1 { " is" } else { "s are" }
        ),
        Detail::TooFewItems { count, min } => {
            format!("`{name}` has {count} items; at least {min} are required")
        }
        Detail::TooManyItems { count, max } => {
            format!("`{name}` has {count} items; at most {max} are allowed per request")
        }
        Detail::Repeat { value, earlier } => format!("`{name}` is {value}, which repeats `{earlier}`"),
        Detail::TooLarge { size, limit } => format!(
            "`body` and `ext` serialize to {size} bytes; at most {limit} are allowed (server error {}: `{}`)",
            crate::size::SERVER_ERROR.0,
            crate::size::SERVER_ERROR.1
        ),
        Detail::Text { en, .. } => en.clone(),
    };
    if let Some(why) = v.why {
        out.push_str("; ");
        out.push_str(why);
    }
    if let Some(server) = v.server {
        out.push_str(" (server: `");
        out.push_str(server);
        out.push_str("`)");
    }
    out
}

pub(super) fn hint(v: &Violation) -> Option<String> {
    match &v.detail {
        Detail::WrongType { hint: Some(hint), .. } => Some(type_hint(hint)),
        Detail::Missing { other_body: Some(other) } => Some(other.hint.to_owned()),
        Detail::MissingWith { member, because } => Some(format!("add `{member}`, or leave out `{because}`")),
        Detail::MissingRecommended { member, .. } => Some(format!("add `{member}`")),
        Detail::Unknown { suggestion: Some(name), .. } | Detail::NotOneOf { suggestion: Some(name), .. } => {
            Some(format!("did you mean {}?", json_string(name)))
        }
        Detail::TooLong { count, max } => {
            let excess = count - max;
            Some(format!("remove {excess} character{}", if excess == 1 { "" } else { "s" }))
        }
        Detail::NoMatch { hint: Some(hint), .. } => Some(
            match hint {
                PatternHint::TrailingLineBreak => "remove the trailing line break",
                PatternHint::Spaces => "remove the spaces",
                PatternHint::ControlCharacters => "remove the control characters",
            }
            .to_owned(),
        ),
        Detail::NotConst { expected, .. } => {
            Some(format!("use {} or leave the member out", json_string(expected)))
        }
        Detail::UpperCase { lower, .. } => Some(format!("write it as {lower}")),
        Detail::TooManyItems { count, max } => {
            Some(format!("split it into {} requests of at most {max}", count.div_ceil((*max).max(1))))
        }
        Detail::Repeat { .. } => Some("remove the repeat".to_owned()),
        Detail::TooLarge { size, limit } => {
            Some(format!("remove {} bytes, or upload the content as a file and send its URL", size - limit))
        }
        Detail::Text { hint: Some(hint), .. } => Some(hint.en.clone()),
        _ => None,
    }
}

fn type_hint(hint: &TypeHint) -> String {
    match hint {
        TypeHint::LeaveOut { member } => format!("leave `{member}` out instead of sending null"),
        TypeHint::Quote { member, text } => format!("send {member} as a string: \"{text}\""),
        TypeHint::Unquote { member, number } => format!("send {member} as a number without quotes: {number}"),
        TypeHint::WholeNumber { member, rounded } => format!("{member} takes whole numbers: {rounded}"),
        TypeHint::UnquoteBoolean { text } => format!("write {text} without quotes"),
        TypeHint::WrapInArray { quoted } => format!("wrap it in an array: [{quoted}]"),
        TypeHint::EncodedTwice { member } => format!(
            "this string holds JSON: send the object itself, not its serialization (`{member}` was encoded twice)"
        ),
    }
}

fn expected_noun(expected: Expected) -> &'static str {
    match expected {
        Expected::String => "a string",
        Expected::Integer => "an integer",
        Expected::Number => "a number",
        Expected::Boolean => "a boolean",
        Expected::Array => "an array",
        Expected::Object => "an object",
        Expected::Any => "any JSON value",
    }
}

/// `null`, `the number 39.966`, `the string "x"`, `an array of 2 items`.
pub(crate) fn found_noun(found: &Found) -> String {
    match found {
        Found::Null => "null".to_owned(),
        Found::Bool(b) => format!("the boolean {b}"),
        Found::Number(n) => format!("the number {n}"),
        Found::String(s) => format!("the string {s}"),
        Found::Array(n) => format!("an array of {n} items"),
        Found::Object(n) => format!("an object with {n} members"),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// The display name of a sibling member: `ext.a.b` with `c` → `ext.a.c`.
pub(super) fn sibling(name: &str, member: &str) -> String {
    match name.rsplit_once('.') {
        Some((parent, _)) => format!("{parent}.{member}"),
        None => member.to_owned(),
    }
}

/// One line: what a rule checks, for `explain`, the docs and SARIF.
pub(super) fn summary(code: RuleCode) -> &'static str {
    match code {
        RuleCode::Type => "a value has the wrong JSON type (or is null)",
        RuleCode::Required => "a required member is missing",
        RuleCode::Enum => "a value is not one of its allowed values (`type`, push-extension settings)",
        RuleCode::Const => "`routetype` is not `ROUTE_ONLINE`",
        RuleCode::Pattern => "a string does not match its pattern",
        RuleCode::MinLength => "a string is too short (an empty user ID)",
        RuleCode::MaxLength => "a string is too long (a user ID, say)",
        RuleCode::MinItems => "an array is empty (`to` names nobody)",
        RuleCode::MaxItems => "an array has too many items (`to` over the recipient limit)",
        RuleCode::MinProperties => "an object that must not be empty is empty",
        RuleCode::MaxProperties => "an object has too many members (`customExts`, say)",
        RuleCode::Minimum => "a number is below its minimum (a negative size, length or duration)",
        RuleCode::Maximum => {
            "a number is above its maximum (an integer member beyond `i64`, or a bound you declare)"
        }
        RuleCode::UniqueItems => "a recipient is listed twice (compared case-folded)",
        RuleCode::MaxBytes => "`body` plus `ext` serialize to more bytes than the server accepts",
        RuleCode::UnknownField => "a member the API does not know (likely a typo)",
        RuleCode::Recommended => "a recommended member is missing (`filename` of a media or file message)",
        RuleCode::Lowercase => "a user ID has upper-case letters, which the server folds to lower case",
        RuleCode::DuplicateKey => "a member name appears twice in one object (files only)",
        RuleCode::Syntax => "the file is not JSON (files only)",
        RuleCode::Custom(_) => "a check of the type's own (`#[payload(check(...))]`)",
    }
}
