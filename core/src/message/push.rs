//! The push-extension objects inside `ext`, as Easemob's push-extension page
//! types them (easemob/easemob-doc `docs/document/server-side/push_extension.md`,
//! <https://doc.easemob.com/document/server-side/push_extension.html>, section
//! "推送扩展字段").
//!
//! Their vocabularies are closed: the server passes them to the push vendors
//! without checking, so a misspelt member (`huawei_chanel_id`) or a value of the
//! wrong type (`em_push_badge: "1"`) silently breaks the push. Unknown members get
//! an `unknownField` warning with a did-you-mean hint; wrong types are errors.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Payload;

/// `ext.em_push_filter`: which of the recipient's devices and push vendors get the notification.
///
/// ```
/// use easemob_payload::message::PushFilter;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<PushFilter>(&json!({"accept_device_id": ["d1"]}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<PushFilter>(&json!({"accept_device_id": "d1"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/accept_device_id", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[payload(opaque_to_server)]
pub struct PushFilter {
    /// Only these device IDs get the push.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept_device_id: Option<Vec<String>>,
    /// These device IDs get no push.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_device_id: Option<Vec<String>>,
    /// Only these push vendors (notifier names) get the push.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accept_notifier_name: Option<Vec<String>>,
    /// These push vendors (notifier names) get no push.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_notifier_name: Option<Vec<String>>,
}

/// `ext.em_push_template`: the push template to use, and its arguments.
///
/// ```
/// use easemob_payload::message::PushTemplate;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<PushTemplate>(&json!({"name": "welcome", "title_args": ["Alice"]}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<PushTemplate>(&json!({"name": 1}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/name", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[payload(opaque_to_server)]
pub struct PushTemplate {
    /// The template's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Arguments of the template's title; built-in: `{$fromNickname}`, `{$msg}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_args: Option<Vec<String>>,
    /// Arguments of the template's content; built-in: `{$fromNickname}`, `{$msg}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_args: Option<Vec<String>>,
    /// A template for some recipients only (the page's "定向模板").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directed_template: Option<DirectedTemplate>,
}

/// `ext.em_push_template.directed_template`: a template used for the listed recipients only.
///
/// ```
/// use easemob_payload::message::DirectedTemplate;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<DirectedTemplate>(&json!({"target": ["user1"], "name": "vip"}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<DirectedTemplate>(&json!({"target": ["User1"], "name": "vip"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/target/0", RuleCode::Lowercase));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[payload(opaque_to_server)]
pub struct DirectedTemplate {
    /// The recipients it applies to: user IDs in lower case, or the template has no effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Vec<TemplateTarget>>,
    /// The template's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Arguments of the template's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_args: Option<Vec<String>>,
    /// Arguments of the template's content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_args: Option<Vec<String>>,
}

/// A user ID a directed template targets: all lower case, since the template
/// compares IDs exactly and the server stores them folded.
///
/// ```
/// use easemob_payload::message::TemplateTarget;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<TemplateTarget>(&json!("user1"), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<TemplateTarget>(&json!("User1"), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("", RuleCode::Lowercase));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Hash)]
#[serde(transparent)]
#[payload(
    min_length = 1,
    max_length = 64,
    pattern = "^[a-zA-Z0-9_.-]*$",
    lowercase(severity = "error", why = "a directed template ignores targets with upper-case letters")
)]
pub struct TemplateTarget(pub String);

impl From<&str> for TemplateTarget {
    fn from(id: &str) -> Self {
        TemplateTarget(id.to_owned())
    }
}

/// `ext.em_push_ext`: the notification's text and custom fields.
///
/// ```
/// use easemob_payload::message::PushExt;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<PushExt>(&json!({"title": "Hi", "content": "You have a message"}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<PushExt>(&json!({"title": 1}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/title", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[payload(opaque_to_server)]
pub struct PushExt {
    /// The notification title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The notification text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Custom fields delivered with the notification (the `e` member of the push payload).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<Map<String, Value>>,
    /// The sender's nickname in a group, shown in the notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_user_nickname: Option<String>,
}

