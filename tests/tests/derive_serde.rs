//! `#[derive(Payload)]` follows the `#[serde(...)]` attributes that shape the wire:
//! each test declares a type as an app would (serde and the derive side by side),
//! checks that serde reads the JSON, and that the validator agrees.

#![allow(dead_code)] // The types exist for their models and for serde to read.

use std::collections::BTreeMap;

use easemob_payload::{Limits, Payload, Report, RuleCode, Severity, validate_as};
use serde::Deserialize;
use serde_json::{Value, json};

fn check<T: Payload>(value: Value) -> Report {
    validate_as::<T>(&value, &Limits::DEFAULT)
}

fn codes(report: &Report) -> Vec<(String, RuleCode, Severity)> {
    report.iter().map(|v| (v.path.clone(), v.rule, v.severity)).collect()
}

#[derive(Payload, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Order {
    order_id: String,
    #[serde(rename = "SKU")]
    sku: String,
    #[payload(min_items = 1)]
    line_items: Vec<String>,
}

#[test]
fn rename_all_names_the_members_as_serde_does() {
    let body = json!({"orderId": "o1", "SKU": "s", "lineItems": ["a"]});
    serde_json::from_value::<Order>(body.clone()).expect("serde reads it");
    assert!(check::<Order>(body).is_empty());
    let report = check::<Order>(json!({"order_id": "o1", "SKU": "s", "lineItems": []}));
    let found = codes(&report);
    assert!(found.contains(&("/orderId".into(), RuleCode::Required, Severity::Error)), "{found:?}");
    assert!(found.contains(&("/lineItems".into(), RuleCode::MinItems, Severity::Error)), "{found:?}");
    assert!(found.contains(&("/order_id".into(), RuleCode::UnknownField, Severity::Warning)), "{found:?}");
}

#[derive(Payload, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all = "snake_case")]
enum Event {
    OrderPaid(Paid),
    #[serde(rename = "refund")]
    OrderRefunded(Paid),
    #[serde(skip)]
    Internal(Paid),
}

#[derive(Payload, Deserialize)]
struct Paid {
    amount: u64,
}

#[derive(Payload, Deserialize)]
struct Envelope {
    #[serde(flatten)]
    event: Event,
}

#[test]
fn rename_all_and_skip_on_enum_variants() {
    for body in [
        json!({"kind": "order_paid", "data": {"amount": 1}}),
        json!({"kind": "refund", "data": {"amount": 1}}),
    ] {
        serde_json::from_value::<Envelope>(body.clone()).expect("serde reads it");
        assert!(check::<Envelope>(body).is_empty());
    }
    for kind in ["OrderPaid", "Internal", "internal"] {
        let body = json!({"kind": kind, "data": {"amount": 1}});
        assert!(serde_json::from_value::<Envelope>(body.clone()).is_err());
        let report = check::<Envelope>(body);
        assert_eq!(codes(&report), [("/kind".into(), RuleCode::Enum, Severity::Error)], "{kind}");
    }
}

#[derive(Payload, Deserialize)]
struct Profile {
    name: String,
    #[serde(skip)]
    cache: Vec<u8>,
    #[serde(skip_deserializing)]
    computed: String,
    #[serde(default)]
    nickname: String,
}

#[derive(Payload, Deserialize)]
#[serde(default)]
struct Settings {
    volume: u64,
    theme: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { volume: 5, theme: "dark".into() }
    }
}

#[test]
fn skipped_fields_are_not_members_and_defaulted_ones_are_optional() {
    let body = json!({"name": "n"});
    serde_json::from_value::<Profile>(body.clone()).expect("serde reads it");
    assert!(check::<Profile>(body).is_empty());
    // A skipped field is no member: sent anyway, it is unknown.
    let report = check::<Profile>(json!({"name": "n", "cache": []}));
    assert_eq!(codes(&report), [("/cache".into(), RuleCode::UnknownField, Severity::Warning)]);
    // A defaulted member may be missing, but is still checked when present.
    let report = check::<Profile>(json!({"name": "n", "nickname": 1}));
    assert_eq!(codes(&report), [("/nickname".into(), RuleCode::Type, Severity::Error)]);

    serde_json::from_value::<Settings>(json!({})).expect("serde reads it");
    assert!(check::<Settings>(json!({})).is_empty());
    assert_eq!(
        codes(&check::<Settings>(json!({"volume": "x"}))),
        [("/volume".into(), RuleCode::Type, Severity::Error)]
    );
}

#[derive(Payload, Deserialize)]
struct Tags {
    id: String,
    #[serde(flatten)]
    counts: BTreeMap<String, u64>,
}

