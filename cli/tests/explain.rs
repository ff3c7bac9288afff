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
        for section in ["What it means:", "Where it comes from", "How to fix it:", "before:", "after:"] {
            assert!(r.stdout.contains(section), "{rule} lacks {section}: {}", r.stdout);
        }
        let zh = run(&["explain", rule.as_str(), "--lang", "zh"]);
        assert_eq!(zh.code, 0, "{rule}: {}", zh.stderr);
        assert!(zh.stdout.starts_with(&format!("{rule}（")), "{rule}: {}", zh.stdout);
        for section in ["含义：", "出处（环信官方文档）：", "修改方法：", "修改前：", "修改后："]
        {
            assert!(zh.stdout.contains(section), "{rule} lacks {section}: {}", zh.stdout);
        }
    }
}

#[test]
fn the_documentation_is_quoted_by_page_section_and_address() {
    let r = run(&["explain", "maxBytes"]);
    assert!(
        r.stdout.contains("\"发送单聊消息\" (Send a one-to-one message), section \"功能说明 › 特别说明\""),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("https://doc.easemob.com/document/server-side/message_single.html"));
    assert!(r.stdout.contains("接口调用过程中，请求体和扩展字段的总长度不能超过 5 KB。"));
    let flat = r.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(
        "(During the call, the request body and the extension fields together must not exceed 5 KB.)"
    ));
    let zh = run(&["explain", "maxBytes", "--lang", "zh"]);
    assert!(zh.stdout.contains("《发送单聊消息》，「功能说明 › 特别说明」一节："), "{}", zh.stdout);
}

#[test]
fn explain_follows_the_locale_as_gettext_does() {
    let root = common::root();
    let zh = common::run_with_locale(&root, &["explain", "maxBytes"], b"", &[("LANG", "zh_CN.UTF-8")]);
    assert!(zh.stdout.starts_with("maxBytes（错误）："), "{}", zh.stdout);
    // LC_ALL wins over LANG; LC_MESSAGES over LANG.
    let en = common::run_with_locale(
        &root,
        &["explain", "maxBytes"],
        b"",
        &[("LANG", "zh_CN.UTF-8"), ("LC_ALL", "C")],
    );
    assert!(en.stdout.starts_with("maxBytes (error):"), "{}", en.stdout);
    let zh = common::run_with_locale(
        &root,
        &["explain", "maxBytes"],
        b"",
        &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "zh_TW")],
    );
    assert!(zh.stdout.starts_with("maxBytes（错误）："), "{}", zh.stdout);
    // `--lang` wins over the locale.
    let en = common::run_with_locale(
        &root,
        &["explain", "maxBytes", "--lang", "en"],
        b"",
        &[("LANG", "zh_CN.UTF-8")],
    );
    assert!(en.stdout.starts_with("maxBytes (error):"), "{}", en.stdout);
}

#[test]
fn the_reference_is_markdown_in_each_language() {
    let en = run(&["explain", "--reference", "--lang", "en"]);
    assert_eq!(en.code, 0, "{}", en.stderr);
    assert!(en.stdout.starts_with("# Rules reference"));
    let zh = run(&["explain", "--reference", "--lang", "zh"]);
    assert!(zh.stdout.starts_with("# 规则参考"));
    for rule in RuleCode::ALL {
        assert!(en.stdout.contains(&format!("\n## {rule}\n")), "{rule}");
        assert!(zh.stdout.contains(&format!("\n## {rule}\n")), "{rule}");
    }
    // Neither a code nor --reference is a usage error.
    assert_eq!(run(&["explain"]).code, 2);
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
