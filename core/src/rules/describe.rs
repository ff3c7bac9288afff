//! How messages name values, and the `type` violation with its fix.

use serde_json::Value;

use super::Ctx;
use crate::model::Shape;
use crate::path::{Path, Segment};
use crate::report::{RuleCode, Severity};

/// A short English description of a value: `null`, `the number 39.966`, `the string "x"`.
///
/// ```
/// use easemob_payload::rules::describe_value;
/// assert_eq!(describe_value(&serde_json::json!(39.966)), "the number 39.966");
/// assert_eq!(describe_value(&serde_json::json!([1, 2])), "an array of 2 items");
/// ```
pub fn describe_value(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string {}", quote(s)),
        Value::Array(a) => format!("an array of {} items", a.len()),
        Value::Object(o) => format!("an object with {} members", o.len()),
    }
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

pub(super) fn report_type(expected: Shape, found: &Value, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let name = path.display_name();
    let message = if found.is_null() {
        format!("`{name}` is null; it must be {} (null is never accepted)", expected.expected())
    } else {
        format!("`{name}` must be {}, found {}", expected.expected(), describe_value(found))
    };
    let message = match ctx.type_server {
        Some(text) => format!("{message} (server: `{text}`)"),
        None => message,
    };
    let hint = type_hint(expected, found, path);
    ctx.report(path, RuleCode::Type, Severity::Error, message, hint);
}

/// Whether `s` is the serialization of a JSON object (only asked on the error path).
fn holds_json_object(s: &str) -> bool {
    s.trim_start().starts_with('{') && serde_json::from_str::<Value>(s).is_ok_and(|v| v.is_object())
}

/// The fix for the common type mistakes.
fn type_hint(expected: Shape, found: &Value, path: &Path<'_>) -> Option<String> {
    let member = match path.segment() {
        Segment::Key(key) => key.to_owned(),
        _ => path.display_name(),
    };
    match (expected, found) {
        (_, Value::Null) => Some(format!("leave `{member}` out instead of sending null")),
        (Shape::String, Value::Number(n)) => Some(format!("send {member} as a string: \"{n}\"")),
        (Shape::String, Value::Bool(b)) => Some(format!("send {member} as a string: \"{b}\"")),
        (Shape::Integer, Value::String(s)) if s.trim().parse::<i64>().is_ok() => {
            Some(format!("send {member} as a number without quotes: {}", s.trim()))
        }
        (Shape::Integer, Value::Number(n)) => {
            n.as_f64().map(|f| format!("{member} takes whole numbers: {}", f.round()))
        }
        (Shape::Boolean, Value::String(s)) if s == "true" || s == "false" => {
            Some(format!("write {s} without quotes"))
        }
        (Shape::Array(_), Value::String(s)) => Some(format!("wrap it in an array: [{}]", quote(s))),
        // Some SDKs serialize `body` or `ext` a second time, sending a string that holds JSON.
        (Shape::Map(_) | Shape::AnyObject | Shape::Object(_) | Shape::Tagged(_), Value::String(s))
            if holds_json_object(s) =>
        {
            Some(format!(
                "this string holds JSON: send the object itself, not its serialization (`{member}` was encoded twice)"
            ))
        }
        _ => None,
    }
}
