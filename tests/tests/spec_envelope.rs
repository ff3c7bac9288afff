//! The rules of the envelope (docs/rules.md): each row passes and fails with the exact (path, rule, severity).

use easemob_payload_tests::support::{TYPES, check, expect, remove, set, valid};
use serde_json::{Value, json};

fn with(pointer: &str, value: Value) -> Value {
    let mut m = valid("txt");
    set(&mut m, pointer, value);
    m
}

fn without(pointer: &str) -> Value {
    let mut m = valid("txt");
    remove(&mut m, pointer);
    m
}

#[test]
fn every_valid_base_message_is_clean() {
    for kind in TYPES {
        assert_eq!(check(&valid(kind)), expect(&[]), "{kind}");
    }
}

#[test]
fn from_is_optional_but_never_empty_or_null() {
    assert_eq!(check(&without("/from")), expect(&[]));
    assert_eq!(check(&with("/from", json!(""))), expect(&[("/from", "minLength", "error")]));
    assert_eq!(check(&with("/from", json!(null))), expect(&[("/from", "type", "error")]));
    assert_eq!(check(&with("/from", json!(7))), expect(&[("/from", "type", "error")]));
}

#[test]
fn user_ids_have_length_and_charset_rules_each_reported_on_its_own() {
    assert_eq!(check(&with("/from", json!("a".repeat(64)))), expect(&[]));
    assert_eq!(check(&with("/from", json!("a".repeat(65)))), expect(&[("/from", "maxLength", "error")]));
    assert_eq!(check(&with("/from", json!("a@b"))), expect(&[("/from", "pattern", "error")]));
    let both = format!("{}@", "a".repeat(64));
    assert_eq!(
        check(&with("/from", json!(both))),
        expect(&[("/from", "maxLength", "error"), ("/from", "pattern", "error")])
    );
    assert_eq!(check(&with("/from", json!("a_b-c.d9"))), expect(&[]));
    // ECMA-262 `$` does not match before a final newline, and neither does ours.
    assert_eq!(check(&with("/from", json!("alice\n"))), expect(&[("/from", "pattern", "error")]));
    assert_eq!(check(&with("/from", json!("ålice"))), expect(&[("/from", "pattern", "error")]));
}

#[test]
fn upper_case_ids_are_a_lowercase_warning_with_the_folded_form() {
    let report = easemob_payload::validate(&with("/to/0", json!("Alice")));
    assert_eq!(
        easemob_payload_tests::support::triples(&report),
        expect(&[("/to/0", "lowercase", "warning")])
    );
    assert!(report.is_valid());
    assert_eq!(report.violations()[0].hint().as_deref(), Some("write it as \"alice\""));
}

#[test]
fn to_is_required_and_holds_1_to_600_recipients() {
    assert_eq!(check(&without("/to")), expect(&[("/to", "required", "error")]));
    assert_eq!(check(&with("/to", json!([]))), expect(&[("/to", "minItems", "error")]));
    assert_eq!(check(&with("/to", json!("user2"))), expect(&[("/to", "type", "error")]));
    let ids = |n: usize| Value::from((0..n).map(|i| format!("u{i}")).collect::<Vec<_>>());
    assert_eq!(check(&with("/to", ids(600))), expect(&[]));
    assert_eq!(check(&with("/to", ids(601))), expect(&[("/to", "maxItems", "error")]));
    let report = easemob_payload::validate(&with("/to", ids(601)));
    assert!(report.violations()[0].message().contains("params to's size can't exceed limit 600"));
    assert!(report.violations()[0].message().contains("601"));
}

#[test]
fn each_recipient_is_a_user_id() {
    assert_eq!(
        check(&with("/to", json!(["ok", "", "b@d", 3, null]))),
        expect(&[
            ("/to/1", "minLength", "error"),
            ("/to/2", "pattern", "error"),
            ("/to/3", "type", "error"),
            ("/to/4", "type", "error"),
        ])
    );
}

#[test]
fn repeated_recipients_case_folded_warn_on_each_repeat() {
    assert_eq!(
        check(&with("/to", json!(["bob", "amy", "Bob", "bob", "amy"]))),
        expect(&[
            ("/to/2", "lowercase", "warning"),
            ("/to/2", "uniqueItems", "warning"),
            ("/to/3", "uniqueItems", "warning"),
            ("/to/4", "uniqueItems", "warning"),
        ])
    );
}

#[test]
fn type_is_required_and_one_of_eight_names_with_a_nearest_name_hint() {
    let mut missing = without("/type");
    assert_eq!(check(&missing), expect(&[("/type", "required", "error")]));
    set(&mut missing, "/body", json!({}));
    assert_eq!(
        check(&missing),
        expect(&[("/body", "minProperties", "error"), ("/type", "required", "error")])
    );
    let report = easemob_payload::validate(&with("/type", json!("text")));
    assert_eq!(easemob_payload_tests::support::triples(&report), expect(&[("/type", "enum", "error")]));
    assert_eq!(report.violations()[0].hint().as_deref(), Some("did you mean \"txt\"?"));
    assert_eq!(check(&with("/type", json!(1))), expect(&[("/type", "type", "error")]));
}