#[derive(Payload, Deserialize)]
struct Outer {
    title: String,
    #[serde(flatten)]
    inner: Inner,
}

#[derive(Payload, Deserialize)]
struct Inner {
    #[payload(min_length = 1)]
    subtitle: String,
}

#[test]
fn flattened_maps_collect_and_check_the_other_members() {
    let body = json!({"id": "x", "likes": 3, "shares": 4});
    serde_json::from_value::<Tags>(body.clone()).expect("serde reads it");
    assert!(check::<Tags>(body).is_empty());
    // The collected members are checked as the map's values, not warned of as unknown.
    let report = check::<Tags>(json!({"id": "x", "likes": "three"}));
    assert_eq!(codes(&report), [("/likes".into(), RuleCode::Type, Severity::Error)]);
    // A required member is still required.
    let report = check::<Tags>(json!({"likes": 1}));
    assert_eq!(codes(&report), [("/id".into(), RuleCode::Required, Severity::Error)]);
}

#[test]
fn flattened_structs_bring_their_members() {
    let body = json!({"title": "t", "subtitle": "s"});
    serde_json::from_value::<Outer>(body.clone()).expect("serde reads it");
    assert!(check::<Outer>(body).is_empty());
    let report = check::<Outer>(json!({"title": "t", "subtitle": ""}));
    assert_eq!(codes(&report), [("/subtitle".into(), RuleCode::MinLength, Severity::Error)]);
}

/// `deny_unknown_fields` keeps the validator's default: an unknown member is a warning
/// (Easemob's server ignores it), where serde refuses the whole value.
#[derive(Payload, Deserialize)]
#[serde(deny_unknown_fields)]
struct Strict {
    a: String,
}

#[test]
fn deny_unknown_fields_warns_of_unknown_members() {
    let body = json!({"a": "x", "b": 1});
    assert!(serde_json::from_value::<Strict>(body.clone()).is_err());
    assert_eq!(codes(&check::<Strict>(body)), [("/b".into(), RuleCode::UnknownField, Severity::Warning)]);
}

/// A generic type: each instantiation has its own model.
#[derive(Payload, Deserialize)]
struct Page<T> {
    #[payload(min_items = 1, max_items = 3)]
    items: Vec<T>,
    next: Option<String>,
}

#[derive(Payload, Deserialize)]
struct Pair<A, B> {
    first: A,
    second: B,
}

#[test]
fn generic_types_are_checked_per_instantiation() {
    let body = json!({"items": [1, 2]});
    serde_json::from_value::<Page<u64>>(body.clone()).expect("serde reads it");
    assert!(check::<Page<u64>>(body.clone()).is_empty());
    assert_eq!(
        codes(&check::<Page<String>>(body)),
        [
            ("/items/0".into(), RuleCode::Type, Severity::Error),
            ("/items/1".into(), RuleCode::Type, Severity::Error)
        ]
    );
    assert_eq!(
        codes(&check::<Page<Paid>>(json!({"items": []}))),
        [("/items".into(), RuleCode::MinItems, Severity::Error)]
    );
    let report = check::<Page<Paid>>(json!({"items": [{"amount": "1"}]}));
    assert_eq!(codes(&report), [("/items/0/amount".into(), RuleCode::Type, Severity::Error)]);
    assert!(check::<Pair<String, Page<u64>>>(json!({"first": "a", "second": {"items": [1]}})).is_empty());
}

/// `#[payload(crate = "...")]`: the generated code names easemob-payload by this path
/// (for a renamed dependency, or a re-export).
mod reexport {
    pub use easemob_payload::*;
}

#[derive(reexport::Payload)]
#[payload(crate = "crate::reexport")]
struct ThroughReexport {
    #[payload(pattern = "^(a|bc)+$")]
    code: String,
}

#[test]
fn the_crate_path_can_be_renamed() {
    assert!(check::<ThroughReexport>(json!({"code": "abca"})).is_empty());
    assert_eq!(
        codes(&check::<ThroughReexport>(json!({"code": "x"}))),
        [("/code".into(), RuleCode::Pattern, Severity::Error)]
    );
}

#[derive(Payload, Deserialize)]
#[serde(expecting = "a harmless object", rename = "HarmlessThing", bound = "")]
struct Harmless {
    #[serde(skip_serializing_if = "Option::is_none", bound = "")]
    name: Option<String>,
}

#[test]
fn attributes_that_do_not_change_the_wire_are_accepted() {
    assert!(check::<Harmless>(json!({"name": "x"})).is_empty());
    assert!(check::<Harmless>(json!({})).is_empty());
}
