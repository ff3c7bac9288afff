//! Every violation renders in English and in Chinese, and the Chinese leaves no
//! English behind except what must stay verbatim: member names, codes, patterns and
//! values (written as `code` or "quoted"), the server's own error texts (in
//! backticks), and a few technical words.

use std::collections::BTreeSet;

use easemob_payload::{Lang, Limits, Message, Payload, RuleCode, Violation, validate_with};
use easemob_payload_cli::lint_source_in;
use easemob_payload_cli::source::SourceFile;
use easemob_payload_tests::mutators::{Context, MUTATORS, Pick};
use easemob_payload_tests::support::{TYPES, valid};
use serde_json::Value;

/// Words that stay as they are in Chinese technical writing.
const KEPT: &[&str] = &[
    "JSON", "URL", "ID", "UTF", "null", "true", "false", "iOS", "aiff", "wav", "caf", "Lines", "GiB", "BOM",
    "KB", "http", "https",
];

/// The English words left in `text` once code spans, quoted strings and kept words are set aside.
fn english_left(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = String::new();
    let (mut in_code, mut in_quote, mut escaped) = (false, false, false);
    for c in text.chars() {
        if c == '`' && !in_quote {
            in_code = !in_code;
            rest.push(' ');
        } else if c == '"' && !in_code && !escaped {
            in_quote = !in_quote;
            rest.push(' ');
        } else if !in_code && !in_quote {
            rest.push(c);
        }
        escaped = c == '\\' && !escaped;
    }
    for word in rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        let starts_with_letter = word.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_with_letter && !KEPT.contains(&word) {
            out.push(word.to_owned());
        }
    }
    out
}

/// Violations of every kind: the explain examples' rules, the broken examples, the
/// real-payload fixtures, and every mutator on every fixture type.
fn violations() -> Vec<Violation> {
    let mut out = Vec::new();
    for kind in TYPES {
        for mutator in MUTATORS {
            for seed in 0..4 {
                let mut value = valid(kind);
                if (mutator.apply)(&mut value, &Context::default(), &mut Pick::new(seed)).is_some() {
                    out.extend(validate_with(&value, &Limits::DEFAULT).into_violations());
                }
            }
        }
    }
    let limits = Limits::DEFAULT.with_max_bytes(64).with_max_recipients(2);
    for dir in ["real", "corpus"] {
        for entry in std::fs::read_dir(format!("{}/{dir}", env!("CARGO_MANIFEST_DIR"))).expect("fixtures") {
            let path = entry.expect("an entry").path();
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            let Ok(value) = serde_json::from_str::<Value>(&text) else { continue };
            let messages = match value {
                Value::Array(items) => items,
                one => vec![one],
            };
            for m in messages {
                out.extend(validate_with(&m, &limits).into_violations());
            }
        }
    }
    out
}

#[test]
fn every_violation_renders_in_both_languages_with_no_english_left_in_chinese() {
    let all = violations();
    let mut codes = BTreeSet::new();
    for v in &all {
        codes.insert(v.rule);
        let (en, zh) = (v.message_in(Lang::En), v.message_in(Lang::Zh));
        assert_ne!(en, zh, "{v}");
        assert_eq!(en, v.message());
        let left = english_left(&zh);
        assert!(left.is_empty(), "English left in {zh:?}: {left:?}");
        assert_eq!(v.hint_in(Lang::En).is_some(), v.hint_in(Lang::Zh).is_some(), "{v}");
        if let Some(hint) = v.hint_in(Lang::Zh) {
            let left = english_left(&hint);
            assert!(left.is_empty(), "English left in the hint {hint:?}: {left:?}");
        }
    }
    let message_level = easemob_payload_tests::model_codes::codes_of(<Message as Payload>::DESC);
    assert_eq!(codes, message_level, "every rule a message can break is rendered");
}

#[test]
fn file_problems_render_in_chinese_too() {
    let cases: &[(&str, &[u8])] = &[
        ("empty.json", b""),
        ("blank.json", b"  \n"),
        ("comma.json", b"{\"to\": [\"u\"] \"type\": \"txt\"}"),
        ("utf8.json", b"{\"to\": [\"\xff\"]}"),
        ("scalar.json", b"42"),
        ("element.json", b"[1]"),
        ("dup.json", b"{\"to\": [\"u\"], \"to\": [\"v\"], \"type\": \"txt\", \"body\": {\"msg\": \"\"}}"),
        ("same.json", b"{\"to\": [\"u\"], \"to\": [\"u\"], \"type\": \"txt\", \"body\": {\"msg\": \"\"}}"),
        ("deep.json", &[b'['; 200]),
        ("lines.jsonl", b"[1]\n{\"to\": \n"),
    ];
    let mut codes = BTreeSet::new();
    for (name, bytes) in cases {
        let file = SourceFile::new(*name, bytes.to_vec());
        let zh = lint_source_in(&file, name.ends_with(".jsonl"), &Limits::DEFAULT, Lang::Zh);
        let en = lint_source_in(&file, name.ends_with(".jsonl"), &Limits::DEFAULT, Lang::En);
        assert_eq!(zh.violations.len(), en.violations.len(), "{name}");
        for (z, e) in zh.violations.iter().zip(&en.violations) {
            assert_eq!((z.rule, &z.path, z.line, z.column), (e.rule, &e.path, e.line, e.column), "{name}");
            codes.insert(z.rule);
            let left = english_left(&z.message());
            assert!(left.is_empty(), "{name}: English left in {:?}: {left:?}", z.message());
            if let Some(hint) = &z.hint() {
                assert!(english_left(hint).is_empty(), "{name}: {hint:?}");
            }
        }
    }
    assert!(
        codes.contains(&RuleCode::Syntax)
            && codes.contains(&RuleCode::DuplicateKey)
            && codes.contains(&RuleCode::Type)
    );
}

#[test]
fn the_checker_finds_english() {
    assert_eq!(english_left("`body.lat` must be a string"), ["must", "be", "a", "string"]);
    assert!(
        english_left("`body.lat` 必须是字符串，实际为数字 39.966（服务器返回：`Request body is invalid.`）")
            .is_empty()
    );
    assert!(english_left("字符串 \"hello world\" 不符合 JSON").is_empty());
}

#[test]
fn every_model_text_has_its_chinese() {
    // The texts the message model states in English (reasons, notes) all have a translation.
    fn walk(desc: &'static easemob_payload::model::TypeDesc, seen: &mut Vec<&'static str>) {
        use easemob_payload::model::Shape;
        for check in desc.checks {
            seen.extend(check.why);
        }
        match desc.shape {
            Shape::Array(items) | Shape::Map(items) => walk(items, seen),
            Shape::Object(object) => {
                for field in object.fields {
                    seen.extend(field.recommended);
                    for check in field.checks {
                        seen.extend(check.why);
                    }
                    walk(field.ty, seen);
                }
                for other in object.other_bodies {
                    seen.push(other.note);
                    seen.push(other.hint);
                }
            }
            Shape::Tagged(tagged) => tagged.variants.iter().for_each(|v| walk(v.ty, seen)),
            _ => {}
        }
    }
    let mut texts = Vec::new();
    walk(<easemob_payload::Message as easemob_payload::Payload>::DESC, &mut texts);
    assert!(texts.len() >= 9, "{texts:?}");
    for text in texts {
        let zh = easemob_payload::report::model_text(text);
        assert_ne!(zh, text, "no Chinese for {text:?}");
        assert!(english_left(zh).is_empty(), "{zh:?}");
    }
}
