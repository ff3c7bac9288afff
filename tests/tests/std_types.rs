//! Every std type a user may declare in a payload: the validator, the emitted schema
//! and serde agree on what each one accepts.
//!
//! A value the validator passes must deserialize into the type, and one it rejects
//! with an error must not; jsonschema, given `schema_for::<T>()`, must say the same.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashSet, VecDeque};

use easemob_payload::{Limits, Payload, RuleCode, validate_as};
use easemob_payload_schema::{Draft, schema_for};
use serde::Deserialize;
use serde_json::{Value, json};

/// An order line an app might put in its own `ext`.
#[derive(Payload, Deserialize, Debug)]
#[allow(dead_code)] // only deserialized, to compare with the validator
struct Line<'a> {
    #[payload(minimum = 0.01, maximum = 10000)]
    price: f64,
    weight: f32,
    #[payload(minimum = 1)]
    quantity: u8,
    offset: i16,
    position: usize,
    tags: HashSet<String>,
    codes: BTreeSet<i64>,
    rgb: [u8; 3],
    label: Box<str>,
    #[serde(borrow)]
    note: Cow<'a, str>,
    parts: Box<[u32]>,
    history: VecDeque<i32>,
    grade: char,
}

fn base() -> Value {
    json!({
        "price": 9.99, "weight": 0.5, "quantity": 3, "offset": -40, "position": 7,
        "tags": ["red", "big"], "codes": [1, 2], "rgb": [255, 0, 10], "label": "A",
        "note": "n", "parts": [1, 2], "history": [-1], "grade": "B"
    })
}

fn with(member: &str, value: Value) -> Value {
    let mut v = base();
    v[member] = value;
    v
}

/// The rule codes of the errors, and whether serde and jsonschema accept the value.
fn verdicts(value: &Value) -> (Vec<RuleCode>, bool, bool) {
    let report = validate_as::<Line<'_>>(value, &Limits::DEFAULT);
    let errors = report.errors().map(|v| v.rule).collect();
    let text = value.to_string();
    let serde_ok = serde_json::from_str::<Line<'_>>(&text).is_ok();
    let schema = schema_for::<Line<'_>>(Draft::Draft202012);
    let schema_ok = jsonschema::draft202012::new(&schema).expect("schema compiles").is_valid(value);
    (errors, serde_ok, schema_ok)
}

#[test]
fn the_base_value_is_accepted_by_all_three() {
    assert_eq!(verdicts(&base()), (vec![], true, true));
}

#[test]
fn each_mistake_is_one_error_that_serde_and_the_schema_also_reject() {
    let cases = [
        ("price", json!(0), RuleCode::Minimum),
        ("price", json!(10000.5), RuleCode::Maximum),
        ("price", json!("9.99"), RuleCode::Type),
        ("weight", json!(true), RuleCode::Type),
        ("quantity", json!(256), RuleCode::Maximum),
        ("quantity", json!(0), RuleCode::Minimum),
        ("quantity", json!(2.5), RuleCode::Type),
        ("offset", json!(-32769), RuleCode::Minimum),
        ("offset", json!(32768), RuleCode::Maximum),
        ("position", json!(-1), RuleCode::Minimum),
        ("tags", json!(["red", "red"]), RuleCode::UniqueItems),
        ("codes", json!([1, 2, 1]), RuleCode::UniqueItems),
        ("rgb", json!([1, 2]), RuleCode::MinItems),
        ("rgb", json!([1, 2, 3, 4]), RuleCode::MaxItems),
        ("rgb", json!([1, 2, 300]), RuleCode::Maximum),
        ("label", json!(1), RuleCode::Type),
        ("parts", json!([-1]), RuleCode::Minimum),
        ("parts", json!([4294967296u64]), RuleCode::Maximum),
        ("history", json!([2147483648u64]), RuleCode::Maximum),
        ("grade", json!("AB"), RuleCode::MaxLength),
        ("grade", json!(""), RuleCode::MinLength),
    ];
    for (member, value, rule) in cases {
        let (errors, serde_ok, schema_ok) = verdicts(&with(member, value.clone()));
        assert_eq!(errors, [rule], "{member}: {value}");
        assert!(!schema_ok, "{member}: {value}: the schema accepts it");
        // serde knows nothing of the bounds an attribute states, and keeps one of
        // repeated set items (the repeat is lost): it accepts those; every bound the
        // type itself has, it rejects.
        let stated_by_attribute = matches!(
            (member, &rule),
            ("price", RuleCode::Minimum | RuleCode::Maximum) | ("quantity", RuleCode::Minimum)
        );
        let accepted_by_serde = stated_by_attribute || rule == RuleCode::UniqueItems;
        assert_eq!(serde_ok, accepted_by_serde, "{member}: {value}: serde");
    }
}

