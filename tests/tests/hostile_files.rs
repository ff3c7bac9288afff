//! Hostile input as files, through the file linter: nesting 100,000 levels deep,
//! 1,000,000 recipients, 100,000 violations. No panic, no stack overflow, a
//! clear error, every position inside the file.

use easemob_payload::RuleCode;
use easemob_payload_tests::files::{lint_bytes, position_outside};

const DEPTH: usize = 100_000;

fn message_with_ext(ext: &str) -> Vec<u8> {
    format!("{{\"to\": [\"u2\"], \"type\": \"txt\", \"body\": {{\"msg\": \"hi\"}}, \"ext\": {ext}}}")
        .into_bytes()
}

#[test]
fn ext_nested_100000_levels_deep_as_a_file_is_a_clear_error() {
    for (open, close) in [("{\"a\":", "}"), ("[", "]")] {
        let ext = format!("{{\"deep\": {}1{}}}", open.repeat(DEPTH), close.repeat(DEPTH));
        let (file, report) = lint_bytes("deep.json", message_with_ext(&ext));
        assert_eq!(position_outside(&file, &report), None);
        assert!(report.error_count() >= 1, "{:?}", report.violations);
        let first = &report.violations[0];
        assert!(matches!(first.rule, RuleCode::Syntax | RuleCode::MaxBytes), "{first:?}");
        assert!(!first.message().is_empty());
        eprintln!("{open}: {} at {}:{}: {}", first.rule, first.line, first.column, first.message());
    }
}

#[test]
fn a_million_recipients_as_a_file() {
    let mut ids: Vec<String> = (0..1_000_000).map(|i| format!("\"u{i}\"")).collect();
    ids[10] = "\"Upper10x\"".into();
    ids[500_000] = "\"u3\"".into();
    ids[999_999] = "\"bad id\"".into();
    let text =
        format!("{{\"to\": [{}],\n\"type\": \"txt\", \"body\": {{\"msg\": \"hi\"}}}}", ids.join(",\n"));
    let (file, report) = lint_bytes("many.json", text.into_bytes());
    assert_eq!(position_outside(&file, &report), None);
    let mut got: Vec<(String, &str, usize)> =
        report.violations.iter().map(|v| (v.path.clone(), v.rule.as_str(), v.line)).collect();
    got.sort();
    let want = [
        ("/to".to_owned(), "maxItems", 1),
        ("/to/10".to_owned(), "lowercase", 11),
        ("/to/500000".to_owned(), "uniqueItems", 500_001),
        ("/to/999999".to_owned(), "pattern", 1_000_000),
    ];
    assert_eq!(got, want);
}

#[test]
fn a_hundred_thousand_violations_as_a_file() {
    // 1,000 messages of JSON Lines, each with 100 bad recipients.
    let (lines, per) = (1_000, 100);
    let line: String = {
        let ids: Vec<String> = (0..per).map(|i| format!("\"bad id {i}\"")).collect();
        format!("{{\"type\": \"txt\", \"body\": {{\"msg\": \"hi\"}}, \"to\": [{}]}}\n", ids.join(", "))
    };
    let (file, report) = lint_bytes("bad.jsonl", line.repeat(lines).into_bytes());
    assert_eq!(position_outside(&file, &report), None);
    assert_eq!((report.messages, report.valid), (lines, 0));
    assert_eq!(report.violations.len(), lines * per);
    assert!(report.violations.iter().all(|v| v.rule == RuleCode::Pattern));
    let last = report.violations.last().expect("violations");
    assert_eq!((last.index, last.path.as_str(), last.line), (lines - 1, "/to/99", lines));
}

/// One message with 100,000 bad recipients in one array. (Positions come from a
/// child index built once per file; before it, each lookup walked the array from its
/// start and this took about 60 s in a debug build.)
#[test]
fn a_hundred_thousand_violations_in_one_message_as_a_file() {
    let n = 100_000;
    let ids: Vec<String> = (0..n).map(|i| format!("\"bad id {i}\"")).collect();
    let text =
        format!("{{\"type\": \"txt\", \"body\": {{\"msg\": \"hi\"}},\n\"to\": [\n{}\n]}}", ids.join(",\n"));
    let (file, report) = lint_bytes("bad.json", text.into_bytes());
    assert_eq!(position_outside(&file, &report), None);
    assert_eq!(report.violations.len(), n + 1);
    assert_eq!(report.error_count(), n + 1);
    // Recipient i sits on line i + 3.
    for (i, v) in report.violations.iter().filter(|v| v.rule == RuleCode::Pattern).enumerate() {
        assert_eq!((v.path.as_str(), v.line, v.column), (format!("/to/{i}").as_str(), i + 3, 1));
    }
}
