//! Adjacently tagged content: the tag names the variant, the variant checks the content.

use super::describe::{quote, report_type};
use super::{Ctx, Json, JsonKind, walk_type};
use crate::model::{Shape, TaggedDesc, VariantDesc};
use crate::path::Path;
use crate::report::{Detail, Found, RuleCode, Severity};

/// Checks the tag and the content the tag selects.
pub(super) fn validate<'a, J: Json<'a>>(tagged: &TaggedDesc, map: J, path: &Path<'_>, ctx: &mut Ctx<'_>) {
    let variant = variant(tagged, map, path, ctx);
    let content_path = path.key(tagged.content);
    let content = map.get(tagged.content);
    let mark = ctx.mark();
    match (content, variant) {
        (None, _) => {
            ctx.report(
                &content_path,
                RuleCode::Required,
                Severity::Error,
                Detail::Missing { other_body: None },
            );
        }
        (Some(content), Some(variant)) => walk_type(variant.ty, content, &content_path, ctx),
        // Without a known variant the content can only be checked for being a non-empty object.
        (Some(content), None) if content.is_empty_object() => {
            let detail = Detail::TooFewMembers { count: 0, min: 1 };
            ctx.report_rule(&content_path, RuleCode::MinProperties, detail);
        }
        (Some(content), None) if content.kind() == JsonKind::Object => {}
        (Some(other), None) => report_type(Shape::AnyObject, other, &content_path, ctx),
    }
    // An empty content is reported as the members it lacks (or as too few members);
    // the server's one text for it goes on each of those violations.
    if let (Some(text), Some(content)) = (tagged.content_empty_server, content) {
        if content.is_empty_object() {
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
fn variant<'a, J: Json<'a>>(
    tagged: &TaggedDesc,
    map: J,
    path: &Path<'_>,
    ctx: &mut Ctx<'_>,
) -> Option<&'static VariantDesc> {
    let tag_path = path.key(tagged.tag);
    let Some(tag) = map.get(tagged.tag) else {
        ctx.report_rule(&tag_path, RuleCode::Required, Detail::Missing { other_body: None });
        return None;
    };
    let Some(name) = tag.string() else {
        report_type(Shape::String, tag, &tag_path, ctx);
        return None;
    };
    let found = tagged.variant(&name);
    if found.is_none() {
        let names = tagged.variants.iter().map(|v| v.name);
        let detail = Detail::NotOneOf {
            found: Found::String(quote(&name)),
            allowed: names.clone().collect::<Vec<_>>().join(", "),
            suggestion: super::closest(&name, names),
        };
        ctx.report_rule(&tag_path, RuleCode::Enum, detail);
        if let Some(text) = tagged.tag_empty_server.filter(|_| name.is_empty()) {
            ctx.quote_last(text);
        }
    }
    found
}
