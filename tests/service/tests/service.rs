//! What the scratch service did by hand, done with the crates alone.

use easemob_payload::message::{CustomBody, Ext};
use easemob_payload::{Lang, Limits, Message, RuleCode};
use easemob_payload_service_example::{Service, ShopExt};
use serde_json::{Value, json};

fn service() -> Service {
    Service::from_config(r#"{"limits": {"max_bytes": 3072}}"#).expect("a valid configuration")
}

fn order() -> ShopExt {
    ShopExt { order_id: 42, total: 99.5, easemob: Ext::default() }
}

#[test]
fn private_limits_come_from_the_configuration_file() {
    assert_eq!(*service().limits(), Limits::private_deployment());
    assert!(
        Service::from_config(r#"{"limits": {"max_byte": 1}}"#).is_err(),
        "a typo in the file is an error"
    );
    assert_eq!(*Service::from_config("{}").unwrap().limits(), Limits::DEFAULT);
}

#[test]
fn a_bad_body_is_answered_with_the_serialized_report() {
    let body = json!({
        "to": ["u2"], "type": "txt", "body": {"msg": "x".repeat(3100)},
        "ext": {"order_id": "42", "total": 0, "em_ignore_notification": "yes"}
    });
    let answer = service().send(body.to_string().as_bytes(), Lang::En);
    assert_eq!(answer.status, 422);
    let report: Value = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(report["valid"], false);
    let found: Vec<(&str, &str)> = report["violations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["path"].as_str().unwrap(), v["rule"].as_str().unwrap()))
        .collect();
    // The private 3 KB limit, and the typed ext checked with paths under /ext.
    assert_eq!(
        found,
        [
            ("", "maxBytes"),
            ("/ext/em_ignore_notification", "type"),
            ("/ext/order_id", "type"),
            ("/ext/total", "minimum"),
        ]
    );
}

#[test]
fn the_answer_speaks_the_callers_language() {
    let answer = service().send(br#"{"to": [], "type": "txt", "body": {"msg": "hi"}}"#, Lang::Zh);
    let report: Value = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(report["violations"][0]["rule"], "minItems");
    assert!(report["violations"][0]["message"].as_str().unwrap().contains("空数组"));
}

#[test]
fn a_good_body_is_accepted_and_bad_json_is_a_400() {
    let good =
        json!({"to": ["u2"], "type": "txt", "body": {"msg": "hi"}, "ext": {"order_id": 1, "total": 5.0}});
    let answer = service().send(good.to_string().as_bytes(), Lang::En);
    assert_eq!(answer.status, 202, "{}", String::from_utf8_lossy(&answer.body));
    assert_eq!(service().send(b"{\"to\": [", Lang::En).status, 400);
}

#[test]
fn an_announcement_to_1500_users_is_planned_built_and_typed() {
    let mut users: Vec<String> = (0..1500).map(|i| format!("user{i}")).collect();
    users.push("User7".into()); // the same user as user7
    users.push("no way".into()); // not a user ID
    let users: Vec<&str> = users.iter().map(String::as_str).collect();
    let (plan, messages) =
        service().announce("Your order shipped", &users, &order()).expect("valid messages");
    assert_eq!(plan.requests().iter().map(Vec::len).collect::<Vec<_>>(), [600, 600, 300]);
    assert_eq!((plan.duplicates().len(), plan.invalid().len()), (1, 1));
    assert_eq!(messages.len(), 3);
    let wire = serde_json::to_value(&messages[2]).unwrap();
    // The builder's `.silent()` survives the typed ext.
    assert_eq!(wire["ext"], json!({"order_id": 42, "total": 99.5, "em_ignore_notification": true}));
    assert_eq!(wire["to"].as_array().unwrap().len(), 300);
}

#[test]
fn every_type_builds_under_the_services_limits() {
    let limits = *service().limits();
    let custom = CustomBody { custom_event: Some("gift".into()), custom_exts: None };
    let messages = [
        Message::txt("hi").to(["u2"]).build_with(&limits),
        Message::img("https://example.com/a.jpg").filename("a.jpg").to(["u2"]).build_with(&limits),
        Message::audio("https://example.com/a.amr")
            .filename("a.amr")
            .length(3)
            .to(["u2"])
            .build_with(&limits),
        Message::video("https://example.com/v.mp4").filename("v.mp4").to(["u2"]).build_with(&limits),
        Message::file("https://example.com/f.pdf").filename("f.pdf").to(["u2"]).build_with(&limits),
        Message::loc(39.966, 116.322, "中关村").to(["u2"]).build_with(&limits),
        Message::cmd("refresh").to(["u2"]).build_with(&limits),
        easemob_payload::MessageBuilder::new(custom).to(["u2"]).build_with(&limits),
    ];
    for built in messages {
        let message = built.expect("builds");
        assert!(message.validate(&limits).is_empty(), "{message:?}");
    }
    // Over the private 3 KB, the report says so before anything is sent.
    let report = Message::txt("x".repeat(3100)).to(["u2"]).build_with(&limits).unwrap_err();
    assert_eq!(report.violations()[0].rule, RuleCode::MaxBytes);
}
