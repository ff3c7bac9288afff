//! What a custom check (`#[payload(check(run = ..., rule = "...", describe = ...))]`)
//! is given: the limits in force, and a way to report at the object or one of its members.
//!
//! This is the one signature a custom check needs,
//! `fn(&serde_json::Map<String, serde_json::Value>, &mut Checker<'_>)`, and it stays
//! stable while the validator's internals change.

use crate::limits::Limits;
use crate::path::Path;
use crate::report::{Detail, RuleCode, Severity, Violation};

/// Reports the violations of one custom check, under its rule code.
///
/// ```
/// use easemob_payload::{Checker, Limits, Payload, RuleCode, Severity, validate_as};
/// use serde_json::{Map, Value, json};
///
/// /// An order whose lines must add up to its total.
/// #[derive(Payload)]
/// #[payload(check(run = totals_agree, rule = "orderTotal", describe = "`total` is the sum of `lines`"))]
/// struct Order {
///     total: i64,
///     lines: Vec<i64>,
/// }
///
/// fn totals_agree(order: &Map<String, Value>, checker: &mut Checker<'_>) {
///     let sum: i64 = order["lines"].as_array().into_iter().flatten().filter_map(Value::as_i64).sum();
///     if order["total"].as_i64() != Some(sum) {
///         checker.error_at("total", format!("`total` must be {sum}, the sum of `lines`"));
///     }
/// }
///
/// let report = validate_as::<Order>(&json!({"total": 5, "lines": [2, 2]}), &Limits::DEFAULT);
/// let v = &report.violations()[0];
/// assert_eq!((v.path.as_str(), v.rule, v.severity), ("/total", RuleCode::Custom("orderTotal"), Severity::Error));
/// assert_eq!(v.message(), "`total` must be 4, the sum of `lines`");
/// ```
pub struct Checker<'a> {
    limits: &'a Limits,
    found: &'a mut Vec<Violation>,
    path: &'a Path<'a>,
    rule: RuleCode,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(
        limits: &'a Limits,
        found: &'a mut Vec<Violation>,
        path: &'a Path<'a>,
        rule: RuleCode,
    ) -> Checker<'a> {
        Checker { limits, found, path, rule }
    }

    /// The limits validation runs under (a private deployment's byte limit, say).
    pub fn limits(&self) -> &Limits {
        self.limits
    }

    /// The check's rule code, as its attribute names it.
    pub fn rule(&self) -> RuleCode {
        self.rule
    }

    /// An error at the object itself, with one message for every language.
    pub fn error(&mut self, message: impl Into<String>) {
        self.text(None, Severity::Error, message.into(), None);
    }

    /// An error at member `member` of the object.
    pub fn error_at(&mut self, member: &str, message: impl Into<String>) {
        self.text(Some(member), Severity::Error, message.into(), None);
    }

    /// A warning at the object itself.
    pub fn warning(&mut self, message: impl Into<String>) {
        self.text(None, Severity::Warning, message.into(), None);
    }

    /// A warning at member `member` of the object.
    pub fn warning_at(&mut self, member: &str, message: impl Into<String>) {
        self.text(Some(member), Severity::Warning, message.into(), None);
    }

    /// A violation with its message in English and in Chinese
    /// ([`Violation::message_in`](crate::Violation::message_in) picks one), at
    /// `member` or, with `None`, at the object.
    pub fn report_in(
        &mut self,
        member: Option<&str>,
        severity: Severity,
        en: impl Into<String>,
        zh: impl Into<String>,
    ) {
        self.text(member, severity, en.into(), Some(zh.into()));
    }

    fn text(&mut self, member: Option<&str>, severity: Severity, en: String, zh: Option<String>) {
        let zh = zh.unwrap_or_else(|| en.clone());
        self.report(member, severity, Detail::Text { en, zh, hint: None });
    }

    /// A violation whose message the crate writes (the built-in checks' way).
    pub(crate) fn report(&mut self, member: Option<&str>, severity: Severity, detail: Detail) {
        let member_path;
        let path = match member {
            Some(name) => {
                member_path = self.path.key(name);
                &member_path
            }
            None => self.path,
        };
        let subject = crate::rules::subject(path);
        self.found.push(Violation::new(path.pointer(), subject, self.rule, severity, detail));
    }
}