/// `ext.em_apns_ext`: Apple push (APNs) fields.
///
/// ```
/// use easemob_payload::message::ApnsExt;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<ApnsExt>(&json!({"em_push_badge": 1}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<ApnsExt>(&json!({"em_push_badge": "1"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/em_push_badge", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[payload(opaque_to_server)]
pub struct ApnsExt {
    /// The notification title (in the page's example, not its table).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_title: Option<String>,
    /// The notification text (in the page's example, not its table).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_content: Option<String>,
    /// The APNs category, for notification actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_category: Option<String>,
    /// `true`: a notification service extension may modify the notification (`mutable-content`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_mutable_content: Option<bool>,
    /// The sound: a file in the app's `Library/Sounds/` of type aiff, wav or caf (or `default`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(pattern(
        r"^(default|.+\.([aA][iI][fF][fF]|[wW][aA][vV]|[cC][aA][fF]))$",
        severity = "warning",
        why = "iOS plays only aiff, wav and caf files and falls back to the default sound"
    ))]
    pub em_push_sound: Option<String>,
    /// The number on the app's badge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_badge: Option<i64>,
}

/// `ext.em_android_push_ext`: Android push fields, per vendor. Strings may be `""`
/// for "not set", as the page's own example sends them.
///
/// ```
/// use easemob_payload::message::AndroidPushExt;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<AndroidPushExt>(&json!({"huawei_channel_id": "c1"}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<AndroidPushExt>(&json!({"huawei_chanel_id": "c1"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/huawei_chanel_id", RuleCode::UnknownField));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[payload(opaque_to_server)]
pub struct AndroidPushExt {
    /// FCM options, passed to FCM as they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fcm_options: Option<Map<String, Value>>,
    /// The FCM notification channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fcm_channel_id: Option<String>,
    /// Honor: the activity opened by a tap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honor_click_action: Option<String>,
    /// Honor: the message's importance, `LOW` or `NORMAL` (`""`: not set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(one_of("LOW", "NORMAL", ""))]
    pub honor_importance: Option<String>,
    /// Honor: `0` a normal message, `1` a test message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(one_of(0, 1))]
    pub honor_target_user_type: Option<i64>,
    /// Huawei: `0` a normal message, `1` a test message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(one_of(0, 1))]
    pub huawei_target_user_type: Option<i64>,
    /// Huawei: the message category (for self-classified messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub huawei_category: Option<String>,
    /// Huawei: the receipt ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub huawei_receipt_id: Option<String>,
    /// Huawei: the activity opened by a tap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub huawei_click_action: Option<String>,
    /// Huawei: the notification channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub huawei_channel_id: Option<String>,
    /// Meizu: the activity opened by a tap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meizu_click_activity: Option<String>,
    /// OPPO: the notification channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oppo_channel_id: Option<String>,
    /// OPPO: the activity opened by a tap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oppo_click_activity: Option<String>,
    /// OPPO: the message category. Required when `oppo_notify_level` is sent
    /// (the page: "使用 notify_level 参数时，oppo_category 参数必传").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(required_with = "oppo_notify_level")]
    pub oppo_category: Option<String>,
    /// OPPO: the notification level, 1, 2 or 16, as a string or an integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oppo_notify_level: Option<OppoNotifyLevel>,
    /// vivo: the message category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vivo_category: Option<String>,
    /// vivo: the activity opened by a tap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vivo_click_activity: Option<String>,
    /// Xiaomi: the notification channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xiaomi_channel_id: Option<String>,
    /// Xiaomi: the activity opened by a tap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xiaomi_click_action: Option<String>,
}

/// OPPO's notification level: `1` (status bar), `2` (status bar and lock screen)
/// or `16` (status bar, lock screen and banner), as a string or an integer.
///
/// ```
/// use easemob_payload::message::OppoNotifyLevel;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<OppoNotifyLevel>(&json!(16), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<OppoNotifyLevel>(&json!(3), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("", RuleCode::Enum));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
#[serde(transparent)]
#[payload(one_of(1, 2, 16, "1", "2", "16"))]
pub struct OppoNotifyLevel(pub Value);

/// `ext.em_harmony_push_ext`: HarmonyOS push fields.
///
/// ```
/// use easemob_payload::message::HarmonyPushExt;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<HarmonyPushExt>(&json!({"is_test_message": true}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<HarmonyPushExt>(&json!({"is_test_message": "true"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/is_test_message", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[payload(opaque_to_server)]
pub struct HarmonyPushExt {
    /// The notification category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The action a tap starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub click_action: Option<String>,
    /// `true`: a test message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_test_message: Option<bool>,
    /// The notification ID (a new one replaces the notification with the same ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_id: Option<i64>,
    /// The receipt ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt_id: Option<String>,
}
