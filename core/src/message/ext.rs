use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use super::client_keys::ClientKeys;
use super::push::{AndroidPushExt, ApnsExt, HarmonyPushExt, PushExt, PushFilter, PushTemplate};
use crate::Payload;

/// `ext`: free-form extension attributes. Keys starting with `em_` are Easemob's own;
/// an `em_` key not listed here is almost always a typo and is warned of.
///
/// The server stores `ext` as it is, so a wrong type inside it is no request error:
/// it silently breaks the feature the key controls (a push, a mention, a big emoji).
///
/// ```
/// use easemob_payload::message::Ext;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<Ext>(&json!({"em_ignore_notification": true, "order_id": 7}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<Ext>(&json!({"em_ignore_notification": "yes"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/em_ignore_notification", RuleCode::Type));
/// ```
#[derive(Payload, Deserialize, Debug, Clone, PartialEq, Default)]
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

/// As serde would derive it (members in declaration order, `None` left out, `client` and
/// `custom` flattened), except that `custom` skips the keys a typed member sets, so no
/// key is ever written twice.
///
/// ```
/// use easemob_payload::message::Ext;
/// let mut ext = Ext { em_ignore_notification: Some(true), ..Ext::default() };
/// ext.custom.insert("em_ignore_notification".into(), false.into());
/// ext.custom.insert("order_id".into(), 7.into());
/// assert_eq!(serde_json::to_string(&ext)?, r#"{"em_ignore_notification":true,"order_id":7}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
impl Serialize for Ext {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Typed<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            em_ignore_notification: Option<&'a bool>,
            #[serde(skip_serializing_if = "Option::is_none")]
            em_force_notification: Option<&'a bool>,
            #[serde(skip_serializing_if = "Option::is_none")]
            em_at_list: Option<&'a Vec<String>>,
            #[serde(skip_serializing_if = "Option::is_none")]
            em_apns_ext: Option<&'a ApnsExt>,
            #[serde(skip_serializing_if = "Option::is_none")]
            em_android_push_ext: Option<&'a AndroidPushExt>,
            #[serde(skip_serializing_if = "Option::is_none")]
            em_harmony_push_ext: Option<&'a HarmonyPushExt>,
            #[serde(skip_serializing_if = "Option::is_none")]
            em_push_ext: Option<&'a PushExt>,
            #[serde(skip_serializing_if = "Option::is_none")]
            em_push_filter: Option<&'a PushFilter>,
            #[serde(skip_serializing_if = "Option::is_none")]
            em_push_template: Option<&'a PushTemplate>,
            #[serde(flatten)]
            client: &'a ClientKeys,
            #[serde(flatten)]
            custom: Custom<'a>,
        }
        struct Custom<'a> {
            members: &'a Map<String, Value>,
            /// The keys the typed members set, when some custom key might collide.
            typed: Option<Map<String, Value>>,
        }
        impl Serialize for Custom<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(None)?;
                for (key, value) in self.members {
                    if !self.typed.as_ref().is_some_and(|typed| typed.contains_key(key)) {
                        map.serialize_entry(key, value)?;
                    }
                }
                map.end()
            }
        }
        // Destructured without `..`: a member added to `Ext` fails to build until written here.
        let Ext {
            em_ignore_notification,
            em_force_notification,
            em_at_list,
            em_apns_ext,
            em_android_push_ext,
            em_harmony_push_ext,
            em_push_ext,
            em_push_filter,
            em_push_template,
            client,
            custom,
        } = self;
        let empty = Map::new();
        let typed = |members| Typed {
            em_ignore_notification: em_ignore_notification.as_ref(),
            em_force_notification: em_force_notification.as_ref(),
            em_at_list: em_at_list.as_ref(),
            em_apns_ext: em_apns_ext.as_ref(),
            em_android_push_ext: em_android_push_ext.as_ref(),
            em_harmony_push_ext: em_harmony_push_ext.as_ref(),
            em_push_ext: em_push_ext.as_ref(),
            em_push_filter: em_push_filter.as_ref(),
            em_push_template: em_push_template.as_ref(),
            client,
            custom: members,
        };
        // Only a custom key that the model knows (typed here or in `client`) can collide;
        // the typed members are then written to a map once to see which are set.
        let model = match <Ext as Payload>::DESC.shape {
            crate::model::Shape::Object(object) => Some(object),
            _ => None,
        };
        let may_collide = custom.keys().any(|key| model.is_some_and(|m| m.knows(key)));
        let set = if may_collide {
            match serde_json::to_value(typed(Custom { members: &empty, typed: None })) {
                Ok(Value::Object(set)) => Some(set),
                _ => None,
            }
        } else {
            None
        };
        typed(Custom { members: custom, typed: set }).serialize(serializer)
    }
}
