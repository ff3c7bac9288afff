//! Generators of valid push-extension objects and client `em_` keys for `ext`:
//! each member present or not, with a value of its documented type, at the edges
//! (`""` for "not set", both spellings of `oppo_notify_level`).

use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::{Map, Value, json};

use crate::generators::{small_object, text};

type Member = (&'static str, BoxedStrategy<Value>);

/// An object whose members are each present or absent.
fn object(members: Vec<Member>) -> BoxedStrategy<Value> {
    let parts: Vec<BoxedStrategy<Option<(&'static str, Value)>>> = members
        .into_iter()
        .map(|(key, value)| option::of(value.prop_map(move |v| (key, v))).boxed())
        .collect();
    parts
        .prop_map(|present| {
            let map: Map<String, Value> =
                present.into_iter().flatten().map(|(k, v)| (k.to_owned(), v)).collect();
            Value::Object(map)
        })
        .boxed()
}

fn string() -> BoxedStrategy<Value> {
    text(16).prop_map(Value::from).boxed()
}

fn strings() -> BoxedStrategy<Value> {
    proptest::collection::vec(text(8), 0..3).prop_map(|v| json!(v)).boxed()
}

fn boolean() -> BoxedStrategy<Value> {
    any::<bool>().prop_map(Value::from).boxed()
}

fn int() -> BoxedStrategy<Value> {
    any::<i64>().prop_map(Value::from).boxed()
}

/// `em_apns_ext`.
pub fn apns() -> BoxedStrategy<Value> {
    let sound =
        prop_oneof![Just("default".to_owned()), "[a-z0-9_]{1,12}\\.(aiff|wav|caf|CAF|Wav)".prop_map(|s| s),];
    object(vec![
        ("em_push_title", string()),
        ("em_push_content", string()),
        ("em_push_category", string()),
        ("em_push_mutable_content", boolean()),
        ("em_push_sound", sound.prop_map(Value::from).boxed()),
        ("em_push_badge", int()),
    ])
}

/// `em_android_push_ext`; `oppo_notify_level` always with its `oppo_category`.
pub fn android() -> BoxedStrategy<Value> {
    let strings_only = [
        "fcm_channel_id",
        "honor_click_action",
        "huawei_category",
        "huawei_receipt_id",
        "huawei_click_action",
        "huawei_channel_id",
        "meizu_click_activity",
        "oppo_channel_id",
        "oppo_click_activity",
        "vivo_category",
        "vivo_click_activity",
        "xiaomi_channel_id",
        "xiaomi_click_action",
    ];
    let mut members: Vec<Member> = strings_only.into_iter().map(|k| (k, string())).collect();
    members.push(("fcm_options", small_object().prop_map(Value::Object).boxed()));
    members.push(("honor_importance", select(vec![json!("LOW"), json!("NORMAL"), json!("")]).boxed()));
    members.push(("honor_target_user_type", select(vec![json!(0), json!(1), json!(1.0)]).boxed()));
    members.push(("huawei_target_user_type", select(vec![json!(0), json!(1)]).boxed()));
    let oppo = option::of((
        select(vec![json!(1), json!(2), json!(16), json!("1"), json!("2"), json!("16"), json!(16.0)]),
        text(8),
    ));
    (object(members), oppo)
        .prop_map(|(mut android, oppo)| {
            if let (Some((level, category)), Some(map)) = (oppo, android.as_object_mut()) {
                map.insert("oppo_notify_level".into(), level);
                map.insert("oppo_category".into(), Value::from(category));
            }
            android
        })
        .boxed()
}

/// `em_harmony_push_ext`.
pub fn harmony() -> BoxedStrategy<Value> {
    object(vec![
        ("category", string()),
        ("click_action", string()),
        ("is_test_message", boolean()),
        ("notify_id", int()),
        ("receipt_id", string()),
    ])
}

/// `em_push_filter`.
pub fn filter() -> BoxedStrategy<Value> {
    object(vec![
        ("accept_device_id", strings()),
        ("ignore_device_id", strings()),
        ("accept_notifier_name", strings()),
        ("ignore_notifier_name", strings()),
    ])
}

/// `em_push_ext`.
pub fn push_ext() -> BoxedStrategy<Value> {
    object(vec![
        ("title", string()),
        ("content", string()),
        ("custom", small_object().prop_map(Value::Object).boxed()),
        ("group_user_nickname", string()),
    ])
}

/// `em_push_template`, its directed template's targets in lower case.
pub fn template() -> BoxedStrategy<Value> {
    let targets = proptest::collection::vec("[a-z0-9_.-]{1,64}", 0..3).prop_map(|v| json!(v)).boxed();
    let directed = object(vec![
        ("target", targets),
        ("name", string()),
        ("title_args", strings()),
        ("content_args", strings()),
    ]);
    object(vec![
        ("name", string()),
        ("title_args", strings()),
        ("content_args", strings()),
        ("directed_template", directed),
    ])
}

/// A few of the `em_` keys Easemob's UI kits set, with their types.
pub fn client_keys() -> BoxedStrategy<Map<String, Value>> {
    object(vec![
        ("em_expression_id", string()),
        ("em_is_big_expression", boolean()),
        ("em_recall", boolean()),
        ("em_conference_type", int()),
        ("em_conference_chatId", string()),
    ])
    .prop_map(|v| match v {
        Value::Object(map) => map,
        _ => Map::new(),
    })
    .boxed()
}
