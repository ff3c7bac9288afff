//! The validator: walks an untyped [`Value`] along a [`TypeDesc`] and reports every violation.
//!
//! Nothing here knows the Easemob API: every rule comes from the model the derive
//! wrote. A value of the wrong type gets one `type` violation and its inner rules
//! are skipped, so one mistake never cascades. The walk reads values through
//! `json::Json`, so a text's tape is judged by the same code without a `Value`.

mod array;
mod describe;
pub(crate) mod json;
mod object;
mod scalar;
mod suggest;
mod tagged;
mod unique;

use serde_json::Value;

use crate::limits::Limits;
use crate::model::{Check, Rule, Shape, TypeDesc};
use crate::path::{Path, Segment};
use crate::report::{Detail, Report, RuleCode, Severity, Violation};

pub use describe::describe_value;
pub(crate) use json::{Json, JsonKind};
pub(crate) use object::flattened_field;
pub use suggest::closest;
pub(crate) use unique::report_repeats;

/// What validation carries along: the limits in force and the violations found so far.
#[derive(Debug)]
pub struct Ctx<'l> {
    /// The limits in force.
    pub limits: &'l Limits,
    /// The server's error text for a wrong JSON type here, set by the enclosing objects.
    pub(crate) type_server: Option<&'static str>,
    /// Whether values the generated validators pass are skipped (off: the interpreter
    /// alone, the oracle the generated validators are tested against).
    generated: bool,
    violations: Vec<Violation>,
}

