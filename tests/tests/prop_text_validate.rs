//! `validate_str` against `validate` of the parsed value: the same violations
//! (path, rule, severity, message and hint in both languages), each placed at the
//! value its path names, and repeated member names reported besides.
//!
//! Texts are written compact or pretty, as serde_json spells them, with every
//! string character as `\uXXXX`, or with the short escapes and numbers in another
//! notation, so the tape's borrowed strings, its decoded ones and its numbers are
//! all read. Each property runs 5/4 of `config()`'s cases (10,000 in CI across the four
//! message properties; `PROPTEST_CASES` scales them).

use easemob_payload::{Lang, Limits, Report, RuleCode, Severity, validate_str_with, validate_with};
use easemob_payload_tests::arbitrary::{spliced_message, value};
use easemob_payload_tests::config::config;
use easemob_payload_tests::generators::messages;
use easemob_payload_tests::mutators::{Context, MUTATORS, apply_many};
use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::Value;

fn cases() -> ProptestConfig {
    let base = config();
    ProptestConfig { cases: base.cases.saturating_mul(5) / 4, ..base }
}

fn limits() -> impl Strategy<Value = Limits> {
    prop_oneof![
        3 => Just(Limits::DEFAULT),
        1 => (0usize..=6000, 0usize..=700)
            .prop_map(|(bytes, recipients)| Limits::DEFAULT.with_max_bytes(bytes).with_max_recipients(recipients)),
    ]
}

/// How a value is written as text.
#[derive(Debug, Clone, Copy)]
struct Style {
    pretty: bool,
    spelling: Spelling,
}

/// How strings and numbers are spelt.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Spelling {
    /// As serde_json writes them.
    Serde,
    /// Every character of every string and name but ASCII letters and digits as `\uXXXX`.
    Unicode,
    /// The short escapes wherever one exists (`\/` too), and numbers in another
    /// notation (`5` as `5.0`, `0.5` as `5e-1`).
    Respelt,
    /// Every object's members in reverse order (a `Value` holds them sorted, the
    /// text validator reads them as written): the report's order must not follow.
    Reversed,
}

fn style() -> impl Strategy<Value = Style> {
    let spelling = prop_oneof![
        6 => Just(Spelling::Serde),
        1 => Just(Spelling::Unicode),
        1 => Just(Spelling::Respelt),
        1 => Just(Spelling::Reversed),
    ];
    (any::<bool>(), spelling).prop_map(|(pretty, spelling)| Style { pretty, spelling })
}

fn write(value: &Value, style: Style) -> String {
    if style.spelling == Spelling::Serde {
        return if style.pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) }
            .expect("a Value serializes");
    }
    let mut out = String::new();
    write_spelt(value, style.spelling, &mut out);
    out
}

fn write_spelt(value: &Value, spelling: Spelling, out: &mut String) {
    let string = |s: &str, out: &mut String| {
        out.push('"');
        if spelling == Spelling::Unicode {
            for unit in s.encode_utf16() {
                match char::from_u32(u32::from(unit)) {
                    Some(c) if c.is_ascii_alphanumeric() => out.push(c),
                    _ => out.push_str(&format!("\\u{unit:04x}")),
                }
            }
        } else {
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '/' => out.push_str("\\/"),
                    '\u{8}' => out.push_str("\\b"),
                    '\u{c}' => out.push_str("\\f"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
                    c => out.push(c),
                }
            }
        }
        out.push('"');
    };
    match value {
        Value::String(s) => string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_spelt(item, spelling, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            let members: Box<dyn Iterator<Item = (&String, &Value)>> = if spelling == Spelling::Reversed {
                Box::new(map.iter().rev())
            } else {
                Box::new(map.iter())
            };
            for (i, (key, item)) in members.enumerate() {
                if i > 0 {
                    out.push_str(",\n ");
                }
                string(key, out);
                out.push_str(": ");
                write_spelt(item, spelling, out);
            }
            out.push('}');
        }
        Value::Number(n) if spelling == Spelling::Respelt => match (n.as_i64(), n.as_f64()) {
            // Exact in a float: the same number, written as one.
            (Some(i), _) if i.unsigned_abs() < 1 << 53 => out.push_str(&format!("{i}.0")),
            (None, Some(f)) if n.as_u64().is_none() => out.push_str(&format!("{f:e}")),
            _ => out.push_str(&n.to_string()),
        },
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// The value a pointer names, or the deepest ancestor that exists.
fn deepest<'v>(value: &'v Value, pointer: &str) -> &'v Value {
    let mut found = value;
    let mut prefix = String::new();
    for segment in pointer.split('/').skip(1) {
        prefix.push('/');
        prefix.push_str(segment);
        match value.pointer(&prefix) {
            Some(next) => found = next,
            None => break,
        }
    }
    found
}

