//! Objects with known members: required, recommended and unknown members, member counts.

use serde_json::{Map, Value};

use super::describe::quote;
use super::{Ctx, finish_message, tagged, validate_member};
use crate::model::{Check, FieldDesc, ObjectDesc, Rule, Shape, UnknownFields};
use crate::path::Path;
use crate::report::{RuleCode, Severity};

pub(super) fn validate(object: &ObjectDesc, map: &Map<String, Value>, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    // Walk the members present, matching each to its field by a linear scan of the
    // (few) field names: cheaper than a map lookup per declared field, and a member
    // that matches none is unknown without a second pass. `seen` marks the fields found.
    let mut seen: u128 = 0;
    for (key, value) in map {
        let field = object.fields.iter().position(|f| !f.flatten && f.name == key);
        match field {
            Some(i) => {
                seen |= 1 << i;
                let field = &object.fields[i];
                let mark = ctx.mark();
                let member = path.key(field.name);
                validate_member(field.ty, field.checks, value, &member, ctx);
                ctx.quote_server_errors(mark, &member, field.server_errors);
            }
            None => report_if_unknown(object, key, path, ctx),
        }
    }
    for (i, field) in object.fields.iter().enumerate() {
        if field.flatten {
            // A flattened map only widens what is accepted; a flattened tagged enum
            // brings its tag and content members into this object.
            if let Shape::Tagged(t) = field.ty.shape {
                tagged::validate(t, map, path, ctx);
            }
        } else if seen & (1 << i) == 0 {
            report_missing(field, path, ctx);
        }
    }
    for custom in object.custom {
        (custom.run)(map, path, ctx);
    }
}

fn report_missing(field: &FieldDesc, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let member = path.key(field.name);
    let mark = ctx.mark();
    if field.required {
        let message = format!("`{}` is missing; it is required", member.display_name());
        ctx.report(&member, RuleCode::Required, Severity::Error, message, None);
    } else if let Some(reason) = field.recommended {
        let message = format!("`{}` is missing; it is recommended: {reason}", member.display_name());
        let hint = format!("add `{}`", field.name);
        ctx.report(&member, RuleCode::Recommended, Severity::Warning, message, Some(hint));
    }
    ctx.quote_server_errors(mark, &member, field.server_errors);
}

/// A member no field declares: known if a flattened tag names it, else warned of as the object says.
fn report_if_unknown(object: &ObjectDesc, key: &str, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let reserved = match object.unknown_fields {
        UnknownFields::Warn => None,
        UnknownFields::Allow { reserved_prefix: None } => return,
        UnknownFields::Allow { reserved_prefix: Some(prefix) } => Some(prefix),
    };
    // The cheap test first: in `ext`, most keys are the user's own.
    if reserved.is_some_and(|prefix| !key.starts_with(prefix)) || object.known_names().any(|name| name == key)
    {
        return;
    }
    let member = path.key(key);
    let message = match reserved {
        Some(prefix) => format!(
            "`{}` is not a known member: the `{prefix}` prefix is reserved by Easemob, and the server ignores names it does not know",
            member.display_name()
        ),
        None => format!("`{}` is not a known member; the server ignores it", member.display_name()),
    };
    let hint = super::closest(key, object.known_names()).map(|name| format!("did you mean {}?", quote(name)));
    ctx.report(&member, RuleCode::UnknownField, Severity::Warning, message, hint);
}

/// `minProperties` and `maxProperties`.
pub(super) fn check_count(check: &Check, map: &Map<String, Value>, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let count = map.len();
    let message = match check.rule {
        Rule::MinProperties(min) if count < min => {
            if count == 0 {
                format!(
                    "`{}` is an empty object; it needs at least {min} member{}",
                    path.display_name(),
                    if min == 1 { "" } else { "s" }
                )
            } else {
                format!("`{}` has {count} members; at least {min} are required", path.display_name())
            }
        }
        Rule::MaxProperties(max) if count > max => {
            format!("`{}` has {count} members; at most {max} are allowed", path.display_name())
        }
        _ => return,
    };
    ctx.report(path, check.rule.code(), check.severity, finish_message(message, check), None);
}
