//! Rules on strings and numbers.

use serde_json::{Number, Value};

use super::describe::{describe_value, quote};
use super::{Ctx, finish_message};
use crate::model::{Check, Literal, Rule};
use crate::path::Path;

/// An integer as JSON Schema counts it: `10` and `10.0` are, `10.5` is not.
pub(super) fn is_integer(value: &Value) -> bool {
    match value {
        Value::Number(n) => n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0),
        _ => false,
    }
}

/// Characters as JSON Schema counts them (Unicode code points), cheaply for ASCII.
fn char_count(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.chars().count() }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") }
}

pub(super) fn check_string(check: &Check, s: &str, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    if breaks(check.rule, s) {
        report_string(check, s, path, ctx);
    }
}

/// Whether `s` breaks `rule`. The hot path: a valid payload asks this of every
/// string (four times for each of 600 recipients) and never needs a message, so
/// the messages live apart, in [`report_string`]; keeping them in one function
/// cost about as much per call as the checks themselves.
fn breaks(rule: Rule, s: &str) -> bool {
    match rule {
        // A string has at least as many bytes as characters, so most checks need no counting.
        Rule::MinLength(min) => s.len() < min || char_count(s) < min,
        Rule::MaxLength(max) => s.len() > max && char_count(s) > max,
        Rule::Pattern(pattern) => !pattern.is_match(s),
        Rule::Const(expected) => s != expected,
        Rule::Lowercase => s.bytes().any(|b| b.is_ascii_uppercase()),
        _ => false,
    }
}

/// Reports the rule `s` breaks ([`breaks`] said it does), with message and hint.
#[cold]
#[inline(never)]
fn report_string(check: &Check, s: &str, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let failure: Option<(String, Option<String>)> = match check.rule {
        Rule::MinLength(min) => {
            let name = path.display_name();
            let message = if s.is_empty() {
                let needed =
                    if min == 1 { "1 character is".to_owned() } else { format!("{min} characters are") };
                format!("`{name}` is empty; at least {needed} required")
            } else {
                format!("`{name}` has {}; at least {min} required", plural(char_count(s), "character"))
            };
            Some((message, None))
        }
        Rule::MaxLength(max) => {
            let count = char_count(s);
            let message =
                format!("`{}` has {count} characters; at most {max} are allowed", path.display_name());
            let excess = count - max;
            let hint = format!("remove {excess} character{}", if excess == 1 { "" } else { "s" });
            Some((message, Some(hint)))
        }
        Rule::Pattern(pattern) => {
            let message = format!(
                "`{}` is {}, which does not match `{}`",
                path.display_name(),
                quote(s),
                pattern.source
            );
            Some((message, pattern_hint(s)))
        }
        Rule::Const(expected) => {
            let message = format!(
                "`{}` is {}; the only allowed value is {}",
                path.display_name(),
                quote(s),
                quote(expected)
            );
            Some((message, Some(format!("use {} or leave the member out", quote(expected)))))
        }
        Rule::Lowercase => {
            let lower = s.to_ascii_lowercase();
            let message = format!(
                "`{}` is {}; the server folds user IDs to lower case, so this is user {}",
                path.display_name(),
                quote(s),
                quote(&lower)
            );
            Some((message, Some(format!("write it as {}", quote(&lower)))))
        }
        _ => None,
    };
    if let Some((message, hint)) = failure {
        ctx.report(path, check.rule.code(), check.severity, finish_message(message, check), hint);
    }
}

/// A hint for the characters a pattern most often trips on.
fn pattern_hint(s: &str) -> Option<String> {
    if s.ends_with(['\n', '\r']) {
        Some("remove the trailing line break".to_owned())
    } else if s.contains(' ') {
        Some("remove the spaces".to_owned())
    } else if s.chars().any(char::is_control) {
        Some("remove the control characters".to_owned())
    } else {
        None
    }
}

/// `enum`: on a value of any JSON type, since a member may take strings and integers alike.
pub(super) fn check_enum(check: &Check, value: &Value, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let Rule::Enum(values) = check.rule else { return };
    if values.iter().any(|v| v.matches(value)) {
        return;
    }
    report_enum(check, values, value, path, ctx);
}

#[cold]
#[inline(never)]
fn report_enum(check: &Check, values: &[Literal], value: &Value, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let found = match value {
        Value::String(s) => quote(s),
        other => describe_value(other),
    };
    let message =
        format!("`{}` is {found}; it must be one of {}", path.display_name(), Literal::list(values));
    let hint = match value {
        Value::String(s) => {
            super::closest(s, values.iter().filter_map(|v| v.as_str()).filter(|v| !v.is_empty()))
                .map(|n| format!("did you mean {}?", quote(n)))
        }
        _ => None,
    };
    ctx.report(path, check.rule.code(), check.severity, finish_message(message, check), hint);
}

pub(super) fn check_number(check: &Check, n: &Number, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    if let Rule::Minimum(min) = check.rule {
        let below = match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i < min,
            (None, Some(_), _) => false,
            (None, None, Some(f)) => f < min as f64,
            _ => false,
        };
        if below {
            let message = format!("`{}` is {n}; it must be at least {min}", path.display_name());
            ctx.report(path, check.rule.code(), check.severity, finish_message(message, check), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::pattern_hint;

    #[test]
    fn pattern_hints_name_the_offending_characters() {
        assert_eq!(pattern_hint("alice\n").as_deref(), Some("remove the trailing line break"));
        assert_eq!(pattern_hint("bad event!").as_deref(), Some("remove the spaces"));
        assert_eq!(pattern_hint("a\tb").as_deref(), Some("remove the control characters"));
        assert_eq!(pattern_hint("a@b"), None);
    }
}
