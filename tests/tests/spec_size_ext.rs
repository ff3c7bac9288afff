//! The size rule and `ext` (docs/rules.md), and the whole-report properties.

use easemob_payload::{Limits, RuleCode, Severity, validate, validate_with};
use easemob_payload_tests::support::{check, expect, set, triples, valid};
use serde_json::{Value, json};

/// A txt message whose body + ext serialize to exactly `bytes` bytes, using 3-byte Chinese characters.
fn txt_of_size(bytes: usize) -> Value {
    let mut m = valid("txt");
    // `{"msg":""}` is 10 bytes; fill with 中 (3 bytes in UTF-8) and pad with ASCII.
    let room = bytes - 10;
    let text = format!("{}{}", "中".repeat(room / 3), "a".repeat(room % 3));
    set(&mut m, "/body/msg", json!(text));
    assert_eq!(easemob_payload::size::body_and_ext_len(m.as_object().unwrap()), bytes);
    m
}

#[test]
fn body_plus_ext_may_reach_5120_bytes_but_not_5121() {
    assert_eq!(check(&txt_of_size(5120)), expect(&[]));
    assert_eq!(check(&txt_of_size(5121)), expect(&[("", "maxBytes", "error")]));
    let report = validate(&txt_of_size(5121));
    assert!(report.violations()[0].message().contains("5121 bytes"), "{}", report);
    assert!(report.violations()[0].message().contains("message is too large"));
}

#[test]
fn ext_counts_toward_the_size_and_absent_members_count_zero() {
    let mut m = txt_of_size(5000);
    // `{"k":"..."}`: 8 bytes of frame plus the value.
    set(&mut m, "/ext", json!({"k": "x".repeat(112)}));
    assert_eq!(check(&m), expect(&[]));
    set(&mut m, "/ext", json!({"k": "x".repeat(113)}));
    assert_eq!(check(&m), expect(&[("", "maxBytes", "error")]));
}

#[test]
fn the_byte_limit_is_a_setting() {
    let private = Limits::DEFAULT.with_max_bytes(3072);
    assert!(validate_with(&txt_of_size(3072), &private).is_empty());
    assert_eq!(triples(&validate_with(&txt_of_size(3073), &private)), expect(&[("", "maxBytes", "error")]));
}

#[test]
fn the_recipient_cap_is_a_setting() {
    let mut m = valid("txt");
    set(&mut m, "/to", json!(["a", "b", "c"]));
    let two = Limits::DEFAULT.with_max_recipients(2);
    assert_eq!(triples(&validate_with(&m, &two)), expect(&[("/to", "maxItems", "error")]));
}

#[test]
fn the_whole_request_may_exceed_5_kb_through_recipients_alone() {
    let mut m = valid("txt");
    let ids: Vec<String> = (0..600).map(|i| format!("recipient-number-{i:04}")).collect();
    set(&mut m, "/to", json!(ids));
    assert!(serde_json::to_vec(&m).unwrap().len() > 5120);
    assert_eq!(check(&m), expect(&[]));
}

#[test]
fn ext_is_free_form_except_unknown_em_keys() {
    let mut m = valid("txt");
    set(
        &mut m,
        "/ext",
        json!({
            "em_ignore_notification": true, "em_force_notification": false, "em_at_list": ["u1"],
            "em_apns_ext": {"em_push_title": "t"}, "em_android_push_ext": {}, "em_harmony_push_ext": {},
            "em_push_ext": {"title": "t", "content": "c", "custom": {"a": 1}, "group_user_nickname": "g"},
            "em_push_filter": {}, "em_push_template": {"name": "n"},
            "mine": null, "also_mine": [1, {"x": null}]
        }),
    );
    assert_eq!(check(&m), expect(&[]));
    set(&mut m, "/ext/em_ignore_notifications", json!(true));
    let report = validate(&m);
    assert_eq!(triples(&report), expect(&[("/ext/em_ignore_notifications", "unknownField", "warning")]));
    assert_eq!(report.violations()[0].hint().as_deref(), Some("did you mean \"em_ignore_notification\"?"));
    // The push extensions are closed: an unknown member inside one is warned of.
    set(&mut m, "/ext/em_push_ext/subtitle", json!("s"));
    let push = validate(&m);
    assert!(triples(&push).contains(&(
        "/ext/em_push_ext/subtitle".to_owned(),
        "unknownField".to_owned(),
        "warning".to_owned()
    )));
}

