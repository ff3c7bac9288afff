//! Hostile input: huge arrays and objects. `to` with 1,000,000 recipients gets
//! one `maxItems` plus exactly the per-item problems planted in it; payloads
//! with 100,000 violations get a report that holds every one.

use std::collections::BTreeSet;

use easemob_payload::{RuleCode, validate};
use easemob_payload_tests::support::{check, expect, valid};
use serde_json::{Value, json};

#[test]
fn a_million_recipients_get_one_max_items_and_the_planted_problems() {
    let mut to: Vec<Value> = (0..1_000_000).map(|i| json!(format!("u{i}"))).collect();
    to[7] = json!("a".repeat(65));
    to[10] = json!("Upper10x");
    to[123] = json!("");
    to[500_000] = json!("u3");
    to[999_998] = json!("U5");
    to[999_999] = json!("bad id");
    let mut m = valid("txt");
    m["to"] = Value::Array(to);
    let mut got = check(&m);
    got.sort();
    let mut want = expect(&[
        ("/to", "maxItems", "error"),
        ("/to/7", "maxLength", "error"),
        ("/to/10", "lowercase", "warning"),
        ("/to/123", "minLength", "error"),
        ("/to/500000", "uniqueItems", "warning"),
        ("/to/999998", "lowercase", "warning"),
        ("/to/999998", "uniqueItems", "warning"),
        ("/to/999999", "pattern", "error"),
    ]);
    want.sort();
    assert_eq!(got, want);
    let max_items = validate(&m).into_violations().remove(0);
    assert!(max_items.message().contains("1000000 items"), "{}", max_items.message());
}

#[test]
fn a_hundred_thousand_bad_recipients_are_all_reported() {
    let n = 100_000;
    let mut m = valid("txt");
    m["to"] = Value::Array((0..n).map(|i| json!(format!("bad id {i}"))).collect());
    let report = validate(&m);
    assert_eq!(report.violations().len(), n + 1);
    assert_eq!(report.violations()[0].rule, RuleCode::MaxItems);
    let paths: BTreeSet<&str> = report.iter().skip(1).map(|v| v.path.as_str()).collect();
    assert_eq!(paths.len(), n, "one violation per recipient");
    assert!(report.iter().skip(1).all(|v| v.rule == RuleCode::Pattern));
    assert!((0..n).all(|i| paths.contains(format!("/to/{i}").as_str())));
}

#[test]
fn a_hundred_thousand_repeats_are_all_reported() {
    let n = 100_000;
    let mut m = valid("txt");
    m["to"] = Value::Array((0..n).map(|i| json!(if i % 2 == 0 { "u1" } else { "U1" })).collect());
    let report = validate(&m);
    let count = |rule| report.iter().filter(|v| v.rule == rule).count();
    assert_eq!(count(RuleCode::UniqueItems), n - 1, "every repeat after the first");
    assert_eq!(count(RuleCode::Lowercase), n / 2);
    assert_eq!(count(RuleCode::MaxItems), 1);
    assert_eq!(report.violations().len(), n - 1 + n / 2 + 1);
}

#[test]
fn a_hundred_thousand_unknown_members_and_bad_custom_exts_are_all_reported() {
    let n = 100_000;
    let mut m = valid("custom");
    let obj = m.as_object_mut().expect("an object");
    for i in 0..n {
        obj.insert(format!("unknown{i}"), json!(i));
    }
    m["body"]["customExts"] = Value::Object((0..n).map(|i| (format!("k{i}"), json!(i))).collect());
    let report = validate(&m);
    let count = |rule| report.iter().filter(|v| v.rule == rule).count();
    assert_eq!(count(RuleCode::UnknownField), n);
    assert_eq!(count(RuleCode::Type), n, "every customExts value is a number");
    assert_eq!(count(RuleCode::MaxProperties), 1);
    assert_eq!(count(RuleCode::MaxBytes), 1);
    assert_eq!(report.violations().len(), 2 * n + 2);
}
