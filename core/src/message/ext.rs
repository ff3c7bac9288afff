use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Payload;

/// `ext`: free-form extension attributes. Keys starting with `em_` are Easemob's own;
/// an `em_` key not listed here is almost always a typo and is warned of.
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[payload(unknown_fields = "allow", reserved_prefix = "em_")]
pub struct Ext {
    /// `true`: a silent message, with no push notification to offline recipients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_ignore_notification: Option<bool>,
    /// `true`: push a notification even to recipients who turned notifications off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_force_notification: Option<bool>,
    /// User IDs mentioned with @ (`ALL` for everyone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_at_list: Option<Vec<String>>,
    /// Custom APNs push fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_apns_ext: Option<Map<String, Value>>,
    /// Custom Android push fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_android_push_ext: Option<Map<String, Value>>,
    /// Custom HarmonyOS push fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_harmony_push_ext: Option<Map<String, Value>>,
    /// The push notification's title, content and custom fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_ext: Option<PushExt>,
    /// Which recipients get a push notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_filter: Option<Map<String, Value>>,
    /// The push template to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_template: Option<PushTemplate>,
    /// The user's own keys.
    #[serde(flatten)]
    pub custom: Map<String, Value>,
}

/// `ext.em_push_ext`: the push notification's text and custom fields.
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[payload(unknown_fields = "allow")]
pub struct PushExt {
    /// The notification title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The notification text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Custom fields delivered with the notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<Map<String, Value>>,
    /// Other push fields.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// `ext.em_push_template`: the push template to use.
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[payload(unknown_fields = "allow")]
pub struct PushTemplate {
    /// The template's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Other template fields.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}
