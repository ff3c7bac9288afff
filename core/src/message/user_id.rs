use serde::{Deserialize, Serialize};

use crate::Payload;

/// An Easemob user ID: 1 to 64 of `a-z A-Z 0-9 _ - .`.
///
/// Upper-case letters are accepted but folded to lower case by the server, so
/// `Alice` and `alice` are one user: a `lowercase` warning says so.
///
/// ```
/// use easemob_payload::message::UserId;
/// use easemob_payload::{Limits, RuleCode, validate_as};
/// use serde_json::json;
///
/// let ok = validate_as::<UserId>(&json!("user1"), &Limits::DEFAULT);
/// assert!(ok.is_empty(), "{ok:#}");
/// let bad = validate_as::<UserId>(&json!("User1"), &Limits::DEFAULT);
/// assert_eq!((bad.violations()[0].path.as_str(), bad.violations()[0].rule), ("", RuleCode::Lowercase));
/// ```
#[derive(Payload, Serialize, Deserialize, Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(transparent)]
#[payload(min_length = 1, max_length = 64, pattern = "^[a-zA-Z0-9_.-]*$", lowercase)]
pub struct UserId(pub String);

impl UserId {
    /// The ID as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for UserId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for UserId {
    fn from(id: &str) -> Self {
        UserId(id.to_owned())
    }
}

impl From<String> for UserId {
    fn from(id: String) -> Self {
        UserId(id)
    }
}

impl From<&String> for UserId {
    fn from(id: &String) -> Self {
        UserId(id.clone())
    }
}

impl std::fmt::Display for UserId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
