//! Rejects rule sets that cannot work: contradictions and rules in the wrong place.
//! Kind mismatches (a string rule on an array) are checked later, by the compiler,
//! against the type's own model: see `expand::kind_assertions`.

use crate::ast::{Container, Data, Limit, RuleAttr, RuleKind};
use crate::ctxt::Ctxt;

pub fn container(cx: &Ctxt, cont: &Container) {
    rules(cx, &cont.attrs.rules);
    if !matches!(cont.data, Data::Tagged { .. }) {
        tagged_only(cx, cont);
    }
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
            for field in fields {
                let Some(other) = &field.required_with else { continue };
                let named = fields.iter().any(|f| !f.flatten && f.wire_name == other.value());
                if !named {
                    cx.error_spanned_by(
                        other,
                        format!(
                            "`required_with` names `{}`, which is no member of this struct",
                            other.value()
                        ),
                    );
                } else if other.value() == field.wire_name {
                    cx.error_spanned_by(other, "a member cannot be required with itself");
                }
                if field.required.is_some() {
                    cx.error_spanned_by(other, "a member cannot be both `required` and `required_with`");
                }
            }
            if let (Some(opaque), Some(_)) = (cont.attrs.opaque, &cont.attrs.server_type) {
                cx.error_at(opaque, "`opaque_to_server` contradicts `server(type = ...)`: keep one");
            }
            if cont.attrs.reserved_prefix.is_some() && !cont.attrs.unknown_fields_allow {
                cx.error_spanned_by(cont.attrs.reserved_prefix.as_ref(), "`reserved_prefix` goes with `unknown_fields = \"allow\"`: with \"warn\" every unknown member is warned of already");
            }
        }
        Data::Newtype(_) => {
            if !cont.attrs.checks.is_empty() {
                cx.error_spanned_by(cont.ident, "`check` needs a struct with named fields");
            }
            object_only(cx, cont);
        }
        Data::Tagged { .. } => {
            object_only(cx, cont);
            for rule in &cont.attrs.rules {
                cx.error_at(
                    rule.span,
                    format!("`{}` does not apply to a tagged enum: put it on a variant's type", rule.name),
                );
            }
        }
    }
}

/// Container keys that only a tagged enum can use.
fn tagged_only(cx: &Ctxt, cont: &Container) {
    for text in [&cont.attrs.tag_empty, &cont.attrs.content_empty].into_iter().flatten() {
        cx.error_spanned_by(text, "`tag_empty` and `content_empty` need an adjacently tagged enum");
    }
}

/// Container keys that only a struct with named fields can use.
fn object_only(cx: &Ctxt, cont: &Container) {
    if let Some(opaque) = cont.attrs.opaque {
        cx.error_at(opaque, "`opaque_to_server` needs a struct with named fields");
    }
    if let Some(text) = &cont.attrs.server_type {
        cx.error_spanned_by(text, "`server(type = ...)` on a container needs a struct with named fields");
    }
    for other in &cont.attrs.other_bodies {
        cx.error_spanned_by(&other.note, "`other_body` needs a struct with named fields");
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
            RuleKind::OneOf(values) => {
                for (i, value) in values.iter().enumerate() {
                    if values[..i].iter().any(|earlier| earlier.key() == value.key()) {
                        cx.error_at(value.span(), "this value is listed twice in `one_of`");
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
