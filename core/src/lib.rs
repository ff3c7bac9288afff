//! Know before you send: validate the request body of the Easemob IM REST call
//! "send a one-to-one message" (`POST /{org_name}/{app_name}/messages/users`).
//!
//! [`validate`] reports **every** violation in one call: its JSON Pointer, a
//! rule code that is the JSON Schema keyword where there is one, a severity, an
//! English message and, where it helps, a hint. The rules come from annotated
//! definitions ([`message`]) through `#[derive(Payload)]`, and the same model
//! emits the JSON Schema (crate `easemob-payload-schema`).
//!
//! Build messages with types ([`build`]): `build()` runs the same rules, so a
//! message it returns is one the validator accepts, and the report is in hand
//! before anything is sent.
//!
//! ```
//! use easemob_payload::{Limits, Message};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let limits = Limits::DEFAULT; // or Limits::private_deployment(): 3 KB
//! let message = Message::loc(39.966, 116.322, "中关村")
//!     .from("user1")
//!     .to(["user2"])
//!     .build_with(&limits)?; // Err(report): every violation at once, nothing sent
//! let body = serde_json::to_vec(&message)?; // POST it
//! assert!(body.starts_with(br#"{"from":"user1","to":["user2"],"type":"loc""#));
//! # Ok(())
//! # }
//! ```
//!
//! JSON written elsewhere (a template, a fixture, another service) is checked as it is:
//!
//! ```
//! use serde_json::json;
//!
//! let body = json!({
//!     "from": "user1",
//!     "to": ["user2", "User2"],
//!     "type": "loc",
//!     "body": { "lat": 39.966, "lng": "116.322", "addr": "中关村" }
//! });
//! let report = easemob_payload::validate(&body);
//! if !report.is_valid() {
//!     for v in report.errors() {
//!         eprintln!("{v}"); // error[type] /body/lat: `body.lat` must be a string, ...
//!     }
//! }
//! assert_eq!(report.error_count(), 1);
//! assert_eq!(report.violations()[0].hint().as_deref(), Some("send lat as a string: \"39.966\""));
//! assert_eq!(report.warning_count(), 2); // `User2` repeats `user2`, and is not lower case
//! ```
//!
//! More recipients than one request may name: [`build::plan_recipients`].

#![forbid(unsafe_code)]

extern crate self as easemob_payload;

pub mod build;
mod checker;
#[doc(hidden)]
pub mod fast;
pub mod limits;
pub mod message;
// The rule model and the walker that reads it are public for the derive's generated
// code and the schema emitter, but not part of the API a user holds in their head:
// their shapes change as the validator does.
#[doc(hidden)]
pub mod model;
#[doc(hidden)]
pub mod path;
#[doc(hidden)]
pub mod pattern;
mod payload;
mod primitives;
mod repeat;
pub mod report;
#[doc(hidden)]
pub mod rules;
#[doc(hidden)]
pub mod size;
#[doc(hidden)]
pub mod text;

use serde::Serialize;
use serde_json::Value;

pub use build::MessageBuilder;
pub use checker::Checker;
#[doc = include_str!("derive.md")]
pub use easemob_payload_macros::Payload;
pub use limits::Limits;
pub use message::Message;
pub use payload::Payload;
pub use report::{Detail, Lang, Position, Report, RuleCode, Severity, Violation};

/// Validates a request body against every rule, with the default [`Limits`].
///
/// ```
/// let report = easemob_payload::validate(&serde_json::json!({"to": ["u2"], "type": "txt", "body": {"msg": "hi"}}));
/// assert!(report.is_empty());
/// ```
pub fn validate(value: &Value) -> Report {
    validate_with(value, &Limits::DEFAULT)
}

/// Validates a request body under the given limits.
///
/// ```
/// use easemob_payload::{Limits, RuleCode};
/// let text = "x".repeat(4000);
/// let body = serde_json::json!({"to": ["u2"], "type": "txt", "body": {"msg": text}});
/// let private = Limits::DEFAULT.with_max_bytes(3072);
/// let report = easemob_payload::validate_with(&body, &private);
/// assert_eq!(report.violations()[0].rule, RuleCode::MaxBytes);
/// ```
pub fn validate_with(value: &Value, limits: &Limits) -> Report {
    validate_as::<Message>(value, limits)
}

/// Validates a request body held as JSON text, with the default [`Limits`]: the
/// same report as [`validate`] of the parsed value, each violation with its
/// [`Position`] in the text, plus what only text can get wrong: a `syntax` error
/// (nesting of 128 levels or more included: serde_json's limit) and a member name repeated in one
/// object (`duplicateKey`: an error, a warning when both copies are the same).
///
/// No `serde_json::Value` is built for a valid text, and nothing is allocated once
/// the thread has validated one text of its size.
///
/// ```
/// let text = r#"{
///   "to": [],
///   "type": "txt",
///   "body": {"msg": "hello"}
/// }"#;
/// let report = easemob_payload::validate_str(text);
/// let v = &report.violations()[0];
/// let at = v.position().unwrap();
/// assert_eq!(
///     format!("{}:{}: {v}", at.line, at.column),
///     "2:9: error[minItems] /to: `to` is empty; at least 1 item is required (server: `param to can't be empty`)"
/// );
/// ```
pub fn validate_str(text: &str) -> Report {
    validate_str_with(text, &Limits::DEFAULT)
}

