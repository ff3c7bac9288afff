//! [`plan_recipients`]: any number of recipients as valid requests.

use std::collections::HashMap;

use serde_json::Value;

use super::builder::MessageBuilder;
use super::schedule;
use crate::limits::Limits;
use crate::message::{Content, Message, UserId};
use crate::report::Report;

/// Recipients split into requests, with what was left out and why.
///
/// Every recipient given to [`plan_recipients`] is in exactly one place: a
/// request ([`requests`](Plan::requests)), [`duplicates`](Plan::duplicates) or
/// [`invalid`](Plan::invalid).
///
/// ```
/// use easemob_payload::{Limits, build::plan_recipients};
///
/// let ids: Vec<String> = (0..1500).map(|i| format!("user{i}")).collect();
/// let plan = plan_recipients(ids, &Limits::DEFAULT);
/// assert_eq!(plan.requests().iter().map(Vec::len).collect::<Vec<_>>(), [600, 600, 300]);
/// assert!(plan.duplicates().is_empty() && plan.invalid().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Plan {
    requests: Vec<Vec<UserId>>,
    duplicates: Vec<Duplicate>,
    invalid: Vec<Invalid>,
}

/// A recipient left out because an earlier one is the same user (compared case-folded, as the server does).
///
/// ```
/// use easemob_payload::{Limits, build::plan_recipients};
///
/// let plan = plan_recipients(["alice", "bob", "Alice"], &Limits::DEFAULT);
/// let d = &plan.duplicates()[0];
/// assert_eq!((d.index, d.id.as_str(), d.kept), (2, "Alice", 0));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Duplicate {
    /// Its position in the input.
    pub index: usize,
    /// The ID as given.
    pub id: UserId,
    /// The position in the input of the spelling that was kept.
    pub kept: usize,
}

/// A recipient left out because its ID breaks a rule: the server would reject every request naming it.
///
/// ```
/// use easemob_payload::{Limits, RuleCode, build::plan_recipients};
///
/// let plan = plan_recipients(["alice", "no way"], &Limits::DEFAULT);
/// let bad = &plan.invalid()[0];
/// assert_eq!((bad.index, bad.report.violations()[0].rule), (1, RuleCode::Pattern));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Invalid {
    /// Its position in the input.
    pub index: usize,
    /// The ID as given.
    pub id: UserId,
    /// The ID's violations; paths are relative to the ID (`""`).
    pub report: Report,
}

/// Splits `recipients` into requests of at most [`Limits::max_recipients`].
///
/// In input order:
/// 1. An ID that breaks a user-ID rule (empty, over 64 characters, a character
///    outside `a-z A-Z 0-9 _ - .`) goes to [`Plan::invalid`] with its report: a
///    request naming it would be rejected whole, so it is left out and reported,
///    never sent silently. Upper case is not an error (the server folds it).
/// 2. An ID equal to an earlier one ignoring ASCII case goes to
///    [`Plan::duplicates`]; the first spelling is kept, so no user gets the
///    message twice or costs the quota twice.
/// 3. The rest keep their order and fill requests of `limits.max_recipients`
///    (the last may be shorter). A `max_recipients` of 0 allows no valid
///    request; requests of one are planned and the validator then rejects them.
///
/// ```
/// use easemob_payload::{Limits, build::plan_recipients};
/// let plan = plan_recipients(["Alice", "bob", "alice", "no way", "carol"], &Limits::DEFAULT.with_max_recipients(2));
/// assert_eq!(plan.requests(), [vec!["Alice".into(), "bob".into()], vec!["carol".into()]]);
/// assert_eq!((plan.duplicates()[0].index, plan.duplicates()[0].kept), (2, 0));
/// assert_eq!(plan.invalid()[0].id.as_str(), "no way");
/// assert_eq!(plan.quota_cost(), 3);
/// ```
pub fn plan_recipients<I>(recipients: I, limits: &Limits) -> Plan
where
    I: IntoIterator,
    I::Item: Into<UserId>,
{
    let mut kept: Vec<UserId> = Vec::new();
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    let mut duplicates = Vec::new();
    let mut invalid = Vec::new();
    for (index, id) in recipients.into_iter().map(Into::into).enumerate() {
        let report = crate::validate_as::<UserId>(&Value::String(id.0.clone()), limits);
        if !report.is_valid() {
            invalid.push(Invalid { index, id, report });
            continue;
        }
        // A valid ID is ASCII, so ASCII folding is exactly the validator's `uniqueItems` folding.
        match first_seen.get(&id.0.to_ascii_lowercase()) {
            Some(&first) => duplicates.push(Duplicate { index, id, kept: first }),
            None => {
                first_seen.insert(id.0.to_ascii_lowercase(), index);
                kept.push(id);
            }
        }
    }
    let size = limits.max_recipients.max(1);
    let requests = kept.chunks(size).map(<[UserId]>::to_vec).collect();
    Plan { requests, duplicates, invalid }
}

