//! Properties: a mutator breaks exactly one rule of a valid message, and the
//! report holds exactly that `(path, rule, severity)`; two or three mutators on
//! different members are all reported, as an exact multiset.
//!
//! The mutators and the rule each breaks are tabled in
//! `easemob_payload_tests::mutators`.

use easemob_payload::{Message, Payload};
use easemob_payload_tests::config::{Triple, config};
use easemob_payload_tests::generators::{Generated, messages, messages_of};
use easemob_payload_tests::mutators::{Context, MUTATORS, Mutator, Pick, apply_from, apply_many};
use easemob_payload_tests::support::{TYPES, check, valid};
use proptest::collection::vec;
use proptest::prelude::*;

fn sorted(mut items: Vec<Triple>) -> Vec<Triple> {
    items.sort();
    items
}

/// The message types each mutator fits, found on the hand-written fixtures.
fn fitting_types(mutator: &Mutator) -> Vec<&'static str> {
    TYPES
        .into_iter()
        .filter(|kind| {
            (0..8).any(|seed| {
                (mutator.apply)(&mut valid(kind), &Context::default(), &mut Pick::new(seed)).is_some()
            })
        })
        .collect()
}

/// A mutator drawn uniformly, and a message of a type it fits: every mutator
/// gets its share of the cases, the ones for one type of body too.
fn one_mutator_and_a_message_it_fits() -> impl Strategy<Value = (usize, Generated)> {
    (0..MUTATORS.len()).prop_flat_map(|i| (Just(i), messages_of(&fitting_types(&MUTATORS[i]), false)))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn one_mutation_is_reported_exactly((start, g) in one_mutator_and_a_message_it_fits(), seed in any::<u64>()) {
        let mut value = g.value.clone();
        let cx = Context { pad: g.pad.clone() };
        let (mutator, mutation) = apply_from(&mut value, &cx, start, seed, &[])
            .expect("some mutator fits every message");
        prop_assert_eq!(
            sorted(check(&value)),
            sorted(mutation.expected.clone()),
            "mutator {:?} on {}", mutator, value
        );
    }

    #[test]
    fn several_mutations_are_all_reported(
        g in messages(false),
        picks in vec((0..MUTATORS.len(), any::<u64>()), 2..=3),
    ) {
        let mut value = g.value.clone();
        let cx = Context { pad: g.pad.clone() };
        let done = apply_many(&mut value, &cx, &picks);
        prop_assert!(!done.is_empty());
        let expected: Vec<Triple> = done.iter().flat_map(|(_, m)| m.expected.clone()).collect();
        let names: Vec<String> = done.iter().map(|(m, _)| format!("{m:?}")).collect();
        prop_assert_eq!(sorted(check(&value)), sorted(expected), "mutators {:?} on {}", names, value);
    }
}

#[test]
fn every_rule_validate_can_produce_has_a_mutator() {
    let message_level = easemob_payload_tests::model_codes::codes_of(<Message as Payload>::DESC);
    assert!(message_level.len() > 10, "{message_level:?}");
    for rule in message_level {
        assert!(MUTATORS.iter().any(|m| m.rule == rule), "no mutator breaks `{}`", rule.as_str());
    }
}

/// Each mutator, on the hand-written valid message of every type it fits, with
/// 16 seeds: exactly its violation. Every mutator fits at least one type.
#[test]
fn every_mutator_breaks_exactly_its_rule_on_the_fixtures() {
    for mutator in MUTATORS {
        let mut fitted = 0;
        for kind in TYPES {
            for seed in 0..16 {
                let mut value = valid(kind);
                let Some(mutation) = (mutator.apply)(&mut value, &Context::default(), &mut Pick::new(seed))
                else {
                    continue;
                };
                fitted += 1;
                assert!(
                    mutation.expected.iter().all(|(_, rule, _)| rule == mutator.rule.as_str()),
                    "{mutator:?}"
                );
                assert_eq!(
                    sorted(check(&value)),
                    sorted(mutation.expected),
                    "{mutator:?} on {kind}, seed {seed}: {value}"
                );
            }
        }
        assert!(fitted > 0, "{mutator:?} fits none of the eight fixtures");
    }
}

#[test]
fn mutations_of_different_members_combine() {
    // The `type` mutators touch `body` too, so they never combine with a body mutator.
    let mut value = valid("loc");
    let picked = apply_many(&mut value, &Context::default(), &[(0, 1), (1, 2), (2, 3)]);
    let names: Vec<&str> = picked.iter().map(|(m, _)| m.name).collect();
    assert_eq!(names, ["lat-number", "ext-null", "recipient-number"]);
    let touched: Vec<String> = picked.iter().flat_map(|(_, m)| m.touched.clone()).collect();
    assert!(["/body/lat", "/body/lng"].contains(&touched[0].as_str()), "{touched:?}");
    assert_eq!(touched[1..], ["/ext", "/to"].map(String::from));
    let expected: Vec<Triple> = picked.iter().flat_map(|(_, m)| m.expected.clone()).collect();
    assert_eq!(expected.len(), 3);
    assert_eq!(sorted(check(&value)), sorted(expected));
}

/// The properties above are only as good as their reach: over 2000 samples of
/// their strategies, every mutator is applied, and combinations of 2 and 3 occur.
#[test]
fn the_properties_reach_every_mutator() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy =
        (one_mutator_and_a_message_it_fits(), any::<u64>(), vec((0..MUTATORS.len(), any::<u64>()), 2..=3));
    let mut single = vec![0usize; MUTATORS.len()];
    let mut sizes = [0usize; 4];
    for _ in 0..2000 {
        let ((start, g), seed, picks) = strategy.new_tree(&mut runner).expect("a value").current();
        let cx = Context { pad: g.pad.clone() };
        let (m, _) = apply_from(&mut g.value.clone(), &cx, start, seed, &[]).expect("a mutator fits");
        single[MUTATORS.iter().position(|x| std::ptr::eq(x, m)).expect("listed")] += 1;
        sizes[apply_many(&mut g.value.clone(), &cx, &picks).len()] += 1;
    }
    let counts: Vec<String> = MUTATORS.iter().zip(&single).map(|(m, n)| format!("{}={n}", m.name)).collect();
    eprintln!("single: {counts:?}; combined sizes 1, 2, 3: {:?}", &sizes[1..]);
    let never: Vec<&str> =
        MUTATORS.iter().zip(&single).filter(|(_, n)| **n < 10).map(|(m, _)| m.name).collect();
    assert!(never.is_empty(), "applied fewer than 10 times: {never:?}");
    assert!(sizes[2] > 100 && sizes[3] > 100, "combinations of 1, 2, 3 mutators: {:?}", &sizes[1..]);
}
