//! Properties of the file linter (`easemob_payload_cli::lint_source`): arbitrary
//! bytes and randomly edited valid fixtures never panic, bad input always has an
//! error (so the command exits 1), and every line and column lies inside the
//! file. The file-only rules get their mutators here: a repeated member gives
//! exactly one `duplicateKey`, a truncated file exactly one `syntax`.

use easemob_payload_tests::config::{Triple, config};
use easemob_payload_tests::files::{lint_bytes, position_outside};
use easemob_payload_tests::generators::messages;
use easemob_payload_tests::support::check;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{Index, select};
use serde_json::Value;

/// The valid example files, read once.
fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("examples/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "jsonl"))
        .map(|p| (p.display().to_string(), std::fs::read(&p).expect("a fixture")))
        .collect();
    out.sort();
    assert!(out.len() >= 8, "the eight example messages");
    out
}

/// Whether the bytes are one JSON document (after a BOM), as serde_json reads it.
fn parses(bytes: &[u8]) -> Option<Value> {
    serde_json::from_slice(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok()
}

/// Bytes that look like JSON often: tokens, quotes, multi-byte text, BOM, controls.
fn jsonish() -> impl Strategy<Value = Vec<u8>> {
    let token = prop_oneof![
        any::<u8>().prop_map(|b| vec![b]),
        select(
            &[
                "{", "}", "[", "]", ",", ":", "\"", "\\", "\n", "\r\n", " ", "\"to\"", "\"type\"",
                "\"body\"", "\"txt\"", "1e999", "-0", "null", "true", "中", "😀", "\u{feff}", "\u{0}",
            ][..],
        )
        .prop_map(|s| s.as_bytes().to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
        Just(b"\xC3".to_vec()),
    ];
    vec(token, 0..64).prop_map(|t| t.concat())
}

/// One byte edit: insert, delete or replace at a position.
#[derive(Debug, Clone)]
enum Edit {
    Insert(Index, u8),
    Delete(Index),
    Replace(Index, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    let byte = prop_oneof![any::<u8>(), select(&b"{}[],:\"\\ \n0a"[..])];
    prop_oneof![
        (any::<Index>(), byte.clone()).prop_map(|(i, b)| Edit::Insert(i, b)),
        any::<Index>().prop_map(Edit::Delete),
        (any::<Index>(), byte).prop_map(|(i, b)| Edit::Replace(i, b)),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    match edit {
        Edit::Insert(i, b) => bytes.insert(i.index(bytes.len() + 1), *b),
        Edit::Delete(i) if !bytes.is_empty() => {
            bytes.remove(i.index(bytes.len()));
        }
        Edit::Replace(i, b) if !bytes.is_empty() => {
            let at = i.index(bytes.len());
            bytes[at] = *b;
        }
        _ => {}
    }
}

/// `(path, rule, severity)` of a file report, sorted.
fn file_triples(report: &easemob_payload_cli::lint::FileReport) -> Vec<Triple> {
    let mut out: Vec<Triple> = report
        .violations
        .iter()
        .map(|v| (v.path.clone(), v.rule.as_str().to_owned(), v.severity.as_str().to_owned()))
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_are_linted_without_panic(bytes in jsonish(), jsonl in any::<bool>()) {
        let name = if jsonl { "fuzz.jsonl" } else { "fuzz.json" };
        let (file, report) = lint_bytes(name, bytes.clone());
        prop_assert_eq!(position_outside(&file, &report), None);
        if !jsonl && !parses(&bytes).is_some_and(|v| v.is_object() || v.is_array()) {
            prop_assert!(report.error_count() > 0, "bad input must fail the lint (exit 1)");
        }
    }

    #[test]
    fn edited_fixtures_are_linted_without_panic(
        fixture in any::<Index>(),
        edits in vec(edit(), 1..4),
    ) {
        let all = fixtures();
        let (name, mut bytes) = all[fixture.index(all.len())].clone();
        for e in &edits {
            apply(&mut bytes, e);
        }
        let (file, report) = lint_bytes(&name, bytes.clone());
        prop_assert_eq!(position_outside(&file, &report), None);
        match parses(&bytes) {
            // Still one JSON object, no member repeated: the linter reports what `validate` does.
            Some(v @ Value::Object(_)) if !report.violations.iter().any(|x| x.rule.as_str() == "duplicateKey") => {
                let mut want = check(&v);
                want.sort();
                prop_assert_eq!(file_triples(&report), want);
            }
            Some(_) => {}
            None => prop_assert!(report.error_count() > 0, "not JSON must fail the lint"),
        }
    }

    #[test]
    fn a_repeated_member_is_exactly_one_duplicate_key(g in messages(false), which in any::<Index>(), pretty in any::<bool>(), same in any::<bool>()) {
        let object = g.value.as_object().expect("an object");
        let keys: Vec<&String> = object.keys().collect();
        let key = keys[which.index(keys.len())];
        // The repeat comes first, so the copy that is validated (the last) is the valid one:
        // only the repeat is reported, a warning when both copies are equal, else an error.
        let first = if same { object[key.as_str()].clone() } else { serde_json::json!(["another value"]) };
        let member = format!("{}:{}", serde_json::to_string(key).expect("json"), serde_json::to_string(&first).expect("json"));
        let text = if pretty { serde_json::to_string_pretty(&g.value) } else { serde_json::to_string(&g.value) }.expect("json");
        let text = format!("{{{member},{}", &text.trim_start()[1..]);
        let (file, report) = lint_bytes("dup.json", text.into_bytes());
        prop_assert_eq!(position_outside(&file, &report), None);
        let escaped = key.replace('~', "~0").replace('/', "~1");
        let severity = if same { "warning" } else { "error" };
        prop_assert_eq!(file_triples(&report), vec![(format!("/{escaped}"), "duplicateKey".to_owned(), severity.to_owned())]);
    }

    #[test]
    fn a_truncated_message_is_exactly_one_syntax_error(g in messages(false), cut in any::<Index>(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&g.value) } else { serde_json::to_string(&g.value) }.expect("json");
        let mut bytes = text.into_bytes();
        bytes.truncate(cut.index(bytes.len()));
        let (file, report) = lint_bytes("cut.json", bytes);
        prop_assert_eq!(position_outside(&file, &report), None);
        prop_assert_eq!(file_triples(&report), vec![(String::new(), "syntax".to_owned(), "error".to_owned())]);
    }
}
