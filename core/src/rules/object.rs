//! Objects with known members: required, recommended and unknown members, member counts.

use super::{Ctx, Json, tagged, validate_member};
use crate::model::{Check, FieldDesc, ObjectDesc, OtherBody, Rule, ServerTypeError, Shape, Undeclared};
use crate::path::Path;
use crate::report::{Detail, OtherBodyText, RuleCode, UnknownKind};

pub(super) fn validate<'a, J: Json<'a>>(object: &ObjectDesc, map: J, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let outer_type_server = ctx.type_server;
    ctx.type_server = match object.server_type_error {
        ServerTypeError::Inherit => outer_type_server,
        ServerTypeError::Text(text) => Some(text),
        ServerTypeError::Opaque => None,
    };
    let mut other_body =
        object.other_bodies.iter().find(|other| other.recognised_by(object, |name| map.get(name).is_some()));
    // Walk the members present, matching each to its field by a linear scan of the
    // (few) field names: cheaper than a map lookup per declared field, and a member
    // that matches none is unknown without a second pass. `seen` marks the fields found.
    let mut seen: u128 = 0;
    for (key, value) in map.members() {
        let key = &*key;
        let field = object.fields.iter().position(|f| !f.flatten && f.name == key);
        match field {
            Some(i) => {
                seen |= 1 << i;
                validate_field(&object.fields[i], value, path, ctx);
            }
            // Not a field of this object: a member of a flattened struct, or unknown.
            None => match flattened_field(object, key) {
                Some(field) => validate_field(field, value, path, ctx),
                None => report_if_unknown(object, key, value, other_body, path, ctx),
            },
        }
    }
    for (i, field) in object.fields.iter().enumerate() {
        if field.flatten {
            validate_flattened(field, map, path, ctx);
        } else if seen & (1 << i) == 0 {
            let other_body = if field.required { other_body.take() } else { None };
            report_missing(field, map, other_body, path, ctx);
        }
    }
    for custom in object.custom {
        map.run_custom(object, custom, path, ctx);
    }
    ctx.type_server = outer_type_server;
}

/// One present member, with the server's texts for its violations.
fn validate_field<'a, J: Json<'a>>(field: &FieldDesc, value: J, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let object_type_server = ctx.type_server;
    let mark = ctx.mark();
    let member = path.key(field.name);
    // The member's own text for a wrong type wins over the object's.
    if let Some((_, text)) = field.server_errors.iter().find(|(code, _)| *code == RuleCode::Type) {
        ctx.type_server = Some(text);
    }
    validate_member(field.ty, field.checks, value, &member, ctx);
    ctx.type_server = object_type_server;
    ctx.quote_server_errors(mark, &member, field.server_errors);
}

/// The field of a flattened struct (at any depth) that names the member `key`.
pub(crate) fn flattened_field(object: &ObjectDesc, key: &str) -> Option<&'static FieldDesc> {
    object.fields.iter().filter(|f| f.flatten).find_map(|f| match f.ty.shape {
        Shape::Object(inner) => {
            inner.fields.iter().find(|g| !g.flatten && g.name == key).or_else(|| flattened_field(inner, key))
        }
        _ => None,
    })
}

/// A `#[serde(flatten)]` field, once the members present are validated: a flattened
/// tagged enum checks its tag and content; a flattened struct (whose present members
/// the walk above validated) reports what it misses. A flattened map only widens
/// what is accepted.
fn validate_flattened<'a, J: Json<'a>>(field: &FieldDesc, map: J, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    match field.ty.shape {
        Shape::Tagged(t) => tagged::validate(t, map, path, ctx),
        Shape::Object(inner) => {
            for field in inner.fields {
                if field.flatten {
                    validate_flattened(field, map, path, ctx);
                } else if (field.required || field.recommended.is_some() || field.required_with.is_some())
                    && map.get(field.name).is_none()
                {
                    // Only members that can be missing are looked up: `ext`'s many optional
                    // client keys cost nothing here.
                    report_missing(field, map, None, path, ctx);
                }
            }
            for custom in inner.custom {
                map.run_custom(inner, custom, path, ctx);
            }
        }
        _ => {}
    }
}

/// Reports a missing member; `other_body` (taken by the first required member
/// missing) says what was sent instead.
fn report_missing<'a, J: Json<'a>>(
    field: &FieldDesc,
    map: J,
    other_body: Option<&OtherBody>,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    let member = path.key(field.name);
    let mark = ctx.mark();
    let required_with = field.required_with.filter(|other| map.get(other).is_some());
    if field.required {
        let other_body = other_body.map(|other| OtherBodyText { note: other.note, hint: other.hint });
        ctx.report_rule(&member, RuleCode::Required, Detail::Missing { other_body });
    } else if let Some(because) = required_with {
        let detail = Detail::MissingWith { member: field.name, because };
        ctx.report_rule(&member, RuleCode::Required, detail);
    } else if let Some(reason) = field.recommended {
        let detail = Detail::MissingRecommended { member: field.name, reason };
        ctx.report_rule(&member, RuleCode::Recommended, detail);
    }
    ctx.quote_server_errors(mark, &member, field.server_errors);
}

/// A member no field declares: known if a flattened tag names it, else warned of as the object says.
fn report_if_unknown<'a, J: Json<'a>>(
    object: &ObjectDesc,
    key: &str,
    value: J,
    other_body: Option<&OtherBody>,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) {
    let reserved = match object.undeclared(key) {
        Undeclared::Allowed => return,
        Undeclared::Rest(values) => return validate_member(values, &[], value, &path.key(key), ctx),
        Undeclared::Unknown { reserved_prefix } => reserved_prefix,
    };
    let member = path.key(key);
    let kind = match reserved {
        Some(prefix) => UnknownKind::ReservedPrefix(prefix),
        // The server passes an opaque object on as it is: an unknown member there reaches a
        // push vendor or a client that does not know it either.
        None if object.server_type_error == ServerTypeError::Opaque => UnknownKind::NoEffect,
        None => UnknownKind::Ignored,
    };
    // A member of the other body sent by mistake is not a misspelt member of this one.
    let suggestion = if other_body.is_some_and(|other| other.members.contains(&key)) {
        None
    } else {
        // Never steer a value to a member whose type it does not have (`file_length`, bytes,
        // is not a misspelt `length`, seconds, and a string is no misspelt boolean).
        let fitting = object
            .known_names()
            .filter(|name| object.member_shape(name).is_some_and(|shape| super::has_shape(shape, value)));
        super::closest(key, fitting)
    };
    ctx.report_rule(&member, RuleCode::UnknownField, Detail::Unknown { kind, suggestion });
}

/// `minProperties` and `maxProperties`.
pub(super) fn check_count(check: &Check, count: usize, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let detail = match check.rule {
        Rule::MinProperties(min) if count < min => Detail::TooFewMembers { count, min },
        Rule::MaxProperties(max) if count > max => Detail::TooManyMembers { count, max },
        _ => return,
    };
    ctx.report_check(path, check, detail);
}
