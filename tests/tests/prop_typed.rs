//! Typed validation (`Message::validate`, `validate_typed`) judges the Rust value as
//! serde hands it over, without building its JSON (`easemob_payload::fast::typed`).
//! Held against the JSON's own report on every message that deserializes:
//!
//! - the verdict of the derive's typed validator over the fields
//!   (`typed_fields_clean`) is the interpreter's, and it gives one for every message
//!   whose `ext` has no members of its own;
//! - so is the verdict of the serialization judge that stands in where the fields
//!   cannot tell, both ways (it neither passes a message with a violation nor sends
//!   a clean one down the slow path), and the size it counts for `maxBytes` is the JSON's;
//! - the whole report equals `validate_with` on `serde_json::to_value` of the message.
//!
//! Messages are generated valid, then mutated by every mutator (those that keep the
//! types give typed messages with violations: long texts, upper-case and repeated
//! recipients, too many of them, unknown `em_` keys); limits vary. A type of its own
//! covers sets, bounded integers, floats, a flattened struct and a flattened map.

use std::collections::{BTreeMap, BTreeSet};

use easemob_payload::fast::{interpreted_report, typed};
use easemob_payload::message::{Ext, ImageSize};
use easemob_payload::size::{body_and_ext_len, compact_len};
use easemob_payload::{Limits, Message, Payload, RuleCode, validate_as, validate_typed, validate_with};
use easemob_payload_tests::arbitrary::objects_of;
use easemob_payload_tests::config::config;
use easemob_payload_tests::generators::messages;
use easemob_payload_tests::mutators::{Context, MUTATORS, apply_many};
use proptest::collection::vec;
use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

fn limits() -> impl Strategy<Value = Limits> {
    prop_oneof![
        3 => Just(Limits::DEFAULT),
        1 => (0usize..=6000, 0usize..=700)
            .prop_map(|(bytes, recipients)| Limits::DEFAULT.with_max_bytes(bytes).with_max_recipients(recipients)),
    ]
}

/// Whether the derive's typed validator, the serialization judge, the lengths and
/// `Message::validate` agree with the JSON's report on `value` (when it deserializes
/// into a message at all).
fn agree(value: &Value, limits: &Limits) -> Result<bool, TestCaseError> {
    let Ok(message) = serde_json::from_value::<Message>(value.clone()) else { return Ok(false) };
    let json = serde_json::to_value(&message).expect("a message serializes");
    let oracle = interpreted_report(<Message as Payload>::DESC, &json, limits);
    let clean_but_size = oracle.iter().all(|v| v.rule == RuleCode::MaxBytes);
    // An ext member of the app's own named as a typed one: which copy serde writes is
    // the serialization's business, so the fields leave it to the judge.
    let ext_model = easemob_payload::fast::object_of(<Ext as Payload>::DESC).expect("an object");
    let collides = message.ext.as_ref().is_some_and(|ext| ext.custom.keys().any(|k| ext_model.knows(k)));

    let generated = message.typed_fields_clean(limits);
    if let Some(verdict) = generated {
        prop_assert_eq!(verdict, clean_but_size, "fields {:?} vs report {:#} on {}", generated, oracle, json);
    }
    prop_assert!(generated.is_some() || collides, "fields undecided on {}", json);

    let judged = typed::clean_and_counted(&message, <Message as Payload>::DESC, limits, &["body", "ext"]);
    prop_assert_eq!(
        judged.is_some(),
        clean_but_size,
        "judge {:?} vs report {:#} on {}",
        judged,
        oracle,
        json
    );
    if let Some(size) = judged {
        prop_assert_eq!(size, body_and_ext_len(json.as_object().expect("an object")), "size of {}", json);
    }

    // The lengths the derive's code counts are serde_json's.
    if let Some(len) = message.typed_len() {
        prop_assert_eq!(len, compact_len(&json), "length of {}", json);
    }
    prop_assert!(message.typed_len().is_some() || collides, "length uncounted for {}", json);
    let body = message.content.typed_content_len();
    prop_assert_eq!(body, Some(compact_len(&json["body"])), "length of the body of {}", json);

    prop_assert_eq!(&message.validate(limits), &validate_with(&json, limits), "reports on {}", json);
    Ok(true)
}

/// `480.0` as `480`: JSON Schema's integer, which the typed message's `i64` does not read.
fn whole_floats_as_integers(value: Value) -> Value {
    match value {
        Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0) && !(n.is_i64() || n.is_u64()) => {
            Value::from(n.as_f64().unwrap_or_default() as i64)
        }
        Value::Array(items) => items.into_iter().map(whole_floats_as_integers).collect(),
        Value::Object(map) => map.into_iter().map(|(k, v)| (k, whole_floats_as_integers(v))).collect(),
        other => other,
    }
}

fn cases() -> ProptestConfig {
    let base = config();
    ProptestConfig { cases: base.cases.saturating_mul(5) / 4, ..base }
}

/// What the message does not have: a set, bounded integers, a float, flattened parts.
#[derive(Payload, Serialize, Deserialize, Debug)]
struct Catalogue {
    #[payload(min_length = 1, lowercase)]
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(recommended = "for the listing")]
    tags: Option<BTreeSet<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(maximum = 9)]
    level: Option<u8>,
    #[serde(default)]
    #[payload(minimum = 0.5)]
    weight: f64,
    #[serde(flatten)]
    size: ImageSize,
    #[serde(flatten)]
    rest: BTreeMap<String, i32>,
}

