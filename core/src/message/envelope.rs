use serde::{Deserialize, Serialize};

use super::{Content, Ext, UserId};
use crate::Payload;

/// The request body of `POST /{org_name}/{app_name}/messages/users`: send a one-to-one message.
///
/// Serializes to exactly the wire JSON: absent options are left out, never `null`.
///
/// `E` is the type of `ext`: [`Ext`] (free-form, Easemob's keys typed) unless the app
/// declares its own with the derive (flattening `Ext` in to keep Easemob's keys typed);
/// `validate_as::<Message<MyExt>>` then checks it with paths under `/ext`.
///
/// ```
/// use easemob_payload::{Limits, Message, validate};
///
/// let message = Message::txt("hello").from("user1").to(["user2"]).build()?;
/// let wire = serde_json::to_value(&message).unwrap();
/// assert_eq!(wire["type"], "txt");
/// assert!(validate(&wire).is_empty());
/// // Typed messages check without a detour through JSON text.
/// assert!(message.validate(&Limits::DEFAULT).is_empty());
/// # Ok::<(), easemob_payload::Report>(())
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq)]
// serde would ask `E: Default` for `#[serde(default)]` on `Option<E>`, which needs none.
#[serde(bound(deserialize = "E: Deserialize<'de>"))]
#[payload(
    check(run = crate::size::body_and_ext_size, rule = "maxBytes", describe = crate::size::DESCRIPTION),
    server(type = "Request body is invalid. Please check body is correct."),
    other_body(
        detect("target_type", "target"),
        members("target_type", "target", "msg"),
        note = "This is the body of the older call `POST /{org_name}/{app_name}/messages` (`target_type`, `target`, `msg`); this call takes `to`, `type` and `body`: `target` becomes `to`, `msg.type` becomes `type`, the rest of `msg` becomes `body`, and `target_type` (which must be `users` for one-to-one messages) is left out",
        hint = "send `to`, `type` and `body` instead of `target_type`, `target` and `msg`"
    )
)]
pub struct Message<E = Ext> {
    /// The sender's user ID; the server uses `admin` when it is left out. An empty string is rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(server(min_length = "param from can't be empty"))]
    pub from: Option<UserId>,

    /// The recipients' user IDs: 1 to 600 per request. Each recipient counts as one message against the app's quota of 6000 messages a minute.
    #[payload(
        min_items(1, server = "param to can't be empty"),
        max_items(max_recipients, server = "params to's size can't exceed limit 600"),
        unique_items(
            case_fold,
            severity = "warning",
            why = "every recipient counts against the 6000 messages/minute quota"
        )
    )]
    pub to: Vec<UserId>,

    /// The message type (`type`) and its content (`body`).
    #[serde(flatten)]
    pub content: Content,

    /// Whether the message is also synced to the sender's other devices after it is sent (default `false`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_device: Option<bool>,

    /// `ROUTE_ONLINE`: deliver only to recipients who are online now. Left out, offline recipients get the message later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(constant = "ROUTE_ONLINE")]
    pub routetype: Option<String>,

    /// User IDs among the sender's devices that do not roam the message (added to the API in 2024-08).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roam_ignore_users: Option<Vec<UserId>>,

    /// The environment tag of the message: 1 to 8 ASCII letters or digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(pattern = "^[a-zA-Z0-9]{1,8}$")]
    pub env: Option<String>,

    /// The message's time stamp, in milliseconds since 1970. An earlier revision of the
    /// send-message page listed it as optional; the latest leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(minimum = 0)]
    pub msg_timestamp: Option<i64>,

    /// Extension attributes: free-form, never `null`; keys starting with `em_` are Easemob's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[payload(server(type = "param ext must be JSONObject"))]
    pub ext: Option<E>,
}

impl<E> Message<E> {
    /// The same message with its `ext` turned into another type: how a message the
    /// builders made (with [`Ext`]) gets an app's own typed ext. `f` receives the
    /// current ext, so the keys the builder set (`em_ignore_notification` from
    /// `.silent()`, say) can be kept by flattening [`Ext`] into the new type.
    ///
    /// ```
    /// use easemob_payload::message::Ext;
    /// use easemob_payload::{Limits, Message, Payload};
    /// use serde::Serialize;
    ///
    /// #[derive(Payload, Serialize)]
    /// #[payload(unknown_fields = "allow", reserved_prefix = "em_")]
    /// struct ShopExt {
    ///     order_id: u64,
    ///     #[serde(flatten)]
    ///     easemob: Ext,
    /// }
    ///
    /// let message = Message::txt("shipped").to(["u2"]).silent().build()?;
    /// let typed: Message<ShopExt> = message.map_ext(|ext| Some(ShopExt { order_id: 7, easemob: ext.unwrap_or_default() }));
    /// let wire = serde_json::to_value(&typed).unwrap();
    /// assert_eq!(wire["ext"], serde_json::json!({"order_id": 7, "em_ignore_notification": true}));
    /// assert!(typed.validate(&Limits::DEFAULT).is_empty());
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn map_ext<F>(self, f: impl FnOnce(Option<E>) -> Option<F>) -> Message<F> {
        Message {
            from: self.from,
            to: self.to,
            content: self.content,
            sync_device: self.sync_device,
            routetype: self.routetype,
            roam_ignore_users: self.roam_ignore_users,
            env: self.env,
            msg_timestamp: self.msg_timestamp,
            ext: f(self.ext),
        }
    }
}