#[test]
fn ext_known_keys_have_types() {
    let bad = json!({
        "em_ignore_notification": "true", "em_force_notification": 1, "em_at_list": "u1",
        "em_apns_ext": [], "em_android_push_ext": null, "em_harmony_push_ext": 1,
        "em_push_ext": {"title": 1, "content": true, "custom": []},
        "em_push_filter": "x", "em_push_template": {"name": 5}
    });
    let mut m = valid("txt");
    set(&mut m, "/ext", bad);
    assert_eq!(
        check(&m),
        expect(&[
            ("/ext/em_android_push_ext", "type", "error"),
            ("/ext/em_apns_ext", "type", "error"),
            ("/ext/em_at_list", "type", "error"),
            ("/ext/em_force_notification", "type", "error"),
            ("/ext/em_harmony_push_ext", "type", "error"),
            ("/ext/em_ignore_notification", "type", "error"),
            ("/ext/em_push_ext/content", "type", "error"),
            ("/ext/em_push_ext/custom", "type", "error"),
            ("/ext/em_push_ext/title", "type", "error"),
            ("/ext/em_push_filter", "type", "error"),
            ("/ext/em_push_template/name", "type", "error"),
        ])
    );
}

#[test]
fn ten_problems_across_envelope_body_and_ext_come_back_from_one_call() {
    let payload = json!({
        "from": "",
        "to": ["user2", "User2", "a@b"],
        "type": "loc",
        "body": {"lat": 39.966, "lng": "200", "Addr": "x"},
        "sync_device": "yes",
        "routetype": "ONLINE",
        "env": "production-1",
        "ext": {"em_ignore_notification": "true", "em_foo": 1}
    });
    let report = validate(&payload);
    assert_eq!(
        triples(&report),
        expect(&[
            ("/body/Addr", "unknownField", "warning"),
            ("/body/addr", "required", "error"),
            ("/body/lat", "type", "error"),
            ("/body/lng", "pattern", "error"),
            ("/env", "pattern", "error"),
            ("/ext/em_foo", "unknownField", "warning"),
            ("/ext/em_ignore_notification", "type", "error"),
            ("/from", "minLength", "error"),
            ("/routetype", "const", "error"),
            ("/sync_device", "type", "error"),
            ("/to/1", "lowercase", "warning"),
            ("/to/1", "uniqueItems", "warning"),
            ("/to/2", "pattern", "error"),
        ])
    );
    assert_eq!(report.error_count(), 9);
    assert_eq!(report.warning_count(), 4);
    assert!(!report.is_valid());
}

#[test]
fn every_violation_names_the_field_and_the_value_found() {
    let payload = json!({"from": "a@b", "to": [], "type": "txt", "body": {"msg": 1}});
    for v in validate(&payload).iter() {
        let field = v.path.rsplit('/').next().unwrap();
        assert!(v.message().contains(field), "{v}");
        assert!(v.message().ends_with(|c: char| c.is_alphanumeric() || "`\")".contains(c)), "{v}");
    }
}

#[test]
fn reports_sort_by_path_with_numeric_indices_and_display_one_line_each() {
    let ids: Vec<String> =
        (0..12).map(|i| if i % 5 == 0 { format!("B{i}") } else { format!("b{i}") }).collect();
    let mut m = valid("txt");
    set(&mut m, "/to", json!(ids));
    let report = validate(&m);
    let paths: Vec<&str> = report.iter().map(|v| v.path.as_str()).collect();
    assert_eq!(paths, ["/to/0", "/to/5", "/to/10"]);
    assert_eq!(format!("{report:#}").lines().count(), 3);
    assert_eq!(report.to_string(), "valid, 3 warnings");
    assert!(report.iter().all(|v| v.rule == RuleCode::Lowercase && v.severity == Severity::Warning));
}
