//! [`MessageBuilder`]: the envelope's setters, and `build`.

use serde_json::{Map, Value};

use crate::limits::Limits;
use crate::message::{Content, Message, UserId};
use crate::report::{Report, RuleCode};

/// A message under construction: the envelope plus a typed body `B`.
///
/// Start from a constructor on [`Message`] ([`Message::txt`], [`Message::img`],
/// [`Message::loc`], ...) or from [`MessageBuilder::new`]; finish with
/// [`build`](MessageBuilder::build). Setters take `self` and return it, so they
/// chain; a setter called twice keeps the last value. See the [module
/// documentation](crate::build) for why the body is a type parameter.
///
/// ```
/// use easemob_payload::Message;
///
/// let message = Message::txt("testmessages")
///     .from("user1")
///     .to(["user2"])
///     .silent()
///     .online_only()
///     .sync_device(true)
///     .build()?;
/// let wire = serde_json::to_value(&message).unwrap();
/// assert_eq!(wire["routetype"], "ROUTE_ONLINE");
/// assert_eq!(wire["ext"]["em_ignore_notification"], true);
/// # Ok::<(), easemob_payload::Report>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[must_use = "a builder does nothing until `build()` is called"]
pub struct MessageBuilder<B> {
    pub(super) body: B,
    from: Option<UserId>,
    to: Vec<UserId>,
    sync_device: Option<bool>,
    routetype: Option<String>,
    roam_ignore_users: Option<Vec<UserId>>,
    env: Option<String>,
    // A JSON object, not an `Ext`: keys set one by one can then never be written
    // twice (a typed `em_` field plus the same key among the free-form ones).
    pub(super) ext: Option<Map<String, Value>>,
}

/// A message that passed validation, with the warnings it drew.
///
/// Returned by [`MessageBuilder::build_with_warnings`] for callers that log
/// warnings (a missing `filename`, an upper-case user ID) instead of dropping them.
///
/// ```
/// use easemob_payload::{Limits, Message, RuleCode};
///
/// let built = Message::file("https://example.com/f.pdf").to(["User2"]).build_with_warnings(&Limits::DEFAULT)?;
/// let rules: Vec<RuleCode> = built.warnings.iter().map(|v| v.rule).collect();
/// assert!(rules.contains(&RuleCode::Lowercase), "{rules:?}");
/// assert!(rules.contains(&RuleCode::Recommended), "{rules:?}"); // no filename
/// # Ok::<(), easemob_payload::Report>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// The message: serialize it (`serde_json::to_vec`) and send it.
    pub message: Message,
    /// Its violations, all of severity warning; empty when there are none.
    pub warnings: Report,
}

impl<B: Into<Content>> MessageBuilder<B> {
    /// A builder for `body` with an empty envelope (no recipients yet).
    ///
    /// ```
    /// use easemob_payload::{build::MessageBuilder, message::CmdBody};
    /// let message = MessageBuilder::new(CmdBody { action: "refresh".into(), param: None }).to(["u2"]).build()?;
    /// assert_eq!(serde_json::to_value(&message).unwrap()["type"], "cmd");
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn new(body: B) -> Self {
        MessageBuilder {
            body,
            from: None,
            to: Vec::new(),
            sync_device: None,
            routetype: None,
            roam_ignore_users: None,
            env: None,
            ext: None,
        }
    }

    /// Validates under [`Limits::DEFAULT`] and returns the message, or the report when it has an error.
    ///
    /// Warnings alone do not fail the build; use
    /// [`build_with_warnings`](Self::build_with_warnings) to see them.
    ///
    /// ```
    /// use easemob_payload::{Message, RuleCode};
    /// let report = Message::txt("hi").to(["user2", "bad id!"]).build().unwrap_err();
    /// assert_eq!(report.errors().next().unwrap().path, "/to/1");
    /// assert_eq!(report.errors().next().unwrap().rule, RuleCode::Pattern);
    /// ```
    pub fn build(self) -> Result<Message, Report> {
        self.build_with(&Limits::DEFAULT)
    }

    /// Validates under `limits` (a private deployment's 3 KB, say) and returns the message or the report.
    ///
    /// ```
    /// use easemob_payload::{Limits, Message, RuleCode};
    /// let long = "x".repeat(4000);
    /// assert!(Message::txt(long.as_str()).to(["u2"]).build().is_ok());
    /// let report = Message::txt(long).to(["u2"]).build_with(&Limits::private_deployment()).unwrap_err();
    /// assert_eq!(report.violations()[0].rule, RuleCode::MaxBytes);
    /// ```
    pub fn build_with(self, limits: &Limits) -> Result<Message, Report> {
        self.build_with_warnings(limits).map(|built| built.message)
    }

