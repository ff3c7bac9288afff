//! Objects with known members: required, recommended and unknown members, member counts.

use serde_json::{Map, Value};

use super::describe::quote;
use super::{Ctx, finish_message, tagged, validate_member};
use crate::model::{Check, ObjectDesc, Rule, Shape, UnknownFields};
use crate::path::Path;
use crate::report::{RuleCode, Severity};

pub(super) fn validate(object: &ObjectDesc, map: &Map<String, Value>, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    // Known members present: when they are all the members, there is no unknown one to look for.
    let mut known = 0;
    for field in object.fields {
        if field.flatten {
            // A flattened map only widens what is accepted; a flattened tagged enum
            // brings its tag and content members into this object.
            if let Shape::Tagged(t) = field.ty.shape {
                known += tagged::validate(t, map, path, ctx);
            }
            continue;
        }
        let mark = ctx.mark();
        let member = path.key(field.name);
        match map.get(field.name) {
            Some(value) => {
                known += 1;
                validate_member(field.ty, field.checks, value, &member, ctx);
            }
            None if field.required => {
                let message = format!("`{}` is missing; it is required", member.display_name());
                ctx.report(&member, RuleCode::Required, Severity::Error, message, None);
            }
            None => {
                if let Some(reason) = field.recommended {
                    let message =
                        format!("`{}` is missing; it is recommended: {reason}", member.display_name());
                    let hint = format!("add `{}`", field.name);
                    ctx.report(&member, RuleCode::Recommended, Severity::Warning, message, Some(hint));
                }
            }
        }
        ctx.quote_server_errors(mark, &member, field.server_errors);
    }
    if known < map.len() {
        report_unknown(object, map, path, ctx);
    }
    for custom in object.custom {
        (custom.run)(map, path, ctx);
    }
}

fn report_unknown(object: &ObjectDesc, map: &Map<String, Value>, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let reserved = match object.unknown_fields {
        UnknownFields::Warn => None,
        UnknownFields::Allow { reserved_prefix: None } => return,
        UnknownFields::Allow { reserved_prefix: Some(prefix) } => Some(prefix),
    };
    for key in map.keys() {
        // The cheap test first: in `ext`, most keys are the user's own.
        if reserved.is_some_and(|prefix| !key.starts_with(prefix))
            || object.known_names().any(|name| name == key)
        {
            continue;
        }
        let member = path.key(key);
        let message = match reserved {
            Some(prefix) => format!(
                "`{}` is not a known member: the `{prefix}` prefix is reserved by Easemob, and the server ignores names it does not know",
                member.display_name()
            ),
            None => format!("`{}` is not a known member; the server ignores it", member.display_name()),
        };
        let hint =
            super::closest(key, object.known_names()).map(|name| format!("did you mean {}?", quote(name)));
        ctx.report(&member, RuleCode::UnknownField, Severity::Warning, message, hint);
    }
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
