//! Snapshots (insta) of the human and SARIF output for `examples/broken/`, and the
//! SARIF output validated against the SARIF 2.1.0 JSON Schema.

mod common;

use common::run;

#[test]
fn human_output_for_the_broken_examples() {
    let r = run(&["lint", "--color", "never", "examples/broken"]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!("human_broken", r.stdout);
}

/// The same in Chinese: messages, hints and labels translated, codes and paths as they
/// are, carets under CJK text counted in terminal columns (two per character) while
/// the reported column stays in characters.
#[test]
fn human_output_in_chinese_for_the_broken_examples() {
    let r = run(&["lint", "--color", "never", "--lang", "zh", "examples/broken"]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!("human_broken_zh", r.stdout);
}

#[test]
fn sarif_output_for_the_broken_examples() {
    let r = run(&["lint", "--format", "sarif", "examples/broken"]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!("sarif_broken", r.stdout);
}

#[test]
fn the_valid_examples_are_valid() {
    let r = run(&["lint", "examples", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let clean: Vec<&str> = doc["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["file"].as_str().unwrap())
        .filter(|f| !f.starts_with("examples/broken/"))
        .collect();
    assert_eq!(clean, Vec::<&str>::new(), "only the broken examples have violations");
    assert_eq!(doc["summary"]["files"], 15);
}

/// The schema is `sarif-2.1.0-rtm.5.json` from the npm package `@microsoft/jest-sarif`
/// 1.0.0-beta.0 (MIT), vendored unchanged; see `tests/data/README.md`.
#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let mut schema: serde_json::Value = serde_json::from_str(include_str!("data/sarif-2.1.0-rtm.5.json"))
        .expect("the vendored schema is JSON");
    // rtm.5's pattern for `language` (of `run` and `toolComponent`) has a stray `]`,
    // which ECMA-262 (and so the meta-schema's `format: regex`) rejects; later
    // versions of the schema write it as below. The linter emits `language` (`en-US`, `zh-CN`).
    for owner in ["run", "toolComponent"] {
        let language = &mut schema["definitions"][owner]["properties"]["language"]["pattern"];
        assert_eq!(language, "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$");
        *language = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into();
    }
    let validator = jsonschema::draft4::new(&schema).expect("the SARIF schema compiles");
    for args in [
        &["lint", "--format", "sarif", "examples/broken"][..],
        &["lint", "--format", "sarif", "examples"],
        &["lint", "--format", "sarif", "examples/txt.json", "no-such-file.json"],
        &["lint", "--format", "sarif", "--lang", "zh", "examples/broken"],
    ] {
        let r = run(args);
        let log: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let errors: Vec<String> =
            validator.iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
    // The check can fail: a log with a bad level is rejected.
    let r = run(&["lint", "--format", "sarif", "examples/broken"]);
    let mut log: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&log));
}
