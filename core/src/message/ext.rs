use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::client_keys::ClientKeys;
use super::push::{AndroidPushExt, ApnsExt, HarmonyPushExt, PushExt, PushFilter, PushTemplate};
use crate::Payload;

/// `ext`: free-form extension attributes. Keys starting with `em_` are Easemob's own;
/// an `em_` key not listed here is almost always a typo and is warned of.
///
/// The server stores `ext` as it is, so a wrong type inside it is no request error:
/// it silently breaks the feature the key controls (a push, a mention, a big emoji).
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[payload(unknown_fields = "allow", reserved_prefix = "em_", opaque_to_server)]
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
    /// Apple push (APNs) fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_apns_ext: Option<ApnsExt>,
    /// Android push fields, per vendor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_android_push_ext: Option<AndroidPushExt>,
    /// HarmonyOS push fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_harmony_push_ext: Option<HarmonyPushExt>,
    /// The push notification's title, content and custom fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_ext: Option<PushExt>,
    /// Which devices and push vendors get a push notification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_filter: Option<PushFilter>,
    /// The push template to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub em_push_template: Option<PushTemplate>,
    /// Keys Easemob's own UI kits and demos set: known, so never warned of.
    #[serde(flatten)]
    pub client: ClientKeys,
    /// The user's own keys.
    #[serde(flatten)]
    pub custom: Map<String, Value>,
}
