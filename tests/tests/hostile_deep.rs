//! Hostile input: values nested 100,000 levels deep, in memory, wherever a
//! message can hold them. The validator walks the rule model, not the value, and
//! counts bytes without recursion: no stack overflow on the test thread's
//! default 2 MiB stack, and the size limit is reported.
//!
//! serde_json drops (and prints) a `Value` recursively, so these tests never
//! print an input and take it apart with `dismantle` instead of dropping it.

use easemob_payload_tests::hostile::{deep_array, deep_object, dismantle};
use easemob_payload_tests::support::{check, expect, valid};
use serde_json::{Map, Value, json};

const DEPTH: usize = 100_000;

/// An object of the given members. (`json!` would copy an interpolated value
/// through `to_value`, which recurses.)
fn obj<const N: usize>(members: [(&str, Value); N]) -> Value {
    Value::Object(members.into_iter().map(|(k, v)| (k.to_owned(), v)).collect::<Map<_, _>>())
}

fn with(kind: &str, edit: impl FnOnce(&mut Value)) -> Value {
    let mut m = valid(kind);
    edit(&mut m);
    m
}

#[test]
fn ext_nested_100000_levels_deep_is_too_large_not_a_stack_overflow() {
    let m = with("txt", |m| m["ext"] = obj([("deep", deep_object(DEPTH, json!("x")))]));
    assert_eq!(check(&m), expect(&[("", "maxBytes", "error")]));
    let m2 = with("txt", |m| m["ext"] = deep_object(DEPTH, json!(1)));
    assert_eq!(check(&m2), expect(&[("", "maxBytes", "error")]));
    dismantle(m);
    dismantle(m2);
}

#[test]
fn deep_values_in_the_known_ext_keys() {
    let m = with("txt", |m| {
        m["ext"] = obj([
            ("em_apns_ext", obj([("a", deep_array(DEPTH, json!(null)))])),
            ("em_push_ext", obj([("custom", obj([("b", deep_object(DEPTH, json!(null)))]))])),
            ("em_at_list", deep_array(DEPTH, json!("u1"))),
        ]);
    });
    // The push extensions are closed: `a` is an unknown member (a warning), whatever it holds.
    assert_eq!(
        check(&m),
        expect(&[
            ("", "maxBytes", "error"),
            ("/ext/em_apns_ext/a", "unknownField", "warning"),
            ("/ext/em_at_list/0", "type", "error"),
        ])
    );
    dismantle(m);
}

#[test]
fn deep_values_in_the_envelope_and_the_body() {
    let m = with("txt", |m| {
        m["to"] = Value::Array(vec![deep_array(DEPTH, json!("u1"))]);
        m["body"]["msg"] = deep_object(DEPTH, json!("x"));
        m["deep"] = deep_array(DEPTH, json!(0));
    });
    assert_eq!(
        check(&m),
        expect(&[
            ("", "maxBytes", "error"),
            ("/body/msg", "type", "error"),
            ("/deep", "unknownField", "warning"),
            ("/to/0", "type", "error"),
        ])
    );
    dismantle(m);
    let custom = with("custom", |m| m["body"]["customExts"]["k"] = deep_object(DEPTH, json!("v")));
    assert_eq!(check(&custom), expect(&[("", "maxBytes", "error"), ("/body/customExts/k", "type", "error")]));
    dismantle(custom);
    let unknown_type = with("txt", |m| {
        m["type"] = json!("text");
        m["body"] = obj([("a", deep_array(DEPTH, json!(1)))]);
    });
    assert_eq!(check(&unknown_type), expect(&[("", "maxBytes", "error"), ("/type", "enum", "error")]));
    dismantle(unknown_type);
}

#[test]
fn a_message_that_is_itself_100000_levels_deep() {
    let m = deep_array(DEPTH, json!({}));
    assert_eq!(check(&m), expect(&[("", "type", "error")]));
    dismantle(m);
    let m = deep_object(DEPTH, json!(null));
    let report = check(&m);
    assert!(report.contains(&("/a".to_owned(), "unknownField".to_owned(), "warning".to_owned())));
    assert!(report.contains(&("/to".to_owned(), "required".to_owned(), "error".to_owned())));
    dismantle(m);
}

#[test]
fn dismantle_drops_a_deep_value_without_recursion() {
    // The helper the tests above lean on: a 1,000,000-level value goes away on a 2 MiB stack.
    dismantle(deep_object(1_000_000, json!("x")));
    dismantle(deep_array(1_000_000, json!([])));
}
