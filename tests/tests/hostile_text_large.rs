//! Hostile text: a 50 MB message through `validate_str` is too large (`maxBytes`),
//! and needs no more memory than serde_json's own reading of it (the tape is a few
//! nodes, the byte count decodes nothing; the report is written from the value).
//!
//! This file holds one test on purpose: it measures the process's peak resident
//! memory, which another test running in parallel would disturb.

use easemob_payload::{RuleCode, Severity, validate_str};
use easemob_payload_tests::hostile::peak_growth;
use easemob_payload_tests::support::valid;

#[test]
#[cfg(target_os = "linux")]
fn a_50_mb_message_is_too_large_and_needs_no_more_memory_than_serde_json() {
    let mut m = valid("txt");
    m["body"]["msg"] = serde_json::Value::String("中文\"x".repeat(50_000_000 / 9));
    let text = serde_json::to_string(&m).expect("serializes");
    // What serde_json alone needs to read it (its scratch buffer and the string):
    // the report of an invalid text is written from that value, and nothing more.
    let (parsed, parsing) = peak_growth(|| serde_json::from_str::<serde_json::Value>(&text).is_ok());
    assert!(parsed);
    let (report, growth) = peak_growth(|| validate_str(&text));
    let found = report.violations().iter().map(|v| (v.path.clone(), v.rule, v.severity)).collect::<Vec<_>>();
    assert_eq!(found, [(String::new(), RuleCode::MaxBytes, Severity::Error)]);
    assert_eq!(report.violations()[0].position().map(|p| (p.offset, p.line, p.column)), Some((0, 1, 1)));
    assert!(
        growth <= parsing + text.len() / 10,
        "{} bytes of text: validate_str raised peak memory by {growth}, serde_json's parse by {parsing}",
        text.len()
    );
    eprintln!(
        "{} bytes of text: validate_str raised peak memory by {growth}, serde_json's parse by {parsing}",
        text.len()
    );
}