fn agree(text: &str, limits: &Limits) -> Result<(), TestCaseError> {
    let value: Value = serde_json::from_str(text).expect("the text is JSON");
    let expected = validate_with(&value, limits);
    let got = validate_str_with(text, limits);
    let (duplicates, rest): (Vec<_>, Vec<_>) =
        got.violations().iter().partition(|v| v.rule == RuleCode::DuplicateKey);
    prop_assert!(duplicates.is_empty(), "no repeated names were written: {:?}", duplicates);
    // The tape's own verdict, not only the report it falls back to.
    let fast = easemob_payload::text::is_clean(text, limits);
    prop_assert_eq!(fast, Some(expected.is_empty()), "the text's verdict on {}", text);
    same_violations(&rest, &expected, text)?;
    positions_hold(&rest, &value, text)
}

fn same_violations(
    got: &[&easemob_payload::Violation],
    expected: &Report,
    text: &str,
) -> Result<(), TestCaseError> {
    let seen = |v: &easemob_payload::Violation| {
        (
            v.path.clone(),
            v.rule,
            v.severity,
            v.message(),
            v.hint(),
            v.message_in(Lang::Zh),
            v.hint_in(Lang::Zh),
        )
    };
    let got: Vec<_> = got.iter().map(|v| seen(v)).collect();
    let expected: Vec<_> = expected.violations().iter().map(seen).collect();
    prop_assert_eq!(got, expected, "on {}", text);
    Ok(())
}

