//! Adjacently tagged content: the tag names the variant, the variant checks the content.

use serde_json::{Map, Value};

use super::describe::{quote, report_type};
use super::{Ctx, validate_type};
use crate::model::{Shape, TaggedDesc, VariantDesc};
use crate::path::Path;
use crate::report::{RuleCode, Severity};

/// Checks the tag and the content the tag selects.
pub(super) fn validate(tagged: &TaggedDesc, map: &Map<String, Value>, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let variant = variant(tagged, map, path, ctx);
    let content_path = path.key(tagged.content);
    let content = map.get(tagged.content);
    let mark = ctx.mark();
    match (content, variant) {
        (None, _) => {
            let message = format!("`{}` is missing; it is required", content_path.display_name());
            ctx.report(&content_path, RuleCode::Required, Severity::Error, message, None);
        }
        (Some(content), Some(variant)) => validate_type(variant.ty, content, &content_path, ctx),
        // Without a known variant the content can only be checked for being a non-empty object.
        (Some(Value::Object(content)), None) if content.is_empty() => {
            let message =
                format!("`{}` is an empty object; it needs at least 1 member", content_path.display_name());
            ctx.report(&content_path, RuleCode::MinProperties, Severity::Error, message, None);
        }
        (Some(Value::Object(_)), None) => {}
        (Some(other), None) => report_type(Shape::AnyObject, other, &content_path, ctx),
    }
    // An empty content is reported as the members it lacks (or as too few members);
    // the server's one text for it goes on each of those violations.
    if let (Some(text), Some(Value::Object(content))) = (tagged.content_empty_server, content) {
        if content.is_empty() {
            let pointer = content_path.pointer();
            ctx.quote_server_text(mark, text, |v| {
                matches!(v.rule, RuleCode::Required | RuleCode::MinProperties)
                    && (v.path == pointer
                        || v.path.strip_prefix(pointer.as_str()).is_some_and(|rest| rest.starts_with('/')))
            });
        }
    }
}

/// The variant the tag names, reporting a missing, mistyped or unknown tag.
fn variant(
    tagged: &TaggedDesc,
    map: &Map<String, Value>,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) -> Option<&'static VariantDesc> {
    let tag_path = path.key(tagged.tag);
    match map.get(tagged.tag) {
        None => {
            let message = format!("`{}` is missing; it is required", tag_path.display_name());
            ctx.report(&tag_path, RuleCode::Required, Severity::Error, message, None);
            None
        }
        Some(Value::String(name)) => {
            let found = tagged.variant(name);
            if found.is_none() {
                let names = tagged.variants.iter().map(|v| v.name);
                let message = format!(
                    "`{}` is {}; it must be one of {}",
                    tag_path.display_name(),
                    quote(name),
                    names.clone().collect::<Vec<_>>().join(", ")
                );
                let hint = super::closest(name, names).map(|n| format!("did you mean {}?", quote(n)));
                let message = match tagged.tag_empty_server {
                    Some(text) if name.is_empty() => format!("{message} (server: `{text}`)"),
                    _ => message,
                };
                ctx.report(&tag_path, RuleCode::Enum, Severity::Error, message, hint);
            }
            found
        }
        Some(other) => {
            report_type(Shape::String, other, &tag_path, ctx);
            None
        }
    }
}