    /// Validates under `limits` and returns the message with its warnings, or
    /// the whole report (errors and warnings) when it has an error.
    ///
    /// ```
    /// use easemob_payload::{Limits, Message, RuleCode};
    /// let built = Message::img("https://example.com/chatfiles/1").to(["u2"]).build_with_warnings(&Limits::DEFAULT)?;
    /// assert_eq!(built.warnings.violations()[0].rule, RuleCode::Recommended); // no filename
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn build_with_warnings(self, limits: &Limits) -> Result<Built, Report> {
        let wire = self.into_wire()?;
        let report = crate::validate_with(&wire, limits);
        if !report.is_valid() {
            return Err(report);
        }
        // Cannot fail once the wire JSON is valid (every member then has its type);
        // mapped to a report all the same, so a future mismatch is an error, not a panic.
        let message = serde_json::from_value(wire).map_err(|e| serde_failure(SerdeStep::ReadBack, &e))?;
        Ok(Built { message, warnings: report })
    }

    /// The wire JSON: the typed parts serialized, then `ext` added as written.
    fn into_wire(self) -> Result<Value, Report> {
        let message = Message::<crate::message::Ext> {
            from: self.from,
            to: self.to,
            content: self.body.into(),
            sync_device: self.sync_device,
            routetype: self.routetype,
            roam_ignore_users: self.roam_ignore_users,
            env: self.env,
            msg_timestamp: None,
            ext: None,
        };
        let mut wire = serde_json::to_value(&message).map_err(|e| serde_failure(SerdeStep::Serialize, &e))?;
        if let (Some(ext), Value::Object(members)) = (self.ext, &mut wire) {
            members.insert("ext".to_owned(), Value::Object(ext));
        }
        Ok(wire)
    }
}

impl<B> MessageBuilder<B> {
    /// The sender (`from`); left out, the server sends as `admin`.
    pub fn from(mut self, user: impl Into<UserId>) -> Self {
        self.from = Some(user.into());
        self
    }

    /// The recipients (`to`), replacing any set before: 1 to
    /// [`Limits::max_recipients`] per request. For more, see [`plan_recipients`](crate::build::plan_recipients).
    ///
    /// ```
    /// use easemob_payload::Message;
    /// let m = Message::txt("hi").to(vec![String::from("u2"), String::from("u3")]).build()?;
    /// assert_eq!(m.to.len(), 2);
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn to<I>(mut self, users: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<UserId>,
    {
        self.to = users.into_iter().map(Into::into).collect();
        self
    }

    /// `sync_device`: whether the message is also synced to the sender's other devices.
    pub fn sync_device(mut self, sync: bool) -> Self {
        self.sync_device = Some(sync);
        self
    }

    /// `routetype: "ROUTE_ONLINE"`: deliver only to recipients who are online now.
    pub fn online_only(mut self) -> Self {
        self.routetype = Some(route_online().to_owned());
        self
    }

    /// `roam_ignore_users`: user IDs whose devices do not roam the message.
    pub fn roam_ignore_users<I>(mut self, users: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<UserId>,
    {
        self.roam_ignore_users = Some(users.into_iter().map(Into::into).collect());
        self
    }

    /// `env`: the environment tag (1 to 8 ASCII letters or digits).
    pub fn env(mut self, env: impl Into<String>) -> Self {
        self.env = Some(env.into());
        self
    }

    /// The typed body, to change a member no setter covers.
    pub fn body_mut(&mut self) -> &mut B {
        &mut self.body
    }
}

/// A serde failure as a one-violation report, so building never panics.
fn serde_failure(what: SerdeStep, e: &serde_json::Error) -> Report {
    let (en, zh) = match what {
        SerdeStep::Serialize => ("serialized", "序列化"),
        SerdeStep::ReadBack => ("read back", "读回"),
    };
    Report::whole_message_error(
        RuleCode::Type,
        format!("the message could not be {en} as JSON: {e}"),
        format!("无法将消息{zh}为 JSON：{e}"),
    )
}

/// Which serde step failed.
#[derive(Clone, Copy)]
enum SerdeStep {
    Serialize,
    ReadBack,
}

/// The one value `routetype` takes, as the message model states it (`constant = ...`).
fn route_online() -> &'static str {
    use crate::model::{Rule, Shape};
    let Shape::Object(envelope) = <Message as crate::Payload>::DESC.shape else { unreachable!("an object") };
    envelope
        .fields
        .iter()
        .filter(|f| f.name == "routetype")
        .flat_map(|f| f.checks)
        .find_map(|c| match c.rule {
            Rule::Const(value) => Some(value),
            _ => None,
        })
        .expect("the model gives routetype its constant")
}
