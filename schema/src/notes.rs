//! The English sentences that state what the schema does not enforce.
//!
//! Warnings never constrain the schema (a payload with warnings is valid), and
//! the custom checks cannot be written in JSON Schema; both are stated in
//! `description` so a reader of the schema still learns them.

use easemob_payload::model::{
    Check, CustomCheck, FieldDesc, Limit, OtherBody, Rule, ServerTypeError, UnknownFields,
};
use easemob_payload::report::{RuleCode, Severity};

/// What a reader learns about a check the schema states as a keyword: the server's error text.
pub(crate) fn keyword_note(check: &Check) -> Option<String> {
    let mut parts = Vec::new();
    if let Rule::MaxItems(Limit::Setting(setting)) = check.rule {
        parts.push(format!("`maxItems` is the default of the easemob-payload setting `{}`", setting.name()));
    }
    if let Some(server) = check.server {
        parts.push(format!("server error for `{}`: `{server}`", check.rule.code().as_str()));
    }
    (!parts.is_empty()).then(|| sentence(&parts.join("; ")))
}

/// The server's error text for a member's violations of one rule.
pub(crate) fn server_note(code: RuleCode, text: &str) -> String {
    sentence(&format!("server error for `{}`: `{text}`", code.as_str()))
}

/// The server's text for a wrong JSON type inside an object, or the note that it never looks inside.
pub(crate) fn server_type_note(server: ServerTypeError) -> Option<String> {
    match server {
        ServerTypeError::Inherit => None,
        ServerTypeError::Text(text) => {
            Some(sentence(&format!("server error for a `type` violation inside this object: `{text}`")))
        }
        ServerTypeError::Opaque => Some(sentence(
            "The server stores this object without checking it: a wrong value here is no request error, it silently breaks the feature it controls",
        )),
    }
}

/// What easemob-payload says when the body of another call is sent here.
pub(crate) fn other_body_note(other: &OtherBody) -> String {
    sentence(&format!(
        "Not enforced by this schema: where `{}` is present and no member this object requires is, easemob-payload explains: {}",
        other.detect.join("` or `"),
        other.note
    ))
}

/// The note on a member required only beside another.
pub(crate) fn required_with_note(other: &str) -> String {
    sentence(&format!("required when `{other}` is present"))
}

/// The server's text for an empty content object.
pub(crate) fn empty_content_note(text: &str) -> String {
    sentence(&format!("server error for an empty object: `{text}`"))
}

/// A check the schema cannot state as a keyword: a warning, or an error no keyword says.
pub(crate) fn unenforced_note(check: &Check) -> String {
    let code = check.rule.code().as_str();
    let what = match check.rule {
        Rule::UniqueItems { case_fold: true } => {
            "an item that repeats an earlier one (compared case-insensitively)".to_owned()
        }
        Rule::UniqueItems { case_fold: false } => "an item that repeats an earlier one".to_owned(),
        Rule::Lowercase => {
            "upper-case letters (the server folds user IDs to lower case, so `Alice` is user `alice`)"
                .to_owned()
        }
        other => format!("a value that breaks `{}`", other.code().as_str()),
    };
    let severity = match check.severity {
        Severity::Warning => "warning",
        Severity::Error => "error this schema cannot express",
    };
    let why = check.why.map(|why| format!(": {why}")).unwrap_or_default();
    sentence(&format!(
        "Not enforced by this schema: easemob-payload reports {what} as a `{code}` {severity}{why}"
    ))
}

/// The note on a member whose absence is a `recommended` warning.
pub(crate) fn recommended_note(field: &FieldDesc, reason: &str) -> String {
    sentence(&format!(
        "Not enforced by this schema: easemob-payload reports a missing `{}` as a `recommended` warning ({reason})",
        field.name
    ))
}

/// The note on what an object says of members it does not declare.
pub(crate) fn unknown_fields_note(unknown: UnknownFields) -> String {
    match unknown {
        UnknownFields::Warn => sentence(
            "Members not listed here are accepted by this schema; easemob-payload reports each as an `unknownField` warning (the server ignores them), with a did-you-mean hint",
        ),
        UnknownFields::Allow { reserved_prefix: Some(prefix) } => sentence(&format!(
            "Other members are free-form, except that easemob-payload reports a member whose name starts with `{prefix}` and is not listed here as an `unknownField` warning (Easemob reserves the prefix)"
        )),
        UnknownFields::Allow { reserved_prefix: None } => String::new(),
    }
}

/// The statement of a custom check, for `description` and `$comment`.
pub(crate) fn custom_note(custom: &CustomCheck) -> String {
    sentence(&format!(
        "`{}` (checked by easemob-payload, not by this schema): {}",
        custom.rule.as_str(),
        custom.description
    ))
}

/// Capitalised and ended with a period.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return String::new(),
    };
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

/// Joins non-empty description parts with a space, unwrapping the lines of doc
/// comments (a single line break is a space; a blank line stays a paragraph break).
pub(crate) fn join(parts: impl IntoIterator<Item = String>) -> String {
    let joined = parts.into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ");
    joined.split("\n\n").map(|paragraph| paragraph.replace('\n', " ")).collect::<Vec<_>>().join("\n\n")
}