/// [`validate_str`] under the given limits.
///
/// ```
/// use easemob_payload::{Limits, RuleCode};
/// let text = format!(r#"{{"to": ["u2"], "type": "txt", "body": {{"msg": "{}"}}}}"#, "x".repeat(4000));
/// let report = easemob_payload::validate_str_with(&text, &Limits::private_deployment());
/// assert_eq!(report.violations()[0].rule, RuleCode::MaxBytes);
/// assert_eq!(report.violations()[0].position().map(|p| p.offset), Some(0));
/// ```
pub fn validate_str_with(text: &str, limits: &Limits) -> Report {
    text::validate(text, limits)
}

/// [`validate_str`] on bytes, which must be UTF-8 (a `syntax` error says where they are not).
///
/// ```
/// let report = easemob_payload::validate_slice(b"{\"to\": [\"u2\"], \"type\": \"txt\", \"body\": {\"msg\": \"\xff\"}}");
/// assert_eq!(report.violations()[0].rule, easemob_payload::RuleCode::Syntax);
/// assert_eq!(report.violations()[0].position().unwrap().offset, 47);
/// ```
pub fn validate_slice(bytes: &[u8]) -> Report {
    validate_slice_with(bytes, &Limits::DEFAULT)
}

/// [`validate_slice`] under the given limits.
///
/// ```
/// use easemob_payload::Limits;
/// let bytes = br#"{"to": ["u1", "u2", "u3"], "type": "txt", "body": {"msg": "hi"}}"#;
/// let report = easemob_payload::validate_slice_with(bytes, &Limits::DEFAULT.with_max_recipients(2));
/// assert_eq!((report.violations()[0].path.as_str(), report.violations()[0].rule.as_str()), ("/to", "maxItems"));
/// ```
pub fn validate_slice_with(bytes: &[u8], limits: &Limits) -> Report {
    text::validate_bytes(bytes, limits)
}

/// Validates `value` as any [`Payload`] type (a body on its own, say).
///
/// ```
/// use easemob_payload::{message::LocBody, Limits};
/// let report = easemob_payload::validate_as::<LocBody>(&serde_json::json!({"lat": "91", "lng": "0", "addr": "x"}), &Limits::DEFAULT);
/// assert_eq!(report.violations()[0].path, "/lat");
/// ```
pub fn validate_as<T: Payload>(value: &Value, limits: &Limits) -> Report {
    // The interpreter asks each type's generated validator (`T::DESC.clean`) first, the
    // root's included: a valid payload is settled by generated code alone, and an invalid
    // one is walked only where something is wrong.
    let mut ctx = rules::Ctx::new(limits);
    rules::validate_type(T::DESC, value, &path::Path::ROOT, &mut ctx);
    ctx.finish()
}

/// Validates a value built in Rust, as it serializes.
///
/// A typed value cannot have the wrong JSON types, but it can still break
/// every other rule (an empty `to`, a 33-character `customEvent`, 5 KB of text).
/// The rules run on the Rust value as serde hands it over, without building its
/// JSON; the JSON is built only for a report (something is wrong), or when neither
/// the fields nor their serialization can say (such as a value nested over 128 levels).
///
/// ```
/// use easemob_payload::message::{Content, Message, TxtBody};
/// let message: Message = Message {
///     from: None,
///     to: vec![],
///     content: Content::Txt(TxtBody { msg: "hello".into() }),
///     sync_device: None, routetype: None, roam_ignore_users: None, env: None,
///     msg_timestamp: None, ext: None,
/// };
/// let report = easemob_payload::validate_typed(&message, &easemob_payload::Limits::DEFAULT);
/// assert_eq!(report.violations()[0].path, "/to");
/// ```
pub fn validate_typed<T: Payload + Serialize>(value: &T, limits: &Limits) -> Report {
    // The derive's typed validator over the fields; where it cannot tell, the
    // serialization judged against the model; the JSON only for a report.
    let clean = value.typed_clean(limits).unwrap_or_else(|| fast::typed::is_clean(value, T::DESC, limits));
    if clean {
        return Report::default();
    }
    report_of_json(value, limits)
}

/// The full report of a typed value, through its JSON: the slow path, taken when
/// the typed judge has found something (or cannot tell).
fn report_of_json<T: Payload + Serialize>(value: &T, limits: &Limits) -> Report {
    match serde_json::to_value(value) {
        Ok(json) => validate_as::<T>(&json, limits),
        Err(e) => Report::whole_message_error(
            RuleCode::Type,
            format!("the value cannot be serialized to JSON: {e}"),
            format!("该值无法序列化为 JSON：{e}"),
        ),
    }
}

impl<E: Payload + Serialize> Message<E> {
    /// Validates this message under the given limits; see [`validate_typed`].
    ///
    /// ```
    /// use easemob_payload::{Limits, Message};
    /// let message = Message::txt("hello").from("user1").to(["user2"]).build().unwrap();
    /// assert!(message.validate(&Limits::DEFAULT).is_valid());
    /// let private = Limits::DEFAULT.with_max_bytes(8);
    /// assert_eq!(message.validate(&private).violations()[0].rule, easemob_payload::RuleCode::MaxBytes);
    /// ```
    pub fn validate(&self, limits: &Limits) -> Report {
        if size::typed_message_is_clean(self, limits) {
            return Report::default();
        }
        report_of_json(self, limits)
    }
}

/// What the derive's generated code names. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use regex::Regex;
    pub use serde_json::{Map, Value};
    pub use std::sync::OnceLock;
}
