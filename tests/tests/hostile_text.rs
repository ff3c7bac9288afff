//! Hostile text through `validate_str` / `validate_slice`: 100,000-deep nesting,
//! invalid UTF-8, a million recipients. Each gets a clear violation with its
//! position, with no stack overflow (the tokenizer keeps its own stack and refuses
//! nesting past serde_json's 127 levels). The 50 MB message is in
//! `hostile_text_large.rs`, alone, as it measures peak memory.

use easemob_payload::{RuleCode, Severity, validate_slice, validate_str};
use easemob_payload_tests::support::valid;

fn rules(report: &easemob_payload::Report) -> Vec<(String, RuleCode, Severity)> {
    report.violations().iter().map(|v| (v.path.clone(), v.rule, v.severity)).collect()
}

#[test]
fn nesting_100000_deep_is_one_syntax_error_at_the_bracket_too_deep() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let text = format!(
            "{{\"to\": [\"u2\"], \"type\": \"txt\", \"body\": {{\"msg\": \"x\"}}, \"ext\": {}1{}}}",
            open.repeat(100_000),
            close.repeat(100_000)
        );
        let report = validate_str(&text);
        assert_eq!(rules(&report), [(String::new(), RuleCode::Syntax, Severity::Error)]);
        let at = report.violations()[0].position().expect("placed");
        // The 128th level: the envelope, then 126 containers of `ext`, then this one.
        let before = text.find("\"ext\": ").expect("there") + 7 + 126 * open.len();
        assert_eq!((at.offset, at.line), (before, 1));
        assert!(report.violations()[0].message().contains("nested more than 127 deep"));
    }
}

#[test]
fn invalid_utf8_is_a_syntax_error_at_the_bad_byte() {
    let mut bytes = br#"{"to": ["u2"], "type": "txt", "body": {"msg": "ok"#.to_vec();
    bytes.extend_from_slice(&[0xe4, 0xb8]); // a character cut short
    bytes.extend_from_slice(b"\"}}\n");
    let report = validate_slice(&bytes);
    assert_eq!(rules(&report), [(String::new(), RuleCode::Syntax, Severity::Error)]);
    let at = report.violations()[0].position().expect("placed");
    assert_eq!((at.offset, at.column), (49, 50));
    assert_eq!(report.violations()[0].message(), "not valid UTF-8 (byte 0xe4)");
}

#[test]
fn a_million_recipients_get_max_items_and_the_planted_problems_at_their_lines() {
    let mut to: Vec<String> = (0..1_000_000).map(|i| format!("u{i}")).collect();
    to[7] = "bad id".to_owned();
    to[999_999] = "U5".to_owned();
    let mut m = valid("txt");
    m["to"] = serde_json::json!(to);
    let text = serde_json::to_string_pretty(&m).expect("serializes");
    let report = validate_str(&text);
    let mut got = rules(&report);
    got.sort();
    let mut want = vec![
        ("/to".to_owned(), RuleCode::MaxItems, Severity::Error),
        ("/to/7".to_owned(), RuleCode::Pattern, Severity::Error),
        ("/to/999999".to_owned(), RuleCode::Lowercase, Severity::Warning),
        ("/to/999999".to_owned(), RuleCode::UniqueItems, Severity::Warning),
    ];
    want.sort();
    assert_eq!(got, want);
    // Pretty-printed: the array opens on line 3 (after `{` and `"body"`'s lines, as
    // serde_json orders members), each recipient on a line of its own.
    let line_of = |path: &str| {
        report.violations().iter().find(|v| v.path == path).and_then(|v| v.position()).map(|p| p.line)
    };
    let to_line = line_of("/to").expect("placed");
    assert_eq!(line_of("/to/7"), Some(to_line + 8));
    assert_eq!(line_of("/to/999999"), Some(to_line + 1_000_000));
}
