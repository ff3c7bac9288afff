//! `lint --lang` and the locale: messages in the chosen language, codes, paths and
//! positions unchanged.

mod common;

use common::{root, run, run_with_locale};

fn json(args: &[&str], vars: &[(&str, &str)]) -> serde_json::Value {
    let r = run_with_locale(&root(), args, b"", vars);
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

/// `(file, index, path, rule, severity, line, column)` of every violation.
fn places(doc: &serde_json::Value) -> Vec<String> {
    doc["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .map(|v| {
            let keys = ["file", "index", "path", "rule", "severity", "line", "column"];
            keys.iter().map(|k| v[*k].to_string()).collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[test]
fn json_output_carries_the_chosen_language_and_nothing_else_changes() {
    let args = ["lint", "--format", "json", "examples/broken"];
    let en = json(&[&args[..], &["--lang", "en"]].concat(), &[]);
    let zh = json(&[&args[..], &["--lang", "zh"]].concat(), &[]);
    assert_eq!(places(&en), places(&zh));
    assert_eq!(en["summary"], zh["summary"]);
    let first = |doc: &serde_json::Value, rule: &str| {
        doc["violations"].as_array().unwrap().iter().find(|v| v["rule"] == rule).unwrap()["message"].clone()
    };
    assert_eq!(first(&en, "syntax"), first(&en, "syntax"));
    assert!(first(&en, "type").as_str().unwrap().contains("must be a string"));
    assert!(first(&zh, "type").as_str().unwrap().contains("必须是字符串"), "{}", first(&zh, "type"));
    assert!(
        first(&zh, "syntax").as_str().unwrap().contains("不是有效的 JSON")
            || first(&zh, "syntax").as_str().unwrap().starts_with("文件")
    );
}

#[test]
fn the_language_follows_the_locale_unless_lang_is_given() {
    let args = ["lint", "--format", "json", "examples/broken/loc-lat-number.json"];
    let message = |doc: serde_json::Value| doc["violations"][0]["message"].as_str().unwrap().to_owned();
    assert!(message(json(&args, &[("LANG", "zh_CN.UTF-8")])).contains("必须是字符串"));
    assert!(message(json(&args, &[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US")])).contains("必须是字符串"));
    assert!(
        message(json(&args, &[("LC_ALL", "en_US.UTF-8"), ("LANG", "zh_CN")])).contains("must be a string")
    );
    assert!(message(json(&args, &[("LANG", "fr_FR.UTF-8")])).contains("must be a string"));
    assert!(message(json(&args, &[])).contains("must be a string"));
    let mut forced = args.to_vec();
    forced.extend(["--lang", "en"]);
    assert!(message(json(&forced, &[("LANG", "zh_CN.UTF-8")])).contains("must be a string"));
}

#[test]
fn human_and_github_labels_are_translated() {
    let r = run(&["lint", "--lang", "zh", "--color", "never", "examples/broken/too-many-problems.json"]);
    assert!(r.stdout.contains("= 提示: "), "{}", r.stdout);
    assert!(r.stdout.contains("消息 1: /body/addr"), "{}", r.stdout);
    assert!(r.stdout.contains("汇总：1 个文件，"), "{}", r.stdout);
    let g = run(&["lint", "--lang", "zh", "--format", "github", "examples/broken/too-many-problems.json"]);
    assert!(g.stdout.contains("[消息 1]") && g.stdout.contains("%0A提示: "), "{}", g.stdout);
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let r = run(&["lint", "--lang", "fr", "examples/txt.json"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("invalid value 'fr'"), "{}", r.stderr);
}
