//! The text, location, command and custom bodies.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::Payload;

/// The body of a text message (`type: txt`).
///
/// ```
/// use easemob_payload::message::TxtBody;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<TxtBody>(&json!({"msg": "hello"}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<TxtBody>(&json!({}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/msg", RuleCode::Required));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct TxtBody {
    /// The message text.
    pub msg: String,
}

/// The body of a location message (`type: loc`). Coordinates are strings on the wire.
///
/// ```
/// use easemob_payload::message::LocBody;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<LocBody>(&json!({"lat": "39.966", "lng": "116.322", "addr": "中关村"}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<LocBody>(&json!({"lat": 39.966, "lng": "116.322", "addr": "中关村"}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/lat", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct LocBody {
    /// Latitude in decimal degrees, -90 to 90, as a string (`"39.966"`).
    #[payload(pattern = r"^-?(90(\.0+)?|[1-8]?[0-9](\.[0-9]+)?)$")]
    pub lat: String,
    /// Longitude in decimal degrees, -180 to 180, as a string (`"116.322"`).
    #[payload(pattern = r"^-?(180(\.0+)?|(1[0-7][0-9]|[1-9]?[0-9])(\.[0-9]+)?)$")]
    pub lng: String,
    /// The address, in words.
    pub addr: String,
}

/// The body of a command (pass-through) message (`type: cmd`).
///
/// ```
/// use easemob_payload::message::CmdBody;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<CmdBody>(&json!({"action": "refresh"}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<CmdBody>(&json!({"action": 1}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/action", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub struct CmdBody {
    /// The command.
    pub action: String,
    /// The command's parameters, free-form. Not on the send-message page; Easemob's Java
    /// server SDK sends it (easemob/easemob-im-server-sdk `MessageSendRequest.java`, `@JsonProperty("param")`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<Map<String, Value>>,
}

/// The body of a custom message (`type: custom`).
///
/// ```
/// use easemob_payload::message::CustomBody;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<CustomBody>(&json!({"customEvent": "gift", "customExts": {"level": "1"}}), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<CustomBody>(&json!({"customEvent": "gift", "customExts": {"level": 1}}), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("/customExts/level", RuleCode::Type));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Default)]
#[payload(min_properties(1, server = "param body can't be empty"))]
pub struct CustomBody {
    /// The event type: 1 to 32 of `a-z A-Z 0-9 - _ / .` (the documentation writes the regex unanchored; it is anchored here).
    #[serde(rename = "customEvent", default, skip_serializing_if = "Option::is_none")]
    #[payload(pattern = "^[a-zA-Z0-9_/.-]{1,32}$")]
    pub custom_event: Option<String>,
    /// The event's attributes: string values only, at most 16.
    #[serde(rename = "customExts", default, skip_serializing_if = "Option::is_none")]
    #[payload(max_properties = 16)]
    pub custom_exts: Option<BTreeMap<String, String>>,
}