impl<'l> Ctx<'l> {
    /// An empty context.
    pub fn new(limits: &'l Limits) -> Ctx<'l> {
        Ctx { limits, type_server: None, generated: true, violations: Vec::new() }
    }

    /// A context that never asks the generated validators: the interpreter's own verdict.
    pub(crate) fn interpreter_only(limits: &'l Limits) -> Ctx<'l> {
        Ctx { generated: false, ..Ctx::new(limits) }
    }

    /// Records a violation; the path's pointer and name are built only now, the message never.
    pub fn report(&mut self, path: &Path<'_>, rule: RuleCode, severity: Severity, detail: Detail) {
        self.violations.push(Violation::new(path.pointer(), subject(path), rule, severity, detail));
    }

    /// Records a violation of a rule the walk itself applies (`type`, `required`, ...),
    /// with the rule's [default severity](RuleCode::default_severity).
    pub(crate) fn report_rule(&mut self, path: &Path<'_>, rule: RuleCode, detail: Detail) {
        self.report(path, rule, rule.default_severity(), detail);
    }

    /// Records a violation of a model check: its code, severity, reason and server text.
    pub(crate) fn report_check(&mut self, path: &Path<'_>, check: &Check, detail: Detail) {
        let violation =
            Violation::new(path.pointer(), subject(path), check.rule.code(), check.severity, detail)
                .with_why(check.why)
                .with_server(check.server);
        self.violations.push(violation);
    }

    /// Quotes the server's text on the violation just reported.
    pub(crate) fn quote_last(&mut self, text: &'static str) {
        if let Some(last) = self.violations.last_mut() {
            last.quote_server(text);
        }
    }

    /// How many violations so far; pass it to [`Ctx::quote_server_errors`].
    pub(crate) fn mark(&self) -> usize {
        self.violations.len()
    }

    /// Appends the server's error text to the violations since `mark` that `applies` to.
    pub(crate) fn quote_server_text(
        &mut self,
        mark: usize,
        text: &'static str,
        applies: impl Fn(&Violation) -> bool,
    ) {
        for v in &mut self.violations[mark..] {
            if applies(v) {
                v.quote_server(text);
            }
        }
    }

    /// Appends the server's error text to the violations at exactly `path` found since `mark`.
    pub(crate) fn quote_server_errors(
        &mut self,
        mark: usize,
        path: &Path<'_>,
        errors: &[(RuleCode, &'static str)],
    ) {
        if errors.is_empty() || self.violations.len() == mark {
            return;
        }
        let pointer = path.pointer();
        for v in &mut self.violations[mark..] {
            if let Some((_, text)) = errors.iter().find(|(code, _)| *code == v.rule) {
                if v.path == pointer {
                    v.quote_server(text);
                }
            }
        }
    }

    /// Runs a custom check on `map`, its violations under `rule`.
    pub(crate) fn run_custom(
        &mut self,
        custom: &crate::model::CustomCheck,
        map: &serde_json::Map<String, Value>,
        path: &Path<'_>,
    ) {
        (custom.run)(map, &mut self.checker(path, custom.rule));
    }

    /// What a custom check of rule `rule` on the object at `path` reports through.
    pub(crate) fn checker<'c>(&'c mut self, path: &'c Path<'c>, rule: RuleCode) -> crate::Checker<'c> {
        crate::Checker::new(self.limits, &mut self.violations, path, rule)
    }

    /// Whether nothing was found.
    pub(crate) fn is_empty(&self) -> bool {
        self.violations.is_empty()
    }

    /// The sorted report.
    pub fn finish(self) -> Report {
        Report::from_violations(self.violations)
    }
}

/// How a violation names its value: `body.lat`, or `""` for the message itself
/// (each language has its own word for that).
pub(crate) fn subject(path: &Path<'_>) -> String {
    match path.segment() {
        Segment::Root => String::new(),
        _ => path.display_name(),
    }
}

/// Validates `value` as a `desc`, reporting at `path`.
pub fn validate_type(desc: &'static TypeDesc, value: &Value, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    walk_type(desc, value, path, ctx);
}

/// [`validate_type`] of any [`Json`] value.
pub(crate) fn walk_type<'a, J: Json<'a>>(
    desc: &'static TypeDesc,
    value: J,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    validate_member(desc, &[], value, path, ctx);
}

/// Validates `value` as a `desc` plus the member's own `checks`.
pub(crate) fn validate_member<'a, J: Json<'a>>(
    desc: &'static TypeDesc,
    checks: &[Check],
    value: J,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    if ctx.generated && value.is_clean(desc, ctx.limits) {
        // Nothing inside to report: only the member's own rules remain.
        for check in checks {
            apply(check, value, path, ctx);
        }
        return;
    }
    walk_inside(desc, checks, value, path, ctx);
}

/// [`walk_type`] of a value already known to hold a violation (the generated
/// validator said so): it is not asked again.
pub(crate) fn walk_unclean<'a, J: Json<'a>>(
    desc: &'static TypeDesc,
    value: J,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    walk_inside(desc, &[], value, path, ctx);
}

/// [`validate_member`] past the generated validator's verdict.
fn walk_inside<'a, J: Json<'a>>(
    desc: &'static TypeDesc,
    checks: &[Check],
    value: J,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    if !has_shape(desc.shape, value) {
        describe::report_type(desc.shape, value, path, ctx);
        return;
    }
    match desc.shape {
        Shape::Array(items) => {
            for (i, item) in value.items().enumerate() {
                walk_type(items, item, &path.index(i), ctx);
            }
        }
        Shape::Map(values) => {
            for (key, item) in value.members() {
                walk_type(values, item, &path.key(&key), ctx);
            }
        }
        Shape::Object(object) => object::validate(object, value, path, ctx),
        Shape::Tagged(tagged) => tagged::validate(tagged, value, path, ctx),
        _ => {}
    }
    for check in desc.checks.iter().chain(checks) {
        apply(check, value, path, ctx);
    }
}

/// Whether `value` has the JSON type `shape` asks for. `null` has none but [`Shape::Any`].
pub(crate) fn has_shape<'a, J: Json<'a>>(shape: Shape, value: J) -> bool {
    let kind = value.kind();
    match shape {
        Shape::String => kind == JsonKind::String,
        Shape::Integer => value.number().is_some_and(|n| crate::model::is_integer_number(&n)),
        Shape::Number => kind == JsonKind::Number,
        Shape::Boolean => matches!(kind, JsonKind::Bool(_)),
        Shape::Array(_) => kind == JsonKind::Array,
        Shape::Map(_) | Shape::AnyObject | Shape::Object(_) | Shape::Tagged(_) => kind == JsonKind::Object,
        Shape::Any => true,
    }
}

/// Runs one check on a value already known to have the right shape.
fn apply<'a, J: Json<'a>>(check: &Check, value: J, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    if let Rule::Enum(_) = check.rule {
        return scalar::check_enum(check, value, path, ctx);
    }
    match value.kind() {
        JsonKind::String => {
            if let Some(s) = value.string() {
                scalar::check_string(check, &s, path, ctx);
            }
        }
        JsonKind::Number => {
            if let Some(n) = value.number() {
                scalar::check_number(check, &n, path, ctx);
            }
        }
        JsonKind::Array => array::check(check, value, path, ctx),
        JsonKind::Object => object::check_count(check, value.len(), path, ctx),
        JsonKind::Bool(_) | JsonKind::Null => {}
    }
}
