//! Rejects rule sets that cannot work: contradictions and rules in the wrong place.
//! Kind mismatches (a string rule on an array) are checked later, by the compiler,
//! against the type's own model: see `expand::kind_assertions`.

use crate::ast::{Container, Data, Limit, RuleAttr, RuleKind};
use crate::ctxt::Ctxt;

pub fn container(cx: &Ctxt, cont: &Container) {
    rules(cx, &cont.attrs.rules);
    match &cont.data {
        Data::Object(fields) => {
            // The validator marks the members it found in a `u128`.
            if fields.len() > 128 {
                cx.error_spanned_by(
                    cont.ident,
                    "#[derive(Payload)] supports at most 128 fields in one struct",
                );
            }
            for rule in &cont.attrs.rules {
                if !matches!(rule.kind, RuleKind::MinProperties(_) | RuleKind::MaxProperties(_)) {
                    cx.error_at(
                        rule.span,
                        format!(
                            "`{}` does not apply to a struct with named fields, which is a JSON object",
                            rule.name
                        ),
                    );
                }
            }
            for field in fields {
                rules(cx, &field.rules);
                if let (Some(required), Some(_)) = (field.required, &field.recommended) {
                    cx.error_at(required, "a member cannot be both `required` and `recommended`: a required member is never missing");
                }
                if field.flatten {
                    for rule in &field.rules {
                        cx.error_at(
                            rule.span,
                            "rules do not apply to a `#[serde(flatten)]` field: put them on its type",
                        );
                    }
                }
            }
            if cont.attrs.reserved_prefix.is_some() && !cont.attrs.unknown_fields_allow {
                cx.error_spanned_by(cont.attrs.reserved_prefix.as_ref(), "`reserved_prefix` goes with `unknown_fields = \"allow\"`: with \"warn\" every unknown member is warned of already");
            }
        }
        Data::Newtype(_) => {
            if !cont.attrs.checks.is_empty() {
                cx.error_spanned_by(cont.ident, "`check` needs a struct with named fields");
            }
        }
        Data::Tagged { .. } => {
            for rule in &cont.attrs.rules {
                cx.error_at(
                    rule.span,
                    format!("`{}` does not apply to a tagged enum: put it on a variant's type", rule.name),
                );
            }
        }
    }
}

/// Contradictions within one member's rules.
fn rules(cx: &Ctxt, rules: &[RuleAttr]) {
    for max_rule in rules {
        let Some((family, false, hi)) = bound(&max_rule.kind) else { continue };
        let lo = rules.iter().find_map(|r| match bound(&r.kind) {
            Some((f, true, lo)) if f == family => Some(lo),
            _ => None,
        });
        if let Some(lo) = lo.filter(|lo| *lo > hi) {
            cx.error_at(
                max_rule.span,
                format!("contradictory rules: `{}` is {hi}, below the minimum {lo}", max_rule.name),
            );
        }
    }
    let constant = rules.iter().find_map(|r| match &r.kind {
        RuleKind::Constant(c) => Some(c.value()),
        _ => None,
    });
    for rule in rules {
        match &rule.kind {
            RuleKind::OneOf(_) if constant.is_some() => {
                cx.error_at(
                    rule.span,
                    "contradictory rules: `one_of` and `constant` on one member; keep one",
                );
            }
            RuleKind::MinLength(min)
                if constant.as_ref().is_some_and(|c| (c.chars().count() as u64) < *min) =>
            {
                cx.error_at(rule.span, "contradictory rules: the `constant` is shorter than `min_length`");
            }
            RuleKind::MaxLength(max)
                if constant.as_ref().is_some_and(|c| (c.chars().count() as u64) > *max) =>
            {
                cx.error_at(rule.span, "contradictory rules: the `constant` is longer than `max_length`");
            }
            RuleKind::OneOf(names) => {
                for (i, name) in names.iter().enumerate() {
                    if names[..i].iter().any(|earlier| earlier.value() == name.value()) {
                        cx.error_spanned_by(name, "this value is listed twice in `one_of`");
                    }
                }
            }
            _ => {}
        }
    }
}

/// `(family, is_minimum, n)` for the rules that pair into a range.
fn bound(kind: &RuleKind) -> Option<(&'static str, bool, u64)> {
    match kind {
        RuleKind::MinLength(n) => Some(("length", true, *n)),
        RuleKind::MaxLength(n) => Some(("length", false, *n)),
        RuleKind::MinItems(n) => Some(("items", true, *n)),
        RuleKind::MaxItems(Limit::Fixed(n)) => Some(("items", false, *n)),
        RuleKind::MinProperties(n) => Some(("properties", true, *n)),
        RuleKind::MaxProperties(n) => Some(("properties", false, *n)),
        _ => None,
    }
}
