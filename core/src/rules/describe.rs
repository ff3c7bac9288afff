//! How messages name values, and the `type` violation with its fix.

use serde_json::Value;

use super::{Ctx, Json};
use crate::model::Shape;
use crate::path::{Path, Segment};
use crate::report::{Detail, Expected, Found, RuleCode, TypeHint};

/// A short English description of a value: `null`, `the number 39.966`, `the string "x"`.
///
/// ```
/// use easemob_payload::rules::describe_value;
/// assert_eq!(describe_value(&serde_json::json!(39.966)), "the number 39.966");
/// assert_eq!(describe_value(&serde_json::json!([1, 2])), "an array of 2 items");
/// ```
pub fn describe_value(value: &Value) -> String {
    crate::report::describe_found(&Found::of(value))
}

pub(crate) use crate::report::quote;

pub(super) fn report_type<'a, J: Json<'a>>(expected: Shape, found: J, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let found = found.to_value();
    let found = found.as_ref();
    let detail = Detail::WrongType {
        expected: expected_of(expected),
        found: Found::of(found),
        hint: type_hint(expected, found, path),
    };
    let server = ctx.type_server;
    ctx.report_rule(path, RuleCode::Type, detail);
    if let Some(text) = server {
        ctx.quote_last(text);
    }
}

fn expected_of(shape: Shape) -> Expected {
    match shape {
        Shape::String => Expected::String,
        Shape::Integer => Expected::Integer,
        Shape::Number => Expected::Number,
        Shape::Boolean => Expected::Boolean,
        Shape::Array(_) => Expected::Array,
        Shape::Map(_) | Shape::AnyObject | Shape::Object(_) | Shape::Tagged(_) => Expected::Object,
        Shape::Any => Expected::Any,
    }
}

/// Whether `s` is the serialization of a JSON object (only asked on the error path).
fn holds_json_object(s: &str) -> bool {
    s.trim_start().starts_with('{') && serde_json::from_str::<Value>(s).is_ok_and(|v| v.is_object())
}

/// `name` with control characters escaped (`\n`), as display names write them.
fn one_line(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The fix for the common type mistakes.
fn type_hint(expected: Shape, found: &Value, path: &Path<'_>) -> Option<TypeHint> {
    let member = match path.segment() {
        // Hints are one line: control characters in a member name are escaped, as in its display name.
        Segment::Key(key) => one_line(key),
        _ => path.display_name(),
    };
    match (expected, found) {
        (_, Value::Null) => Some(TypeHint::LeaveOut { member }),
        (Shape::String, Value::Number(n)) => Some(TypeHint::Quote { member, text: n.to_string() }),
        (Shape::String, Value::Bool(b)) => Some(TypeHint::Quote { member, text: b.to_string() }),
        (Shape::Integer, Value::String(s)) if s.trim().parse::<i64>().is_ok() => {
            Some(TypeHint::Unquote { member, number: s.trim().to_owned() })
        }
        (Shape::Number, Value::String(s)) if s.trim().parse::<f64>().is_ok_and(f64::is_finite) => {
            Some(TypeHint::Unquote { member, number: s.trim().to_owned() })
        }
        (Shape::Integer, Value::Number(n)) => {
            n.as_f64().map(|f| TypeHint::WholeNumber { member, rounded: f.round().to_string() })
        }
        (Shape::Boolean, Value::String(s)) if s == "true" || s == "false" => {
            Some(TypeHint::UnquoteBoolean { text: s.clone() })
        }
        (Shape::Array(_), Value::String(s)) => Some(TypeHint::WrapInArray { quoted: quote(s) }),
        // Some SDKs serialize `body` or `ext` a second time, sending a string that holds JSON.
        (Shape::Map(_) | Shape::AnyObject | Shape::Object(_) | Shape::Tagged(_), Value::String(s))
            if holds_json_object(s) =>
        {
            Some(TypeHint::EncodedTwice { member })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn hints_name_members_on_one_line() {
        let report =
            crate::validate(&json!({"to": ["u2"], "type": "custom", "body": {"customExts": {"a\nb": 1}}}));
        let hint = report.violations()[0].hint().expect("a quoting hint");
        assert!(hint.contains("a\\nb") && !hint.contains('\n'), "{hint}");
    }
}
