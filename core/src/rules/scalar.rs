//! Rules on strings and numbers.

use serde_json::{Number, Value};

use super::describe::quote;
use super::{Ctx, Json, JsonKind};
use crate::model::{Check, Literal, Rule};
use crate::path::Path;
use crate::report::{Detail, Found, PatternHint};

/// Characters as JSON Schema counts them (Unicode code points), cheaply for ASCII.
fn char_count(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.chars().count() }
}

pub(super) fn check_string(check: &Check, s: &str, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    if breaks(check.rule, s) {
        report_string(check, s, path, ctx);
    }
}

/// Whether `s` breaks `rule`. The hot path: a valid payload asks this of every
/// string (four times for each of 600 recipients) and never needs a message, so
/// what a violation records lives apart, in [`report_string`].
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

/// Records the rule `s` breaks ([`breaks`] said it does): what it found, never a sentence.
#[cold]
#[inline(never)]
fn report_string(check: &Check, s: &str, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let detail = match check.rule {
        Rule::MinLength(min) => Detail::TooShort { count: char_count(s), min },
        Rule::MaxLength(max) => Detail::TooLong { count: char_count(s), max },
        Rule::Pattern(pattern) => {
            Detail::NoMatch { value: quote(s), pattern: pattern.source, hint: PatternHint::of(s) }
        }
        Rule::Const(expected) => Detail::NotConst { value: quote(s), expected },
        Rule::Lowercase => Detail::UpperCase { value: quote(s), lower: quote(&s.to_ascii_lowercase()) },
        _ => return,
    };
    ctx.report_check(path, check, detail);
}

/// `enum`: on a value of any JSON type, since a member may take strings and integers alike.
pub(super) fn check_enum<'a, J: Json<'a>>(check: &Check, value: J, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let Rule::Enum(values) = check.rule else { return };
    let matches = match value.kind() {
        JsonKind::String => value.string().is_some_and(|s| values.iter().any(|v| v.as_str() == Some(&*s))),
        JsonKind::Number => value.number().is_some_and(|n| values.iter().any(|v| v.matches_number(&n))),
        _ => false,
    };
    if !matches {
        report_enum(check, values, &value.to_value(), path, ctx);
    }
}

#[cold]
#[inline(never)]
fn report_enum(check: &Check, values: &'static [Literal], value: &Value, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let suggestion = match value {
        Value::String(s) => {
            super::closest(s, values.iter().filter_map(|v| v.as_str()).filter(|v| !v.is_empty()))
        }
        _ => None,
    };
    let detail = Detail::NotOneOf { found: Found::of(value), allowed: Literal::list(values), suggestion };
    ctx.report_check(path, check, detail);
}

pub(super) fn check_number(check: &Check, n: &Number, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let detail = match check.rule {
        Rule::Minimum(min) if min.is_above(n) => Detail::BelowMinimum { value: n.to_string(), min },
        Rule::Maximum(max) if max.is_below(n) => Detail::AboveMaximum { value: n.to_string(), max },
        _ => return,
    };
    ctx.report_check(path, check, detail);
}

#[cfg(test)]
mod tests {
    use crate::report::PatternHint;

    #[test]
    fn pattern_hints_name_the_offending_characters() {
        assert_eq!(PatternHint::of("alice\n"), Some(PatternHint::TrailingLineBreak));
        assert_eq!(PatternHint::of("bad event!"), Some(PatternHint::Spaces));
        assert_eq!(PatternHint::of("a\tb"), Some(PatternHint::ControlCharacters));
        assert_eq!(PatternHint::of("a@b"), None);
    }
}
