//! Property: generated valid messages of all eight types, at the edges, have no
//! violation but the `recommended` warnings the generator adds on purpose.

use easemob_payload_tests::config::config;
use easemob_payload_tests::generators::{MAX_BYTES, MAX_RECIPIENTS, messages, size};
use easemob_payload_tests::support::check;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

proptest! {
    #![proptest_config(config())]

    #[test]
    fn generated_messages_are_valid(g in messages(true)) {
        let mut got = check(&g.value);
        got.sort();
        let mut want = g.warnings.clone();
        want.sort();
        prop_assert_eq!(got, want, "{}", g.value);
    }
}

/// The property above is only as good as its generator: 2000 samples must reach every edge.
#[test]
fn the_generator_reaches_its_edges() {
    let mut runner = TestRunner::deterministic();
    let strategy = messages(true);
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..2000 {
        let g = strategy.new_tree(&mut runner).expect("a value").current();
        let v = &g.value;
        seen.insert(format!("type {}", g.kind));
        let to = v["to"].as_array().expect("to").len();
        if to == MAX_RECIPIENTS {
            seen.insert("600 recipients".into());
        }
        if to == 1 {
            seen.insert("1 recipient".into());
        }
        if size(v) == MAX_BYTES {
            seen.insert("exactly 5120 bytes".into());
        }
        if size(v) == MAX_BYTES - 1 {
            seen.insert("5119 bytes".into());
        }
        if v["body"]["customExts"].as_object().is_some_and(|m| m.len() == 16) {
            seen.insert("16 customExts".into());
        }
        if v["body"]["customExts"].as_object().is_some_and(|m| m.is_empty()) {
            seen.insert("0 customExts".into());
        }
        match v["body"]["customEvent"].as_str().map(str::len) {
            Some(32) => seen.insert("customEvent of 32".into()),
            Some(1) => seen.insert("customEvent of 1".into()),
            _ => false,
        };
        for edge in ["-90", "90.000", "-180", "180.0", "0"] {
            if v["body"]["lat"] == edge || v["body"]["lng"] == edge {
                seen.insert(format!("coordinate {edge}"));
            }
        }
        if v["to"].as_array().expect("to").iter().any(|id| id.as_str().is_some_and(|s| s.len() == 64)) {
            seen.insert("64-character ID".into());
        }
        if !g.warnings.is_empty() {
            seen.insert("missing filename".into());
        }
        for key in ["from", "ext", "env", "routetype", "sync_device", "roam_ignore_users"] {
            seen.insert(format!("{key} {}", if v.get(key).is_some() { "present" } else { "absent" }));
        }
        if v["ext"].as_object().is_some_and(|e| {
            e.keys().any(|k| k.starts_with("em_")) && e.keys().any(|k| !k.starts_with("em_"))
        }) {
            seen.insert("ext with em_ and free keys".into());
        }
        if serde_json::to_string(&v["body"]).expect("json").chars().any(|c| c.len_utf8() > 2) {
            seen.insert("multi-byte text".into());
        }
    }
    let mut wanted: Vec<String> = [
        "600 recipients",
        "1 recipient",
        "exactly 5120 bytes",
        "5119 bytes",
        "16 customExts",
        "0 customExts",
        "customEvent of 32",
        "customEvent of 1",
        "coordinate -90",
        "coordinate 90.000",
        "coordinate -180",
        "coordinate 180.0",
        "coordinate 0",
        "64-character ID",
        "missing filename",
        "ext with em_ and free keys",
        "multi-byte text",
    ]
    .map(String::from)
    .to_vec();
    for kind in easemob_payload_tests::support::TYPES {
        wanted.push(format!("type {kind}"));
    }
    for key in ["from", "ext", "env", "routetype", "sync_device", "roam_ignore_users"] {
        wanted.push(format!("{key} present"));
        wanted.push(format!("{key} absent"));
    }
    let missing: Vec<&String> = wanted.iter().filter(|w| !seen.contains(*w)).collect();
    assert!(missing.is_empty(), "the generator never produced: {missing:?}");
}
