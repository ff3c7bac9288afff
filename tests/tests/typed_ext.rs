//! An app's own `ext`, typed with the derive: `Message<MyExt>` validates it with paths
//! under `/ext`, Easemob's `em_` keys (flattened in from `Ext`) still checked, and its
//! schema is emitted like the published one.

use easemob_payload::message::{Content, Ext, Message, TxtBody};
use easemob_payload::{Limits, Payload, Report, RuleCode, Severity, validate_as};
use easemob_payload_schema::{Draft, schema_for};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// The shop app's `ext`: its own members, plus Easemob's keys.
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq)]
#[payload(unknown_fields = "allow", reserved_prefix = "em_")]
struct ShopExt {
    order_id: u64,
    #[payload(min_length = 1, max_length = 32)]
    sku: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    coupon: Option<String>,
    #[serde(flatten)]
    easemob: Ext,
}

fn check(ext: Value) -> Vec<(String, RuleCode, Severity)> {
    let body = json!({"to": ["u2"], "type": "txt", "body": {"msg": "hi"}, "ext": ext});
    let report: Report = validate_as::<Message<ShopExt>>(&body, &Limits::DEFAULT);
    report.iter().map(|v| (v.path.clone(), v.rule, v.severity)).collect()
}

#[test]
fn the_apps_own_members_are_checked_under_ext() {
    assert_eq!(check(json!({"order_id": 7, "sku": "A-1", "em_ignore_notification": true})), []);
    assert_eq!(
        check(json!({"order_id": "7", "sku": ""})),
        [
            ("/ext/order_id".to_owned(), RuleCode::Type, Severity::Error),
            ("/ext/sku".to_owned(), RuleCode::MinLength, Severity::Error),
        ]
    );
    assert_eq!(
        check(json!({"sku": "A-1"})),
        [("/ext/order_id".to_owned(), RuleCode::Required, Severity::Error)]
    );
}

#[test]
fn easemobs_keys_are_still_checked() {
    assert_eq!(
        check(json!({"order_id": 7, "sku": "A-1", "em_ignore_notification": "yes"})),
        [("/ext/em_ignore_notification".to_owned(), RuleCode::Type, Severity::Error)]
    );
    assert_eq!(
        check(json!({"order_id": 7, "sku": "A-1", "em_ignore_notificaton": true})),
        [("/ext/em_ignore_notificaton".to_owned(), RuleCode::UnknownField, Severity::Warning)]
    );
    // The envelope's own rules hold as for `Message`.
    let body = json!({"to": [], "type": "txt", "body": {"msg": "hi"}, "ext": {"order_id": 7, "sku": "A"}});
    let report = validate_as::<Message<ShopExt>>(&body, &Limits::DEFAULT);
    assert_eq!(report.violations()[0].path, "/to");
}

#[test]
fn a_typed_message_validates_and_round_trips() {
    let message: Message<ShopExt> = Message {
        from: None,
        to: vec!["u2".into()],
        content: Content::Txt(TxtBody { msg: "your order shipped".into() }),
        sync_device: None,
        routetype: None,
        roam_ignore_users: None,
        env: None,
        msg_timestamp: None,
        ext: Some(ShopExt {
            order_id: 7,
            sku: String::new(),
            coupon: None,
            easemob: Ext { em_force_notification: Some(true), ..Ext::default() },
        }),
    };
    let report = message.validate(&Limits::DEFAULT);
    let found: Vec<_> = report.iter().map(|v| (v.path.as_str(), v.rule)).collect();
    assert_eq!(found, [("/ext/sku", RuleCode::MinLength)]);
    let wire = serde_json::to_value(&message).unwrap();
    assert_eq!(wire["ext"], json!({"order_id": 7, "sku": "", "em_force_notification": true}));
    let back: Message<ShopExt> = serde_json::from_value(wire).unwrap();
    assert_eq!(back, message);
}

#[test]
fn the_schema_of_a_typed_message_describes_the_apps_ext() {
    for draft in Draft::ALL {
        let schema = schema_for::<Message<ShopExt>>(draft);
        let ext = &schema["properties"]["ext"];
        let defs = draft.defs_keyword();
        let shop = &schema[defs]["ShopExt"];
        assert!(ext.to_string().contains("ShopExt"), "{ext}");
        assert_eq!(shop["required"], json!(["order_id", "sku"]), "{shop}");
        assert_eq!(shop["properties"]["sku"]["maxLength"], 32);
        assert!(shop["properties"]["em_ignore_notification"].is_object(), "{shop}");
        // The published envelope's other members are all there.
        let published = easemob_payload_schema::schema(draft);
        assert_eq!(schema["required"], published["required"]);
    }
}
