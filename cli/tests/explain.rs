//! `easemob-payload explain RULE`.

mod common;

use common::run;
use easemob_payload::RuleCode;

#[test]
fn every_rule_code_is_explained() {
    for rule in RuleCode::ALL {
        let r = run(&["explain", rule.as_str()]);
        assert_eq!(r.code, 0, "{rule}: {}", r.stderr);
        assert!(r.stdout.starts_with(&format!("{rule} (")), "{rule}: {}", r.stdout);
        for section in
            ["What it means:", "Where it comes from:", "SPEC.md:", "How to fix it:", "before:", "after:"]
        {
            assert!(r.stdout.contains(section), "{rule} lacks {section}: {}", r.stdout);
        }
    }
}

#[test]
fn the_doc_line_is_quoted_in_chinese_and_english() {
    let r = run(&["explain", "maxBytes"]);
    assert!(r.stdout.contains("send-single-chat-message.zh.txt, line 37:"), "{}", r.stdout);
    assert!(r.stdout.contains("接口调用过程中,请求体和扩展字段的总长度不能超过 5 KB。"));
    assert!(r.stdout.contains("must not exceed 5 KB"));
}

#[test]
fn case_is_ignored() {
    assert_eq!(run(&["explain", "DUPLICATEKEY"]).stdout, run(&["explain", "duplicateKey"]).stdout);
}

#[test]
fn an_unknown_code_suggests_the_closest_and_exits_2() {
    let r = run(&["explain", "maxItem"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr.starts_with("error: unknown rule code `maxItem`; did you mean `maxItems`?\n"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("type, required, enum"));
    let r = run(&["explain", "completely-different"]);
    assert_eq!(r.code, 2);
    assert!(!r.stderr.contains("did you mean"), "{}", r.stderr);
}
