//! A sending service as a team adopting `easemob-payload` would write it, with no
//! HTTP stack (a request is bytes in, a status and bytes out):
//!
//! - its configuration file sets private-deployment limits;
//! - `POST /send` validates the caller's body as `Message<ShopExt>` (the app's own
//!   typed `ext`) and answers a bad one with the serialized report, in the caller's
//!   language;
//! - an announcement to any number of users is planned into requests, built with
//!   the builders and given the typed ext.
//!
//! Everything here is application code: if it needs a DTO, a hand-made JSON
//! Pointer or a conversion through `serde_json::Value`, the crates are missing
//! something.

use easemob_payload::build::{Plan, plan_recipients};
use easemob_payload::message::Ext;
use easemob_payload::{Lang, Limits, Message, Payload, Report, validate_as};
use serde::{Deserialize, Serialize};

/// The shop's own `ext`: its order members, with Easemob's keys flattened in (and
/// still checked, `em_` being reserved).
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[payload(unknown_fields = "allow", reserved_prefix = "em_")]
pub struct ShopExt {
    /// The order the message is about.
    pub order_id: u64,
    /// What the buyer paid, in yuan.
    #[payload(minimum = 0.01)]
    pub total: f64,
    /// Easemob's keys (push extensions, `em_ignore_notification`, ...).
    #[serde(flatten)]
    pub easemob: Ext,
}

/// The service's configuration file.
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The deployment's limits; members left out keep Easemob's cloud defaults.
    #[serde(default)]
    pub limits: Limits,
}

/// An answer: an HTTP status and a JSON body.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// 202 accepted, 400 not JSON, 422 invalid.
    pub status: u16,
    /// The JSON body.
    pub body: Vec<u8>,
}

/// The service.
#[derive(Debug, Clone)]
pub struct Service {
    limits: Limits,
}

impl Service {
    /// The service as its configuration file sets it up.
    pub fn from_config(text: &str) -> Result<Service, serde_json::Error> {
        let config: Config = serde_json::from_str(text)?;
        Ok(Service { limits: config.limits })
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// `POST /send`: the caller's message, checked before it goes to Easemob.
    pub fn send(&self, body: &[u8], lang: Lang) -> Response {
        let value: serde_json::Value = match serde_json::from_slice(body) {
            Ok(value) => value,
            Err(e) => {
                let body = serde_json::json!({ "error": e.to_string() });
                return Response { status: 400, body: body.to_string().into_bytes() };
            }
        };
        let report = validate_as::<Message<ShopExt>>(&value, &self.limits);
        let status = if report.is_valid() { 202 } else { 422 };
        let body = serde_json::to_vec(&report.in_lang(lang)).expect("a report serializes");
        Response { status, body }
    }

    /// An announcement of `text` to every one of `users`, about `order`: the plan of
    /// requests (duplicates and invalid IDs set aside) and one message per request.
    pub fn announce(
        &self,
        text: &str,
        users: &[&str],
        order: &ShopExt,
    ) -> Result<(Plan, Vec<Message<ShopExt>>), Report> {
        let plan = plan_recipients(users.iter().copied(), &self.limits);
        let template = Message::txt(text).from("shop").silent();
        let messages = plan
            .build_each(&template, &self.limits)?
            .into_iter()
            .map(|m| {
                m.map_ext(|ext| {
                    let mut typed = order.clone();
                    typed.easemob = ext.unwrap_or_default();
                    Some(typed)
                })
            })
            .collect::<Vec<_>>();
        // The typed ext is the app's: check the finished messages under the same limits.
        for m in &messages {
            let report = m.validate(&self.limits);
            if !report.is_valid() {
                return Err(report);
            }
        }
        Ok((plan, messages))
    }
}
