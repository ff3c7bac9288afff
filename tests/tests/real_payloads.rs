//! Payloads in the shapes Easemob's own SDKs and pages send (`tests/real/`), linted
//! as files: what each must get, violation for violation, and the words that matter
//! in its messages and hints.

use easemob_payload_cli::lint::{FileReport, FileViolation};
use easemob_payload_tests::files::lint_bytes;
use easemob_payload_tests::schema_diff::compare;

fn lint(name: &str) -> FileReport {
    let path = format!("{}/real/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    lint_bytes(name, bytes).1
}

/// `(index, path, rule, severity)` of every violation, sorted.
fn quads(report: &FileReport) -> Vec<(usize, String, &'static str, &'static str)> {
    let mut out: Vec<_> = report
        .violations
        .iter()
        .map(|v| (v.index, v.path.clone(), v.rule.as_str(), v.severity.as_str()))
        .collect();
    out.sort();
    out
}

fn quad(
    index: usize,
    path: &str,
    rule: &'static str,
    severity: &'static str,
) -> (usize, String, &'static str, &'static str) {
    (index, path.to_owned(), rule, severity)
}

fn at<'a>(report: &'a FileReport, index: usize, path: &str) -> &'a FileViolation {
    report
        .violations
        .iter()
        .find(|v| v.index == index && v.path == path)
        .unwrap_or_else(|| panic!("no violation at {index} {path}: {:#?}", report.violations))
}

#[test]
fn members_the_server_sdk_sends_are_known() {
    for name in
        ["java-sdk-media.json", "moderation-video.json", "java-sdk-cmd-param.json", "easeui-big-emoji.json"]
    {
        let report = lint(name);
        assert!(report.violations.is_empty(), "{name}: {:#?}", report.violations);
    }
}

#[test]
fn no_hint_steers_a_value_to_a_member_of_another_type() {
    let text = br#"{"to": ["u2"], "type": "audio", "body": {"url": "https://x/a", "filename": "a.amr", "Length": 3, "lenght": "3 s", "file_lenght": 10}}"#;
    let report = lint_bytes("hints.json", text.to_vec()).1;
    // `Length: 3` is an integer, as `length` is: the documentation's own typo gets its hint.
    assert_eq!(at(&report, 0, "/body/Length").hint().as_deref(), Some("did you mean \"length\"?"));
    // A string is no misspelt integer member.
    assert_eq!(at(&report, 0, "/body/lenght").hint(), None);
    // `file_lenght: 10` is closest to the integer `file_length`, not to `length` (seconds).
    assert_eq!(at(&report, 0, "/body/file_lenght").hint().as_deref(), Some("did you mean \"file_length\"?"));
}

#[test]
fn the_push_extension_page_example_is_valid_with_two_warnings() {
    let report = lint("push-extension-page.json");
    assert_eq!(
        quads(&report),
        vec![
            quad(0, "/ext/em_android_push_ext/xiaomi_channel_id", "duplicateKey", "warning"),
            quad(0, "/ext/em_apns_ext/em_push_sound", "pattern", "warning"),
        ]
    );
    assert_eq!(report.valid, 1);
}

#[test]
fn push_extension_mistakes_are_each_reported() {
    let report = lint("push-mistakes.json");
    assert_eq!(
        quads(&report),
        vec![
            quad(0, "/ext/em_android_push_ext/huawei_chanel_id", "unknownField", "warning"),
            quad(0, "/ext/em_android_push_ext/oppo_category", "required", "error"),
            quad(0, "/ext/em_android_push_ext/oppo_notify_level", "enum", "error"),
            quad(0, "/ext/em_android_push_ext/xiaomi_channel_id", "duplicateKey", "error"),
            quad(0, "/ext/em_apns_ext/em_push_badge", "type", "error"),
            quad(0, "/ext/em_apns_ext/em_push_mutable_content", "type", "error"),
            quad(0, "/ext/em_push_filter/accept_device_id", "type", "error"),
            quad(0, "/ext/em_push_template/directed_template/target/0", "lowercase", "error"),
        ]
    );
    let typo = at(&report, 0, "/ext/em_android_push_ext/huawei_chanel_id");
    assert_eq!(typo.hint().as_deref(), Some("did you mean \"huawei_channel_id\"?"));
    assert_eq!(
        at(&report, 0, "/ext/em_apns_ext/em_push_badge").hint().as_deref(),
        Some("send em_push_badge as a number without quotes: 1")
    );
    // Inside `ext` the server checks nothing: no server error is quoted.
    assert!(!at(&report, 0, "/ext/em_apns_ext/em_push_badge").message().contains("server"));
    assert_eq!(
        at(&report, 0, "/ext/em_push_template/directed_template/target/0").hint().as_deref(),
        Some("write it as \"alice\"")
    );
}

