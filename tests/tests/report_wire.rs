//! Reports, codes, severities and limits as JSON: what a service answers its caller
//! with, and what a configuration file holds.

use easemob_payload::build::plan_recipients;
use easemob_payload::{Lang, Limits, RuleCode, Severity, validate};
use serde_json::json;

#[test]
fn a_report_serializes_with_its_messages_in_the_language_asked_for() {
    let report = validate(
        &json!({"to": ["u2", "U2"], "type": "loc", "body": {"lat": 39.9, "lng": "116.3", "addr": "a"}}),
    );
    let en = serde_json::to_value(&report).unwrap();
    assert_eq!(en["valid"], false);
    assert_eq!((en["errors"].as_u64(), en["warnings"].as_u64()), (Some(1), Some(2)));
    let lat = &en["violations"][0];
    assert_eq!(lat["path"], "/body/lat");
    assert_eq!(lat["rule"], "type");
    assert_eq!(lat["severity"], "error");
    assert_eq!(lat["hint"], "send lat as a string: \"39.9\"");
    assert_eq!(lat["message"], report.violations()[0].message());
    let zh = serde_json::to_value(report.in_lang(Lang::Zh)).unwrap();
    assert_eq!(zh["violations"][0]["rule"], "type");
    assert_eq!(zh["violations"][0]["message"], report.violations()[0].message_in(Lang::Zh));
    // A violation without a hint has no `hint` member at all.
    let plain = validate(&json!({"to": ["u2"], "type": "txt", "body": {}}));
    assert!(serde_json::to_value(&plain).unwrap()["violations"][0].get("hint").is_none());
}

#[test]
fn codes_severities_and_languages_round_trip_as_strings() {
    for rule in RuleCode::ALL {
        let text = serde_json::to_string(&rule).unwrap();
        assert_eq!(text, format!("\"{}\"", rule.as_str()));
        assert_eq!(serde_json::from_str::<RuleCode>(&text).unwrap(), rule);
        assert_eq!(rule.as_str().parse::<RuleCode>(), Ok(rule));
    }
    assert!(serde_json::from_str::<RuleCode>("\"max_items\"").is_err());
    for severity in [Severity::Error, Severity::Warning] {
        let text = serde_json::to_string(&severity).unwrap();
        assert_eq!(serde_json::from_str::<Severity>(&text).unwrap(), severity);
    }
    assert!("fatal".parse::<Severity>().is_err());
    assert_eq!(serde_json::from_str::<Lang>("\"zh\"").unwrap(), Lang::Zh);
}

#[test]
fn limits_come_from_a_configuration_file() {
    let limits: Limits = serde_json::from_str(r#"{"max_bytes": 3072}"#).unwrap();
    assert_eq!(limits, Limits::private_deployment());
    assert_eq!(serde_json::from_str::<Limits>("{}").unwrap(), Limits::DEFAULT);
    assert!(
        serde_json::from_str::<Limits>(r#"{"max_byte": 3072}"#).is_err(),
        "a misspelt setting is refused"
    );
    let round: Limits = serde_json::from_value(serde_json::to_value(Limits::DEFAULT).unwrap()).unwrap();
    assert_eq!(round, Limits::DEFAULT);
}

#[test]
fn a_recipient_plan_serializes() {
    let ids: Vec<String> =
        (0..1500).map(|i| format!("u{i}")).chain(["U0".to_owned(), "bad id".to_owned()]).collect();
    let plan = plan_recipients(&ids, &Limits::DEFAULT);
    let value = serde_json::to_value(&plan).unwrap();
    assert_eq!(value["requests"].as_array().map(Vec::len), Some(3));
    assert_eq!(value["duplicates"][0]["id"], "U0");
    assert_eq!(value["invalid"][0]["report"]["violations"][0]["rule"], "pattern");
}

#[test]
fn a_report_displays_as_one_summary_line_or_in_full() {
    let report = validate(&json!({"to": [], "type": "text", "body": {"msg": "hi"}}));
    let line = report.to_string();
    assert!(line.starts_with("invalid: 2 errors, 0 warnings; first: error["), "{line}");
    assert!(!line.contains('\n'));
    assert_eq!(format!("{report:#}").lines().count(), 2);
    let warned = validate(&json!({"to": ["U2"], "type": "txt", "body": {"msg": "hi"}}));
    assert_eq!(warned.to_string(), "valid, 1 warning");
}