impl Plan {
    /// The `to` of each request, in order.
    pub fn requests(&self) -> &[Vec<UserId>] {
        &self.requests
    }

    /// Recipients left out as repeats of an earlier one, in input order.
    pub fn duplicates(&self) -> &[Duplicate] {
        &self.duplicates
    }

    /// Recipients left out because their ID is invalid, in input order.
    pub fn invalid(&self) -> &[Invalid] {
        &self.invalid
    }

    /// Whether every recipient given is in a request (nothing repeated, nothing invalid).
    pub fn is_complete(&self) -> bool {
        self.duplicates.is_empty() && self.invalid.is_empty()
    }

    /// The messages the plan sends against the app's quota: one per recipient in a request.
    pub fn quota_cost(&self) -> usize {
        self.requests.iter().map(Vec::len).sum()
    }

    /// How many minutes of the app's quota ([`MESSAGES_PER_MINUTE`](super::MESSAGES_PER_MINUTE))
    /// the requests take when paced by [`schedule`](Plan::schedule); 0 for an empty plan.
    ///
    /// ```
    /// use easemob_payload::{Limits, build::plan_recipients};
    /// let ids: Vec<String> = (0..6001).map(|i| format!("u{i}")).collect();
    /// assert_eq!(plan_recipients(&ids, &Limits::DEFAULT).quota_minutes(), 2);
    /// ```
    pub fn quota_minutes(&self) -> usize {
        self.schedule().last().map_or(0, |minute| minute + 1)
    }

    /// For each request, the minute (0, 1, ...) in which to send it so no
    /// minute exceeds [`MESSAGES_PER_MINUTE`](super::MESSAGES_PER_MINUTE): the
    /// requests fill the minutes in order.
    ///
    /// The quota is per app: other traffic in the same minute counts too, so
    /// this is the least pacing, not a guarantee.
    ///
    /// ```
    /// use easemob_payload::{Limits, build::plan_recipients};
    /// let ids: Vec<String> = (0..7000).map(|i| format!("u{i}")).collect();
    /// let schedule = plan_recipients(&ids, &Limits::DEFAULT).schedule();
    /// assert_eq!(schedule, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]); // 10 x 600 in minute 0
    /// ```
    pub fn schedule(&self) -> Vec<usize> {
        self.schedule_at(super::MESSAGES_PER_MINUTE)
    }

    /// [`schedule`](Plan::schedule) for an app whose quota is `per_minute`
    /// messages (0 is taken as 1). A request larger than `per_minute` gets a minute to itself.
    pub fn schedule_at(&self, per_minute: usize) -> Vec<usize> {
        schedule::pack(self.requests.iter().map(Vec::len), per_minute)
    }

    /// One message per request: `template` with `to` set to the request's
    /// recipients (any `to` it had is replaced), each built with
    /// [`build_with`](MessageBuilder::build_with) under `limits`.
    ///
    /// Returns the first failing request's report (paths relative to that
    /// message). An empty plan gives no message and checks nothing.
    ///
    /// ```
    /// use easemob_payload::{Limits, Message, build::plan_recipients};
    /// let plan = plan_recipients(["u1", "u2", "u3"], &Limits::DEFAULT.with_max_recipients(2));
    /// let messages = plan.build_each(&Message::cmd("refresh"), &Limits::DEFAULT.with_max_recipients(2))?;
    /// assert_eq!(messages[1].to, ["u3".into()]);
    /// # Ok::<(), easemob_payload::Report>(())
    /// ```
    pub fn build_each<B>(&self, template: &MessageBuilder<B>, limits: &Limits) -> Result<Vec<Message>, Report>
    where
        B: Clone + Into<Content>,
    {
        self.requests.iter().map(|to| template.clone().to(to.iter().cloned()).build_with(limits)).collect()
    }
}
