//! `build()` reports exactly what `validate` reports on the same wire JSON:
//! errors fail the build, warnings alone do not, and nothing panics.

use easemob_payload::build::{MessageBuilder, format_degrees};
use easemob_payload::message::{Content, Ext};
use easemob_payload::{Limits, Message, Report, RuleCode, Severity};
use proptest::prelude::*;
use serde_json::{Value, json};

fn triples(report: &Report) -> Vec<(String, RuleCode, Severity)> {
    report.iter().map(|v| (v.path.clone(), v.rule, v.severity)).collect()
}

fn error_at(result: Result<Message, Report>, path: &str, rule: RuleCode) {
    let report = result.expect_err("an error");
    assert!(
        report.errors().any(|v| v.path == path && v.rule == rule),
        "expected {rule} at {path:?}, got:\n{report}"
    );
}

/// The builder's report against `validate_with` on JSON written by hand.
fn same_as_validate<B: Into<Content>>(builder: MessageBuilder<B>, wire: Value, limits: &Limits) {
    let expected = easemob_payload::validate_with(&wire, limits);
    match builder.build_with_warnings(limits) {
        Ok(built) => {
            assert!(expected.is_valid(), "built, but validate says:\n{expected}");
            assert_eq!(triples(&built.warnings), triples(&expected));
            assert_eq!(serde_json::to_value(&built.message).unwrap(), wire);
        }
        Err(report) => assert_eq!(report, expected),
    }
}

#[test]
fn build_reports_what_validate_reports() {
    let limits = Limits::DEFAULT;
    same_as_validate(Message::txt("hi"), json!({"to": [], "type": "txt", "body": {"msg": "hi"}}), &limits);
    same_as_validate(
        Message::txt("hi").from("").to(["A", "a", "x y"]).env("toolong123"),
        json!({"from": "", "to": ["A", "a", "x y"], "type": "txt", "body": {"msg": "hi"}, "env": "toolong123"}),
        &limits,
    );
    same_as_validate(
        Message::custom().event("bad event!").to(["u"]),
        json!({"to": ["u"], "type": "custom", "body": {"customEvent": "bad event!"}}),
        &limits,
    );
    same_as_validate(
        Message::img("ftp://x").to(["u"]),
        json!({"to": ["u"], "type": "img", "body": {"url": "ftp://x"}}),
        &limits,
    );
    same_as_validate(
        Message::file("https://h/f").filename("f").to(["u"]).ext_attr("em_typo", 1),
        json!({"to": ["u"], "type": "file", "body": {"filename": "f", "url": "https://h/f"}, "ext": {"em_typo": 1}}),
        &limits,
    );
}

#[test]
fn a_custom_message_needs_something_in_its_body() {
    error_at(Message::custom().to(["u"]).build(), "/body", RuleCode::MinProperties);
}

#[test]
fn recipients_follow_the_limits() {
    let many: Vec<String> = (0..601).map(|i| format!("u{i}")).collect();
    error_at(Message::txt("hi").to(&many[..601]).build(), "/to", RuleCode::MaxItems);
    assert!(Message::txt("hi").to(&many[..600]).build().is_ok());
    let two = Limits::DEFAULT.with_max_recipients(2);
    error_at(Message::txt("hi").to(&many[..3]).build_with(&two), "/to", RuleCode::MaxItems);
}

#[test]
fn bytes_follow_the_limits() {
    let text = "x".repeat(4000);
    assert!(Message::txt(text.as_str()).to(["u"]).build().is_ok());
    error_at(Message::txt(text).to(["u"]).build_with(&Limits::private_deployment()), "", RuleCode::MaxBytes);
}

#[test]
fn warnings_alone_do_not_fail_the_build_and_are_kept() {
    let built = Message::audio("https://h/a").to(["User2"]).build_with_warnings(&Limits::DEFAULT).unwrap();
    assert_eq!(
        triples(&built.warnings),
        [
            ("/body/filename".to_owned(), RuleCode::Recommended, Severity::Warning),
            ("/to/0".to_owned(), RuleCode::Lowercase, Severity::Warning),
        ]
    );
}

#[test]
fn an_ext_key_is_written_once_whichever_setter_set_it() {
    let m = Message::txt("hi").to(["u"]).silent().ext_attr("em_ignore_notification", false).build().unwrap();
    let text = serde_json::to_string(&m).unwrap();
    assert_eq!(text.matches("em_ignore_notification").count(), 1, "{text}");
    assert_eq!(m.ext.unwrap().em_ignore_notification, Some(false));

    // `.ext(..)` merges: what was set before stays, and later setters add to it.
    let base = Ext { em_at_list: Some(vec!["u3".into()]), ..Ext::default() };
    let m = Message::txt("hi").to(["u"]).silent().ext(base).force_notification().build().unwrap();
    let ext = m.ext.unwrap();
    assert_eq!(ext.em_ignore_notification, Some(true));
    assert_eq!(ext.em_force_notification, Some(true));
    assert_eq!(ext.em_at_list, Some(vec!["u3".to_owned()]));
}

#[test]
fn ext_merges_and_its_members_overwrite_the_same_keys() {
    let mut custom = serde_json::Map::new();
    custom.insert("order_id".into(), json!(1));
    let first = Ext { em_at_list: Some(vec!["a".into()]), custom, ..Ext::default() };
    let second = Ext { em_at_list: Some(vec!["b".into()]), ..Ext::default() };
    let m = Message::txt("hi")
        .to(["u"])
        .silent()
        .ext_attr("color", "red")
        .ext(first)
        .ext(second)
        .build()
        .unwrap();
    let ext = m.ext.unwrap();
    assert_eq!(ext.em_ignore_notification, Some(true), "set before both");
    assert_eq!(ext.em_at_list, Some(vec!["b".to_owned()]), "the later ext wins");
    assert_eq!(ext.custom.get("order_id"), Some(&json!(1)));
    assert_eq!(ext.custom.get("color"), Some(&json!("red")));
}

