//! The generated validators (`Payload::is_clean`, written by the derive) against the
//! interpreter they replace on the hot path: the same verdict on every payload.
//!
//! `validate` asks the generated validators first and walks only the values they
//! reject; the oracle is the interpreter alone (`interpreted_report`). Both the
//! verdicts and the whole reports must be equal.
//! Each property runs 5/4 of `config()`'s cases (10,000 in CI across the four
//! message properties; `PROPTEST_CASES` scales them): valid messages at the edges,
//! the same with one to three mutations from every mutator, arbitrary JSON spliced
//! anywhere into them, and arbitrary JSON alone. A type of its own covers what the
//! message does not use: a flattened map collecting unknown members, a flattened
//! struct, bounds and a set.

use std::collections::{BTreeMap, BTreeSet};

use easemob_payload::fast::{interpreted, interpreted_report};
use easemob_payload::message::ImageSize;
use easemob_payload::{Limits, Message, Payload, validate_as};
use easemob_payload_tests::arbitrary::{objects_of, spliced_message, value};
use easemob_payload_tests::config::config;
use easemob_payload_tests::generators::messages;
use easemob_payload_tests::mutators::{Context, MUTATORS, apply_many};
use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::Value;

fn limits() -> impl Strategy<Value = Limits> {
    prop_oneof![
        3 => Just(Limits::DEFAULT),
        1 => (0usize..=6000, 0usize..=700)
            .prop_map(|(bytes, recipients)| Limits::DEFAULT.with_max_bytes(bytes).with_max_recipients(recipients)),
    ]
}

/// A type with what the message does not have.
#[derive(Payload, serde::Deserialize)]
#[allow(dead_code)] // only its model is used
struct Catalogue {
    #[payload(min_length = 1, lowercase)]
    name: String,
    #[serde(default)]
    #[payload(recommended = "for the listing")]
    tags: Option<BTreeSet<String>>,
    #[payload(maximum = 9)]
    level: Option<u8>,
    #[serde(flatten)]
    size: ImageSize,
    #[serde(flatten)]
    rest: BTreeMap<String, f64>,
}

fn catalogue() -> impl Strategy<Value = Value> {
    let values = vec![
        Value::from(1),
        Value::from(-1),
        Value::from(10),
        Value::from(0.5),
        Value::from("ab"),
        Value::from("Ab"),
        Value::from(""),
        serde_json::json!(["a", "b"]),
        serde_json::json!(["a", "a"]),
        Value::Null,
    ];
    objects_of(&["name", "tags", "level", "width", "height", "x", "y"], values, 7)
}

fn cases() -> ProptestConfig {
    let base = config();
    ProptestConfig { cases: base.cases.saturating_mul(5) / 4, ..base }
}

fn same_verdict(value: &Value, limits: &Limits) -> Result<(), TestCaseError> {
    same_verdict_as::<Message>(value, limits)
}

fn same_verdict_as<T: Payload>(value: &Value, limits: &Limits) -> Result<(), TestCaseError> {
    let generated = T::is_clean(value, limits);
    let interpreted = interpreted(T::DESC, value, limits);
    prop_assert_eq!(
        generated,
        interpreted,
        "generated {} vs interpreted {} on {}",
        generated,
        interpreted,
        value
    );
    let report = validate_as::<T>(value, limits);
    let oracle = interpreted_report(T::DESC, value, limits);
    prop_assert_eq!(&report, &oracle, "reports differ on {}", value);
    Ok(())
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn valid_messages(g in messages(true), limits in limits()) {
        same_verdict(&g.value, &limits)?;
    }

    #[test]
    fn mutated_messages(g in messages(false), picks in vec((0..MUTATORS.len(), any::<u64>()), 1..=3), limits in limits()) {
        let mut value = g.value.clone();
        apply_many(&mut value, &Context { pad: g.pad.clone() }, &picks);
        same_verdict(&value, &limits)?;
    }

    #[test]
    fn arbitrary_json_spliced_in(input in spliced_message()) {
        same_verdict(&input, &Limits::DEFAULT)?;
    }

    #[test]
    fn arbitrary_json(input in value()) {
        same_verdict(&input, &Limits::DEFAULT)?;
    }

    #[test]
    fn a_type_with_flattened_parts(input in catalogue()) {
        same_verdict_as::<Catalogue>(&input, &Limits::DEFAULT)?;
    }
}
