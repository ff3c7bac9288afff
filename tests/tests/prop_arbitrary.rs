//! Properties on arbitrary JSON: `validate` never panics, always returns, and
//! every path it reports resolves in the input (for a missing member, its
//! parent does and lacks it); the byte count equals `serde_json::to_vec`'s.

use easemob_payload::size::compact_len;
use easemob_payload::{Lang, Limits, Report, RuleCode, validate_with};
use easemob_payload_tests::arbitrary::{spliced_message, value};
use easemob_payload_tests::config::config;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::Value;

/// Every reported path points into `input`; a missing member's parent is an object without it.
fn paths_resolve(input: &Value, report: &Report) -> Result<(), TestCaseError> {
    for v in report {
        if matches!(v.rule, RuleCode::Required | RuleCode::Recommended) {
            let (parent, last) = v.path.rsplit_once('/').expect("a member below the root");
            let member = last.replace("~1", "/").replace("~0", "~");
            let parent = input.pointer(parent).and_then(Value::as_object);
            prop_assert!(
                parent.is_some_and(|p| !p.contains_key(&member)),
                "{v}: parent missing or member present"
            );
        } else {
            prop_assert!(input.pointer(&v.path).is_some(), "{v}: path does not resolve in {input}");
        }
    }
    Ok(())
}

/// What holds of every report: sorted, and every violation renders in both languages
/// (a message, and a hint in both or in neither) with its code on its one-line form.
fn well_formed(report: &Report) -> Result<(), TestCaseError> {
    let paths: Vec<&str> = report.iter().map(|v| v.path.as_str()).collect();
    prop_assert!(paths.is_sorted_by(|a, b| easemob_payload::report::compare_pointers(a, b).is_le()));
    for v in report {
        let (en, zh) = (v.message_in(Lang::En), v.message_in(Lang::Zh));
        prop_assert!(!en.is_empty() && !zh.is_empty() && en != zh, "{v}");
        prop_assert_eq!(v.hint_in(Lang::En).is_some(), v.hint_in(Lang::Zh).is_some(), "{}", v);
        let line = v.to_string();
        prop_assert!(line.starts_with(&format!("{}[{}]", v.severity, v.rule)), "{line}");
        prop_assert!(!line.contains('\n'), "{line}");
    }
    Ok(())
}

fn limits() -> impl Strategy<Value = Limits> {
    prop_oneof![
        3 => Just(Limits::DEFAULT),
        1 => (0usize..=10_000, 0usize..=1000).prop_map(|(max_bytes, max_recipients)| Limits::DEFAULT.with_max_bytes(max_bytes).with_max_recipients(max_recipients)),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_value_is_validated_without_panic(input in value(), limits in limits()) {
        let report = validate_with(&input, &limits);
        paths_resolve(&input, &report)?;
        well_formed(&report)?;
        prop_assert_eq!(&report, &validate_with(&input, &limits), "validation is deterministic");
    }

    #[test]
    fn any_value_spliced_into_a_message_is_validated_without_panic(input in spliced_message()) {
        let report = validate_with(&input, &Limits::DEFAULT);
        paths_resolve(&input, &report)?;
        well_formed(&report)?;
    }

    #[test]
    fn the_byte_count_is_serde_jsons(input in value()) {
        prop_assert_eq!(compact_len(&input), serde_json::to_vec(&input).expect("serializable").len());
    }
}