#[test]
fn a_typed_ext_member_wins_over_the_same_key_in_custom() {
    let mut custom = serde_json::Map::new();
    custom.insert("em_ignore_notification".into(), json!(false));
    custom.insert("em_expression_id".into(), json!("custom"));
    custom.insert("order_id".into(), json!(7));
    let mut ext = Ext { em_ignore_notification: Some(true), custom, ..Ext::default() };
    ext.client.em_expression_id = Some("typed".into());

    // Serialized on its own: each key once, the typed value.
    let text = serde_json::to_string(&ext).unwrap();
    assert_eq!(text.matches("em_ignore_notification").count(), 1, "{text}");
    assert_eq!(text.matches("em_expression_id").count(), 1, "{text}");
    let wire: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(wire, json!({"em_ignore_notification": true, "em_expression_id": "typed", "order_id": 7}));

    // Through the builder and in a whole message.
    let m = Message::txt("hi").to(["u"]).ext(ext.clone()).build().unwrap();
    let built = m.ext.clone().unwrap();
    assert_eq!(built.em_ignore_notification, Some(true));
    assert_eq!(built.client.em_expression_id.as_deref(), Some("typed"));
    assert_eq!(built.custom.get("order_id"), Some(&json!(7)));
    let mut hand_made = m;
    hand_made.ext = Some(ext);
    let text = serde_json::to_string(&hand_made).unwrap();
    assert_eq!(text.matches("em_ignore_notification").count(), 1, "{text}");

    // A custom key that no typed member sets is written as it is.
    let mut custom = serde_json::Map::new();
    custom.insert("em_ignore_notification".into(), json!(false));
    let ext = Ext { custom, ..Ext::default() };
    assert_eq!(serde_json::to_value(&ext).unwrap(), json!({"em_ignore_notification": false}));
}

#[test]
fn a_wrongly_typed_ext_value_is_a_type_error_not_a_panic() {
    error_at(
        Message::txt("hi").to(["u"]).ext_attr("em_ignore_notification", "yes").build(),
        "/ext/em_ignore_notification",
        RuleCode::Type,
    );
    error_at(
        Message::txt("hi").to(["u"]).ext_attr("em_push_ext", Value::Null).build(),
        "/ext/em_push_ext",
        RuleCode::Type,
    );
}

#[test]
fn other_envelope_setters_write_their_members() {
    let m =
        Message::cmd("a").to(["u"]).roam_ignore_users(["u1"]).env("prod1").mention(["ALL"]).build().unwrap();
    let wire = serde_json::to_value(&m).unwrap();
    assert_eq!(wire["roam_ignore_users"], json!(["u1"]));
    assert_eq!(wire["env"], "prod1");
    assert_eq!(wire["ext"]["em_at_list"], json!(["ALL"]));
    let mut builder = Message::txt("a").to(["u"]);
    builder.body_mut().msg.push('b');
    assert_eq!(serde_json::to_value(builder.build().unwrap()).unwrap()["body"]["msg"], "ab");
}

#[test]
fn coordinates_out_of_range_or_not_finite_are_pattern_errors() {
    for (lat, lng, bad) in [
        (f64::NAN, 0.0, "/body/lat"),
        (f64::INFINITY, 0.0, "/body/lat"),
        (90.000_000_1, 0.0, "/body/lat"),
        (-91.0, 0.0, "/body/lat"),
        (0.0, f64::NEG_INFINITY, "/body/lng"),
        (0.0, f64::NAN, "/body/lng"),
        (0.0, 180.5, "/body/lng"),
        (0.0, 1e300, "/body/lng"),
    ] {
        error_at(Message::loc(lat, lng, "a").to(["u"]).build(), bad, RuleCode::Pattern);
    }
    for (lat, lng) in
        [(90.0, 180.0), (-90.0, -180.0), (-0.0, 0.0), (1e-300, -5e-324), (89.999_999_999_999, 179.9)]
    {
        assert!(Message::loc(lat, lng, "a").to(["u"]).build().is_ok(), "{lat} {lng}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Any pair of `f64`s builds without panicking, and is accepted exactly when
    /// both are finite and in range; what is written reads back as the same number.
    #[test]
    fn any_coordinates_build_or_report(lat in any::<f64>(), lng in any::<f64>()) {
        let in_range = lat.is_finite() && lng.is_finite() && lat.abs() <= 90.0 && lng.abs() <= 180.0;
        let result = Message::loc(lat, lng, "a").to(["u"]).build();
        prop_assert_eq!(result.is_ok(), in_range, "{} {} -> {:?}", lat, lng, result);
        for x in [lat, lng] {
            let text = format_degrees(x);
            prop_assert!(!text.contains(['e', 'E']), "{}", text);
            if x.is_finite() {
                prop_assert_eq!(text.parse::<f64>().unwrap(), x);
            }
        }
    }

    /// Coordinates in range, drawn as degrees: always accepted.
    #[test]
    fn coordinates_in_range_always_build(lat in -90.0f64..=90.0, lng in -180.0f64..=180.0) {
        prop_assert!(Message::loc(lat, lng, "a").to(["u"]).build().is_ok());
    }
}
