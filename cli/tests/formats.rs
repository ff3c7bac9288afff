//! Every output format, option and exit code of `easemob-payload lint`.

mod common;

use common::{TempDir, VALID, lint_json_in, lint_text, run, run_in};

/// A message with one error (`type` text) and one warning (`User2`).
const ERROR_AND_WARNING: &str = r#"{"to": ["user2", "User2"], "type": "text", "body": {"msg": "hi"}}"#;
/// A message with only a warning.
const WARNING_ONLY: &str = r#"{"to": ["User2"], "type": "txt", "body": {"msg": "hi"}}"#;

#[test]
fn exit_0_when_everything_is_valid() {
    let dir = TempDir::new();
    dir.write("ok.json", VALID.as_bytes());
    let r = run_in(dir.path(), &["lint", "ok.json"], b"");
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stdout, "summary: 1 file, 1 message, 1 valid, 0 errors, 0 warnings\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn exit_1_on_errors_and_0_on_warnings_alone() {
    let (code, doc) = lint_text("e.json", ERROR_AND_WARNING.as_bytes(), &[]);
    assert_eq!(code, 1);
    assert_eq!(doc["summary"]["errors"], 1);
    assert_eq!(doc["summary"]["warnings"], 2);
    let (code, doc) = lint_text("w.json", WARNING_ONLY.as_bytes(), &[]);
    assert_eq!(code, 0);
    assert_eq!(doc["summary"]["warnings"], 1);
}

#[test]
fn deny_warnings_changes_the_exit_code_only() {
    let (code, doc) = lint_text("w.json", WARNING_ONLY.as_bytes(), &["--deny-warnings"]);
    assert_eq!(code, 1);
    assert_eq!(doc["summary"]["valid"], 1, "a warning does not make a message invalid");
    assert_eq!(doc["violations"][0]["severity"], "warning");
    let (code, _) = lint_text("ok.json", VALID.as_bytes(), &["--deny-warnings"]);
    assert_eq!(code, 0);
}

#[test]
fn exit_2_on_usage_errors() {
    for args in [
        &["lint"][..],
        &["lint", "--format", "xml", "examples/txt.json"],
        &["lint", "--max-bytes", "lots", "examples/txt.json"],
        &["lint", "--bogus", "examples/txt.json"],
        &["frobnicate"],
        &[],
    ] {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert!(r.stderr.starts_with("error: ") || args.is_empty(), "{args:?}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{args:?}");
    }
    let help = run(&["lint", "--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--deny-warnings"));
}

#[test]
fn exit_2_on_an_unreadable_path_but_the_others_are_linted() {
    let dir = TempDir::new();
    dir.write("bad.json", ERROR_AND_WARNING.as_bytes());
    let r = run_in(dir.path(), &["lint", "missing.json", "bad.json", "--color", "never"], b"");
    assert_eq!(r.code, 2, "an unreadable path wins over found errors: {r:?}");
    assert_eq!(r.stderr, "error: cannot read `missing.json`: No such file or directory\n");
    assert!(r.stdout.contains("error[enum]"), "{}", r.stdout);
    assert!(r.stdout.ends_with("1 error, 2 warnings; 1 path could not be read\n"), "{}", r.stdout);
    let (code, doc) = lint_json_in(dir.path(), &["missing.json", "bad.json"], b"");
    assert_eq!(code, 2);
    assert_eq!(doc["summary"]["files"], 1);
}

#[test]
fn json_has_exactly_the_documented_shape() {
    let (_, doc) = lint_text("e.json", ERROR_AND_WARNING.as_bytes(), &[]);
    // serde_json's map sorts keys, so the order is checked on the text.
    let dir = TempDir::new();
    dir.write("e.json", ERROR_AND_WARNING.as_bytes());
    let text = run_in(dir.path(), &["lint", "--format", "json", "e.json"], b"").stdout;
    let order = [
        "\"summary\"",
        "\"files\"",
        "\"messages\"",
        "\"valid\"",
        "\"errors\"",
        "\"warnings\"",
        "\"violations\"",
        "\"file\"",
        "\"index\"",
        "\"line\"",
        "\"column\"",
        "\"path\"",
        "\"rule\"",
        "\"severity\"",
        "\"message\"",
        "\"hint\"",
    ];
    let at: Vec<usize> =
        order.iter().map(|k| text.find(k).unwrap_or_else(|| panic!("{k} missing: {text}"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{text}");
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&doc), ["summary", "violations"]);
    assert_eq!(
        doc["summary"],
        serde_json::json!({"files": 1, "messages": 1, "valid": 0, "errors": 1, "warnings": 2})
    );
    let first = &doc["violations"][0];
    assert_eq!(
        keys(first),
        ["column", "file", "hint", "index", "line", "message", "path", "rule", "severity"]
    );
    assert_eq!(first["file"], "e.json");
    assert_eq!((first["path"].as_str(), first["rule"].as_str()), (Some("/to/1"), Some("lowercase")));
    // No hint: the member is left out, not null.
    let exts: Vec<String> = (0..17).map(|i| format!("\"k{i}\": \"v\"")).collect();
    let text =
        format!(r#"{{"to": ["u2"], "type": "custom", "body": {{"customExts": {{{}}}}}}}"#, exts.join(", "));
    let (_, doc) = lint_text("m.json", text.as_bytes(), &[]);
    let v = &doc["violations"][0];
    assert_eq!(v["rule"], "maxProperties");
    assert!(v.get("hint").is_none(), "{v}");
}

#[test]
fn github_annotations_with_escaping() {
    let text = "{\"to\": [\"u2\"], \"type\": \"txt\", \"body\": {\"msg\": \"hi\"},\n \"ext\": {\"em_a,b:c\": 1}, \"from\": \"\"}";
    let dir = TempDir::new();
    dir.write("g,h.json", text.as_bytes());
    let r = run_in(dir.path(), &["lint", "--format", "github", "g,h.json"], b"");
    assert_eq!(r.code, 1);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "::warning file=g%2Ch.json,line=2,col=22,title=easemob-payload unknownField /ext/em_a%2Cb%3Ac::`ext.em_a,b:c` is not a known member: the `em_` prefix is reserved by Easemob, and the server ignores names it does not know",
            "::error file=g%2Ch.json,line=2,col=34,title=easemob-payload minLength /from::`from` is empty; at least 1 character is required (server: `param from can't be empty`)",
            "summary: 1 file, 1 message, 0 valid, 1 error, 1 warning",
        ]
    );
}