fn catalogue() -> impl Strategy<Value = Value> {
    let values = vec![
        Value::from(1),
        Value::from(-1),
        Value::from(10),
        Value::from(0.25),
        Value::from(3_000_000_000u64),
        Value::from("ab"),
        Value::from("Ab"),
        Value::from(""),
        serde_json::json!(["a", "b"]),
        serde_json::json!(["b", "a"]),
    ];
    objects_of(&["name", "tags", "level", "weight", "width", "height", "x", "y"], values, 8)
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn valid_messages(g in messages(true), limits in limits()) {
        let value = whole_floats_as_integers(g.value);
        prop_assert!(agree(&value, &limits)?, "a generated message deserializes: {}", value);
    }

    #[test]
    fn mutated_messages(g in messages(false), picks in vec((0..MUTATORS.len(), any::<u64>()), 1..=3), limits in limits()) {
        let mut value = g.value.clone();
        apply_many(&mut value, &Context { pad: g.pad.clone() }, &picks);
        agree(&value, &limits)?;
    }

    #[test]
    fn a_type_with_sets_bounds_and_flattened_parts(input in catalogue()) {
        let Ok(typed_value) = serde_json::from_value::<Catalogue>(input) else { return Ok(()) };
        let json = serde_json::to_value(&typed_value).expect("serializes");
        let oracle = interpreted_report(Catalogue::DESC, &json, &Limits::DEFAULT);
        prop_assert_eq!(typed::is_clean(&typed_value, Catalogue::DESC, &Limits::DEFAULT), oracle.is_empty(), "{:#} on {}", oracle, json);
        prop_assert_eq!(typed_value.typed_len(), Some(compact_len(&json)), "length of {}", json);
        let generated = typed_value.typed_clean(&Limits::DEFAULT);
        prop_assert!(generated.is_some(), "undecided on {}", json);
        if let Some(verdict) = generated {
            prop_assert_eq!(verdict, oracle.is_empty(), "fields: {:#} on {}", oracle, json);
        }
        prop_assert_eq!(validate_typed(&typed_value, &Limits::DEFAULT), validate_as::<Catalogue>(&json, &Limits::DEFAULT));
    }
}

#[test]
fn a_clean_message_is_judged_without_its_json_and_a_dirty_one_reported_through_it() {
    let clean = Message::txt("hello").from("user1").to(["user2", "user3"]).build().expect("valid");
    let desc = <Message as Payload>::DESC;
    let json = serde_json::to_value(&clean).expect("serializes");
    let size = body_and_ext_len(json.as_object().expect("an object"));
    assert_eq!(typed::clean_and_counted(&clean, desc, &Limits::DEFAULT, &["body", "ext"]), Some(size));
    let mut dirty = clean.clone();
    dirty.to.push("User2".into());
    assert_eq!(typed::clean_and_counted(&dirty, desc, &Limits::DEFAULT, &["body", "ext"]), None);
    let report = dirty.validate(&Limits::DEFAULT);
    let found: Vec<(&str, RuleCode)> = report.iter().map(|v| (v.path.as_str(), v.rule)).collect();
    assert_eq!(found, [("/to/2", RuleCode::Lowercase), ("/to/2", RuleCode::UniqueItems)]);
}

/// A change that breaks one rule of a typed message.
type Breaks = fn(&mut Message);

#[test]
fn the_fields_validator_runs_member_rules_type_rules_and_missing_members() {
    let limits = Limits::DEFAULT;
    let valid = Message::txt("hello").from("user1").to(["user2", "user3"]).build().expect("valid");
    assert_eq!(valid.typed_fields_clean(&limits), Some(true));
    let broken: [(&str, Breaks); 6] = [
        ("no recipient (the member's minItems)", |m| m.to.clear()),
        ("601 recipients (maxItems)", |m| m.to = (0..601).map(|i| format!("u{i}").into()).collect()),
        ("a repeated recipient (uniqueItems)", |m| m.to.push("USER2".into())),
        ("upper case (the user ID type's own rule)", |m| m.from = Some("User1".into())),
        ("routetype (constant)", |m| m.routetype = Some("route_online".into())),
        ("msg_timestamp (minimum)", |m| m.msg_timestamp = Some(-1)),
    ];
    for (what, breaks) in broken {
        let mut message = valid.clone();
        breaks(&mut message);
        assert_eq!(message.typed_fields_clean(&limits), Some(false), "{what}");
        assert!(!message.validate(&limits).is_empty(), "{what}: reported too");
    }
}

/// A struct flattened into another, left out when it has no ID.
#[derive(Payload, Serialize, Debug)]
struct Account {
    id: String,
}

impl Account {
    fn blank(&self) -> bool {
        self.id.is_empty()
    }
}

#[derive(Payload, Serialize, Debug)]
struct Holder {
    #[serde(flatten, skip_serializing_if = "Account::blank")]
    account: Account,
}

#[test]
fn a_flattened_field_serde_leaves_out_is_not_judged_from_its_fields() {
    let left_out = Holder { account: Account { id: String::new() } };
    let json = serde_json::to_value(&left_out).expect("serializes");
    assert_eq!(json, serde_json::json!({}), "serde writes none of its members");
    assert_eq!(left_out.typed_clean(&Limits::DEFAULT), None, "the fields cannot say");
    assert_eq!(left_out.typed_len(), Some(compact_len(&json)));
    let report = validate_typed(&left_out, &Limits::DEFAULT);
    assert_eq!(report, validate_as::<Holder>(&json, &Limits::DEFAULT));
    assert_eq!(
        report.iter().map(|v| (v.path.as_str(), v.rule)).collect::<Vec<_>>(),
        [("/id", RuleCode::Required)]
    );
    let written = Holder { account: Account { id: "a1".into() } };
    assert_eq!(written.typed_clean(&Limits::DEFAULT), Some(true));
    assert_eq!(written.typed_len(), Some(compact_len(&serde_json::to_value(&written).expect("serializes"))));
}