#[test]
fn body_is_required_and_an_object() {
    assert_eq!(check(&without("/body")), expect(&[("/body", "required", "error")]));
    assert_eq!(check(&with("/body", json!("hi"))), expect(&[("/body", "type", "error")]));
    assert_eq!(check(&with("/body", json!(null))), expect(&[("/body", "type", "error")]));
    // An empty body is reported as the members it lacks...
    assert_eq!(check(&with("/body", json!({}))), expect(&[("/body/msg", "required", "error")]));
    // ...or, with an unknown type, as an empty object.
    let mut unknown = with("/type", json!("sticker"));
    set(&mut unknown, "/body", json!({}));
    assert_eq!(check(&unknown), expect(&[("/body", "minProperties", "error"), ("/type", "enum", "error")]));
    set(&mut unknown, "/body", json!([]));
    assert_eq!(check(&unknown), expect(&[("/body", "type", "error"), ("/type", "enum", "error")]));
}

#[test]
fn sync_device_is_a_boolean() {
    assert_eq!(check(&with("/sync_device", json!(true))), expect(&[]));
    assert_eq!(check(&with("/sync_device", json!("true"))), expect(&[("/sync_device", "type", "error")]));
}

#[test]
fn routetype_is_exactly_route_online() {
    assert_eq!(check(&with("/routetype", json!("ROUTE_ONLINE"))), expect(&[]));
    assert_eq!(
        check(&with("/routetype", json!("route_online"))),
        expect(&[("/routetype", "const", "error")])
    );
    assert_eq!(check(&with("/routetype", json!(1))), expect(&[("/routetype", "type", "error")]));
}

#[test]
fn roam_ignore_users_are_user_ids() {
    assert_eq!(check(&with("/roam_ignore_users", json!(["user1", "u_2"]))), expect(&[]));
    assert_eq!(
        check(&with("/roam_ignore_users", json!(["ok", "no way"]))),
        expect(&[("/roam_ignore_users/1", "pattern", "error")])
    );
    assert_eq!(
        check(&with("/roam_ignore_users", json!("user1"))),
        expect(&[("/roam_ignore_users", "type", "error")])
    );
}

#[test]
fn env_is_1_to_8_letters_or_digits() {
    assert_eq!(check(&with("/env", json!("prod01"))), expect(&[]));
    assert_eq!(check(&with("/env", json!("abcdefgh"))), expect(&[]));
    assert_eq!(check(&with("/env", json!("abcdefghi"))), expect(&[("/env", "pattern", "error")]));
    assert_eq!(check(&with("/env", json!(""))), expect(&[("/env", "pattern", "error")]));
    assert_eq!(check(&with("/env", json!("pro-d"))), expect(&[("/env", "pattern", "error")]));
}

#[test]
fn ext_is_an_object_never_null() {
    assert_eq!(check(&with("/ext", json!({}))), expect(&[]));
    let report = easemob_payload::validate(&with("/ext", json!(null)));
    assert_eq!(easemob_payload_tests::support::triples(&report), expect(&[("/ext", "type", "error")]));
    assert_eq!(check(&with("/ext", json!("x"))), expect(&[("/ext", "type", "error")]));
}

#[test]
fn unknown_envelope_members_warn_with_did_you_mean() {
    let report = easemob_payload::validate(&with("/sync_devices", json!(true)));
    assert_eq!(
        easemob_payload_tests::support::triples(&report),
        expect(&[("/sync_devices", "unknownField", "warning")])
    );
    assert_eq!(report.violations()[0].hint().as_deref(), Some("did you mean \"sync_device\"?"));
    assert_eq!(check(&with("/whatever", json!(1))), expect(&[("/whatever", "unknownField", "warning")]));
}

#[test]
fn a_top_level_non_object_is_one_type_error() {
    for value in [json!(null), json!([]), json!("x"), json!(1)] {
        assert_eq!(check(&value), expect(&[("", "type", "error")]));
    }
    assert_eq!(
        check(&json!({})),
        expect(&[
            ("/body", "required", "error"),
            ("/to", "required", "error"),
            ("/type", "required", "error")
        ])
    );
}

#[test]
fn messages_quote_the_servers_documented_errors() {
    let cases = [
        ("/from", json!(""), "param from can't be empty"),
        ("/ext", json!(null), "param ext must be JSONObject"),
        ("/to", Value::from(vec!["u"; 601]), "params to's size can't exceed limit 600"),
    ];
    for (pointer, value, server) in cases {
        let report = easemob_payload::validate(&with(pointer, value));
        let v = report.iter().find(|v| v.path == pointer).expect("a violation at the member");
        assert!(v.message().contains(server), "{v}");
    }
    // Only for that member: `to`'s empty IDs do not quote `from`'s error.
    let report = easemob_payload::validate(&with("/to", json!([""])));
    assert!(!report.violations()[0].message().contains("param from"), "{report}");
}