#[test]
fn sarif_names_rules_levels_and_relative_uris() {
    let dir = TempDir::new();
    dir.write("sub dir/e.json", ERROR_AND_WARNING.as_bytes());
    let r = run_in(dir.path(), &["lint", "--format", "sarif", "."], b"");
    assert_eq!(r.code, 1);
    let log: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "easemob-payload");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let codes: Vec<&str> = easemob_payload::RuleCode::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(ids, codes);
    for rule in rules {
        for key in ["shortDescription", "fullDescription", "help"] {
            assert!(!rule[key]["text"].as_str().unwrap().is_empty(), "{rule}");
        }
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    // By position: `/to/1` (column 18) before `/type` (column 36).
    let rule_ids: Vec<&str> = results.iter().map(|r| r["ruleId"].as_str().unwrap()).collect();
    assert_eq!(rule_ids, ["lowercase", "uniqueItems", "enum"]);
    let first = &results[2];
    assert_eq!(first["level"], "error");
    assert_eq!(rules[first["ruleIndex"].as_u64().unwrap() as usize]["id"], "enum");
    let location = &first["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "sub%20dir/e.json");
    assert_eq!(location["region"], serde_json::json!({"startLine": 1, "startColumn": 36}));
    assert_eq!(results[0]["level"], "warning");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
}

#[test]
fn quiet_prints_the_summary_only() {
    let dir = TempDir::new();
    dir.write("e.json", ERROR_AND_WARNING.as_bytes());
    for format in ["human", "github"] {
        let r = run_in(dir.path(), &["lint", "--quiet", "--format", format, "e.json"], b"");
        assert_eq!(r.code, 1);
        assert_eq!(r.stdout, "summary: 1 file, 1 message, 0 valid, 1 error, 2 warnings\n", "{format}");
    }
}

#[test]
fn max_bytes_sets_the_limit() {
    let big = format!(r#"{{"to": ["u2"], "type": "txt", "body": {{"msg": "{}"}}}}"#, "x".repeat(4000));
    let (code, doc) = lint_text("big.json", big.as_bytes(), &[]);
    assert_eq!((code, doc["summary"]["errors"].as_u64()), (0, Some(0)));
    let (code, doc) = lint_text("big.json", big.as_bytes(), &["--max-bytes", "3072"]);
    assert_eq!(code, 1);
    let v = &doc["violations"][0];
    assert_eq!(
        (v["rule"].as_str(), v["path"].as_str(), v["line"].as_u64()),
        (Some("maxBytes"), Some(""), Some(1))
    );
    assert!(v["message"].as_str().unwrap().contains("3072"), "{v}");
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let dir = TempDir::new();
    dir.write("e.json", ERROR_AND_WARNING.as_bytes());
    let piped = run_in(dir.path(), &["lint", "e.json"], b"");
    assert!(!piped.stdout.contains('\x1b'), "stdout is a pipe here: no colour");
    let always = run_in(dir.path(), &["lint", "--color", "always", "e.json"], b"");
    assert!(always.stdout.contains("\x1b["));
    assert_eq!(always.code, piped.code);
    let never = run_in(dir.path(), &["lint", "--color", "never", "e.json"], b"");
    assert_eq!(never.stdout, piped.stdout);
}

#[test]
fn human_shows_the_source_line_a_caret_and_the_hint() {
    let dir = TempDir::new();
    dir.write(
        "e.json",
        b"{\n  \"to\": [\"user2\"],\n  \"type\": \"text\",\n  \"body\": {\"msg\": \"hi\"}\n}\n",
    );
    let r = run_in(dir.path(), &["lint", "e.json"], b"");
    assert_eq!(
        r.stdout,
        "error[enum]: `type` is \"text\"; it must be one of txt, img, audio, video, file, loc, cmd, custom
 --> e.json:3:11
  |
3 |   \"type\": \"text\",
  |           ^^^^^^ /type
  |
  = help: did you mean \"txt\"?

summary: 1 file, 1 message, 0 valid, 1 error, 0 warnings
"
    );
}

#[test]
fn many_violations_of_one_rule_are_summarised_after_20() {
    let to: Vec<String> = (0..600).map(|i| format!("\"user {i}\"")).collect();
    let text = format!("{{\"to\": [{}], \"type\": \"txt\", \"body\": {{\"msg\": \"hi\"}}}}", to.join(", "));
    let dir = TempDir::new();
    dir.write("many.json", text.as_bytes());
    let r = run_in(dir.path(), &["lint", "many.json"], b"");
    assert_eq!(r.stdout.matches("error[pattern]").count(), 20);
    assert!(r.stdout.contains("note: ... and 580 more `pattern` violations in many.json"), "{}", r.stdout);
    assert!(r.stdout.ends_with("summary: 1 file, 1 message, 0 valid, 600 errors, 0 warnings\n"));
    let (_, doc) = lint_text("many.json", text.as_bytes(), &[]);
    assert_eq!(doc["violations"].as_array().unwrap().len(), 600, "json lists them all");
}
