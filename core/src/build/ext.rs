//! The builder's `ext` setters.

use serde_json::{Map, Value};

use super::builder::MessageBuilder;
use crate::message::Ext;

impl<B> MessageBuilder<B> {
    /// Merges `ext` into the `ext` set so far: each member `ext` sets overwrites the key of
    /// the same name, and keys set before that `ext` leaves out are kept, so
    /// `.silent().ext(e)` stays silent. Within `ext`, a typed member wins over the same
    /// key in [`Ext::custom`], so no key is written twice.
    ///
    /// ```
    /// use easemob_payload::{Message, message::Ext};
    /// let ext = Ext { em_force_notification: Some(true), ..Ext::default() };
    /// let m = Message::txt("hi").to(["u2"]).silent().ext(ext).build()?;
    /// let ext = m.ext.unwrap();
    /// assert_eq!((ext.em_ignore_notification, ext.em_force_notification), (Some(true), Some(true)));
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn ext(mut self, ext: Ext) -> Self {
        // `Ext` holds only JSON-representable members, so this always yields an object;
        // anything else would leave `ext` as it was rather than panic.
        if let Ok(Value::Object(members)) = serde_json::to_value(ext) {
            self.ext.get_or_insert_with(Map::new).extend(members);
        }
        self
    }

    /// Sets one `ext` key to a JSON value: the user's own attributes
    /// (`"order_id"`), or an Easemob `em_` key no other setter covers.
    ///
    /// A key already set is overwritten, so no key is ever written twice.
    ///
    /// ```
    /// use easemob_payload::Message;
    /// let m = Message::txt("hi").to(["u2"]).ext_attr("order_id", 42).ext_attr("em_push_template", serde_json::json!({"name": "t1"})).build()?;
    /// let ext = m.ext.unwrap();
    /// assert_eq!(ext.custom["order_id"], 42);
    /// assert_eq!(ext.em_push_template.unwrap().name.as_deref(), Some("t1"));
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn ext_attr(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.ext.get_or_insert_with(Map::new).insert(key.into(), value.into());
        self
    }

    /// A silent message: `ext.em_ignore_notification = true`, no push notification to offline recipients.
    pub fn silent(self) -> Self {
        self.ext_attr("em_ignore_notification", true)
    }

    /// `ext.em_force_notification = true`: push even to recipients who turned notifications off.
    pub fn force_notification(self) -> Self {
        self.ext_attr("em_force_notification", true)
    }

    /// `ext.em_at_list`: the user IDs mentioned with @ (`"ALL"` for everyone).
    ///
    /// ```
    /// use easemob_payload::Message;
    /// let m = Message::txt("@user3 hi").to(["u2"]).mention(["user3"]).build()?;
    /// assert_eq!(m.ext.unwrap().em_at_list, Some(vec!["user3".to_owned()]));
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn mention<I>(self, users: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        let list = users.into_iter().map(|u| Value::String(u.into())).collect();
        self.ext_attr("em_at_list", Value::Array(list))
    }
}