#[test]
fn the_legacy_messages_body_is_named_and_its_members_get_no_hint() {
    let report = lint("legacy-messages-body.json");
    assert_eq!(
        quads(&report),
        vec![
            quad(0, "/body", "required", "error"),
            quad(0, "/msg", "unknownField", "warning"),
            quad(0, "/target", "unknownField", "warning"),
            quad(0, "/target_type", "unknownField", "warning"),
            quad(0, "/to", "required", "error"),
            quad(0, "/type", "required", "error"),
        ]
    );
    let to = at(&report, 0, "/to");
    assert!(to.message().contains("POST /{org_name}/{app_name}/messages"), "{}", to.message());
    assert!(to.message().contains("`target` becomes `to`"), "{}", to.message());
    for member in ["/target_type", "/target", "/msg"] {
        assert_eq!(at(&report, 0, member).hint(), None, "{member} must not be steered elsewhere");
    }
}

#[test]
fn a_body_that_only_has_a_target_type_is_not_taken_for_the_legacy_one_when_it_has_to() {
    let text = br#"{"to": ["u2"], "type": "txt", "body": {"msg": "hi"}, "target_type": "users"}"#;
    let report = lint_bytes("mixed.json", text.to_vec()).1;
    assert_eq!(quads(&report), vec![quad(0, "/target_type", "unknownField", "warning")]);
}

#[test]
fn json_encoded_twice_is_named_in_the_hint() {
    let report = lint("double-encoded.json");
    assert_eq!(quads(&report), vec![quad(0, "/body", "type", "error"), quad(0, "/ext", "type", "error")]);
    for path in ["/body", "/ext"] {
        let hint = at(&report, 0, path).hint().unwrap_or_default();
        assert!(
            hint.starts_with("this string holds JSON: send the object itself, not its serialization"),
            "{hint}"
        );
    }
    // A plain string is no serialization: no such hint.
    let plain = lint_bytes("plain.json", br#"{"to": ["u2"], "type": "txt", "body": "hello"}"#.to_vec()).1;
    assert_eq!(at(&plain, 0, "/body").hint(), None);
}

#[test]
fn the_servers_documented_errors_are_quoted() {
    let report = lint("server-errors.json");
    assert_eq!(
        quads(&report),
        vec![
            quad(0, "/to", "minItems", "error"),
            quad(1, "/type", "enum", "error"),
            quad(2, "/body/msg", "required", "error")
        ]
    );
    assert!(at(&report, 0, "/to").message().ends_with("(server: `param to can't be empty`)"));
    assert!(at(&report, 1, "/type").message().ends_with("(server: `param type can't be empty`)"));
    assert!(at(&report, 2, "/body/msg").message().ends_with("(server: `param body can't be empty`)"));
    let double = lint("double-encoded.json");
    assert!(
        at(&double, 0, "/body")
            .message()
            .ends_with("(server: `Request body is invalid. Please check body is correct.`)")
    );
    // `ext` has its own text, and only that one.
    let ext = &at(&double, 0, "/ext").message();
    assert!(
        ext.ends_with("(server: `param ext must be JSONObject`)") && ext.matches("server:").count() == 1,
        "{ext}"
    );
}

#[test]
fn an_empty_body_of_an_unknown_type_quotes_the_server_too() {
    let text =
        br#"[{"to": ["u2"], "type": "gif", "body": {}}, {"to": ["u2"], "type": "custom", "body": {}}]"#;
    let report = lint_bytes("empty.json", text.to_vec()).1;
    for index in [0, 1] {
        let v = at(&report, index, "/body");
        assert_eq!(v.rule.as_str(), "minProperties");
        assert_eq!(v.message().matches("param body can't be empty").count(), 1, "{}", v.message());
    }
}

#[test]
fn the_schema_agrees_with_the_validator_on_every_real_payload() {
    let dir = format!("{}/real", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/real") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("UTF-8");
        let messages = match serde_json::from_str(&text).expect("JSON") {
            serde_json::Value::Array(items) => items,
            one => vec![one],
        };
        for message in messages {
            seen += 1;
            if let Some(why) = compare(&message).disagreement() {
                panic!("{}: {why}", path.display());
            }
        }
    }
    assert!(seen >= 12, "only {seen} messages in {dir}");
}