#[test]
fn bounds_at_the_edges_are_inside() {
    for (member, value) in [
        ("price", json!(0.01)),
        ("price", json!(10000)),
        ("quantity", json!(255)),
        ("offset", json!(-32768)),
        ("position", json!(u64::MAX)),
        ("codes", json!([1, -1])),
        ("grade", json!("中")),
        ("quantity", json!(1.0)),
    ] {
        let (errors, serde_ok, schema_ok) = verdicts(&with(member, value.clone()));
        assert_eq!(errors, [], "{member}: {value}");
        assert!(schema_ok, "{member}: {value}: schema");
        // `1.0` is an integer to JSON Schema, not to serde (as for the message's own integers).
        assert_eq!(serde_ok, value != json!(1.0), "{member}: {value}: serde");
    }
}

#[test]
fn the_schema_states_the_natural_bounds_and_set_semantics() {
    let schema = schema_for::<Line<'_>>(Draft::Draft202012);
    let props = &schema["properties"];
    assert_eq!(props["price"]["type"], "number");
    assert_eq!(props["price"]["minimum"], 0.01);
    assert_eq!(props["offset"]["minimum"], -32768);
    assert_eq!(props["position"]["maximum"], json!(u64::MAX));
    assert_eq!(props["tags"]["uniqueItems"], true);
    assert_eq!(props["rgb"]["minItems"], 3);
    assert_eq!(props["rgb"]["maxItems"], 3);
}

/// Milliseconds: a newtype over an integer keeps the integer's range.
#[derive(Payload, Deserialize, Debug)]
#[allow(dead_code)]
struct Millis(i64);

/// A newtype with a rule of its own beside its integer's range.
#[derive(Payload, Deserialize, Debug)]
#[payload(minimum = 0)]
#[allow(dead_code)]
struct Stamp(i64);

#[test]
fn a_newtype_over_an_integer_keeps_its_range_beside_its_own_rules() {
    let codes = |report: easemob_payload::Report| report.iter().map(|v| v.rule).collect::<Vec<_>>();
    assert_eq!(codes(validate_as::<Millis>(&json!(-5), &Limits::DEFAULT)), []);
    assert_eq!(codes(validate_as::<Millis>(&json!(u64::MAX), &Limits::DEFAULT)), [RuleCode::Maximum]);
    assert_eq!(codes(validate_as::<Stamp>(&json!(-5), &Limits::DEFAULT)), [RuleCode::Minimum]);
    assert_eq!(codes(validate_as::<Stamp>(&json!(u64::MAX), &Limits::DEFAULT)), [RuleCode::Maximum]);
    assert_eq!(codes(validate_as::<Stamp>(&json!(5), &Limits::DEFAULT)), []);
    assert!(serde_json::from_value::<Stamp>(json!(u64::MAX)).is_err(), "serde agrees it does not fit");
    let schema = schema_for::<Stamp>(Draft::Draft202012);
    assert_eq!((schema["minimum"].clone(), schema["maximum"].clone()), (json!(0), json!(i64::MAX)));
}