/// Each violation's offset is where the value its path names starts (of the
/// deepest existing ancestor for a missing member), and its line and column count
/// the text before it.
fn positions_hold(
    got: &[&easemob_payload::Violation],
    value: &Value,
    text: &str,
) -> Result<(), TestCaseError> {
    for v in got {
        let at = v.position().expect("a violation found in text has a position");
        let there: Value = serde_json::Deserializer::from_str(&text[at.offset..])
            .into_iter::<Value>()
            .next()
            .expect("a value starts at the offset")
            .expect("and reads");
        prop_assert_eq!(&there, deepest(value, &v.path), "{} at {} in {}", v.path, at.offset, text);
        let before = &text[..at.offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        prop_assert_eq!(at.line, 1 + before.matches('\n').count());
        prop_assert_eq!(at.column, 1 + before[line_start..].chars().count());
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn valid_messages(g in messages(true), style in style(), limits in limits()) {
        agree(&write(&g.value, style), &limits)?;
    }

    #[test]
    fn mutated_messages(
        g in messages(false),
        picks in vec((0..MUTATORS.len(), any::<u64>()), 1..=3),
        style in style(),
        limits in limits(),
    ) {
        let mut value = g.value.clone();
        apply_many(&mut value, &Context { pad: g.pad.clone() }, &picks);
        agree(&write(&value, style), &limits)?;
    }

    #[test]
    fn arbitrary_json_spliced_in(input in spliced_message(), style in style()) {
        agree(&write(&input, style), &Limits::DEFAULT)?;
    }

    #[test]
    fn arbitrary_json(input in value(), style in style()) {
        agree(&write(&input, style), &Limits::DEFAULT)?;
    }

    /// A member written twice (in the envelope, the body or `ext`), with the same value
    /// or another: the copy serde_json keeps (the last) is validated, the repeat is
    /// reported at its name, and a message whose only fault is the repeat is cleared
    /// from the tape, not parsed again.
    #[test]
    fn repeated_members(
        g in messages(true),
        mutate in any::<bool>(),
        picks in vec((0..MUTATORS.len(), any::<u64>()), 1..=2),
        object in prop_oneof![Just(""), Just("/body"), Just("/ext")],
        pick in any::<prop::sample::Index>(),
        same in any::<bool>(),
    ) {
        let mut value = g.value.clone();
        if mutate {
            apply_many(&mut value, &Context { pad: g.pad.clone() }, &picks);
        }
        let Some(Value::Object(map)) = value.pointer(object) else { return Ok(()) };
        prop_assume!(!map.is_empty());
        let (name, original) = map.iter().nth(pick.index(map.len())).map(|(k, v)| (k.clone(), v.clone())).expect("in range");
        let last = if same { original.clone() } else { Value::from("another") };
        let mut text = String::new();
        let mut second = None;
        write_repeating(&value, "", object, (&name, &last), &mut text, &mut second);
        let second = second.expect("the object was written");
        let parsed: Value = serde_json::from_str(&text).expect("JSON");
        let got = validate_str_with(&text, &Limits::DEFAULT);
        let (duplicates, rest): (Vec<_>, Vec<_>) =
            got.violations().iter().partition(|v| v.rule == RuleCode::DuplicateKey);
        prop_assert_eq!(duplicates.len(), 1, "{}", got);
        let d = duplicates[0];
        let severity = if last == original { Severity::Warning } else { Severity::Error };
        let pointer = format!("{object}/{}", name.replace('~', "~0").replace('/', "~1"));
        prop_assert_eq!((d.path.as_str(), d.severity), (pointer.as_str(), severity));
        prop_assert_eq!(d.position().map(|p| p.offset), Some(second));
        let expected = validate_with(&parsed, &Limits::DEFAULT);
        same_violations(&rest, &expected, &text)?;
        positions_hold(&rest, &parsed, &text)?;
        // Cleared from the tape exactly when the last copies make a clean message.
        prop_assert_eq!(easemob_payload::text::is_clean(&text, &Limits::DEFAULT), Some(expected.is_empty()));
    }
}

/// Writes `value` compactly, the object at `target` with one more member, `extra`,
/// at its end (a repeat of one of its names); `at` gets the offset of that name.
fn write_repeating(
    value: &Value,
    path: &str,
    target: &str,
    extra: (&str, &Value),
    out: &mut String,
    at: &mut Option<usize>,
) {
    match value {
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::from(key.as_str()).to_string());
                out.push(':');
                let inner = format!("{path}/{}", key.replace('~', "~0").replace('/', "~1"));
                write_repeating(item, &inner, target, extra, out, at);
            }
            if path == target {
                out.push(',');
                *at = Some(out.len());
                out.push_str(&Value::from(extra.0).to_string());
                out.push(':');
                out.push_str(&extra.1.to_string());
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_repeating(item, &format!("{path}/{i}"), target, extra, out, at);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

#[test]
fn syntax_errors_are_one_violation_with_its_position() {
    let report = easemob_payload::validate_str("{\n  \"to\": [\"u2\",],\n}");
    let v = &report.violations()[0];
    let at = v.position().expect("placed");
    assert_eq!((report.violations().len(), v.rule, v.severity), (1, RuleCode::Syntax, Severity::Error));
    assert_eq!((at.line, at.column, at.offset), (2, 15, 16));
    assert_eq!(v.message(), "not valid JSON: unexpected character `]`");
    let empty = easemob_payload::validate_str(" \n");
    assert_eq!(empty.violations()[0].message(), "not valid JSON: the text holds no JSON value");
    // serde_json's limit: 127 levels are read, the 128th is an error.
    let nested = |n: usize| format!("{{\"ext\": {}{}}}", "[".repeat(n), "]".repeat(n));
    let deep = easemob_payload::validate_str(&nested(127));
    assert_eq!(
        deep.violations()[0].message(),
        "not valid JSON: arrays and objects nested more than 127 deep"
    );
    assert_eq!(deep.violations()[0].position().map(|p| p.column), Some(135));
    assert!(serde_json::from_str::<serde_json::Value>(&nested(127)).is_err());
    let read = easemob_payload::validate_str(&nested(126));
    assert!(read.violations().iter().all(|v| v.rule != RuleCode::Syntax), "{read}");
    assert!(serde_json::from_str::<serde_json::Value>(&nested(126)).is_ok());
    let bad_utf8 = easemob_payload::validate_slice(b"{\"to\": [\"u\xff\"]}");
    assert_eq!(bad_utf8.violations()[0].position().map(|p| (p.offset, p.column)), Some((10, 11)));
}
