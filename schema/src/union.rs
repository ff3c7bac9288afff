//! The message as a discriminated union, for code generators.
//!
//! The root schema dispatches the content on the tag with `if`/`then`, which puts
//! every error at its real path but which no code generator understands (they type
//! `body` as `unknown`). Beside it, in the same definitions, the same model is
//! written the way generators read it: an envelope of the members every variant
//! shares, one definition per variant (the envelope, the tag's `const`, a `$ref` to
//! the content's type) and a `oneOf` of those with a `discriminator` on the tag.
//! The tag values are distinct, so the `oneOf` holds exactly when the root does.
//!
//! Everything is read from the model: a root object with a flattened tagged enum
//! gets a union, one member per variant, in declaration order.

use easemob_payload::model::{Shape, TaggedDesc, TypeDesc, VariantDesc};
use serde_json::{Map, Value, json};

use crate::emit::Emitter;
use crate::notes;

/// The definition of the members every variant shares.
pub(crate) const ENVELOPE: &str = "Envelope";

/// The union's name when the root type has none.
const UNION: &str = "Message";

/// The union's definitions, in order: the envelope, one per variant, the union.
/// `None` when the root is not an object with a flattened tagged enum.
/// `examples` are whole payloads; each variant's go to its definition, and their
/// content to the content's definition.
pub(crate) fn definitions(
    emitter: &mut Emitter,
    root: &'static TypeDesc,
    examples: &[Value],
) -> Option<Vec<(String, Value)>> {
    let Shape::Object(object) = root.shape else { return None };
    let tagged = object.fields.iter().find_map(|f| match (f.flatten, f.ty.shape) {
        (true, Shape::Tagged(tagged)) => Some(tagged),
        _ => None,
    })?;
    let union = root.name.unwrap_or(UNION);

    let mut envelope = emitter.shared_members(object);
    let shared = format!(
        "The members every `{union}` has, whatever its `{}`; each `*{union}` definition adds `{}` and `{}`.",
        tagged.tag, tagged.tag, tagged.content
    );
    let own = envelope.get("description").and_then(Value::as_str).unwrap_or_default().to_owned();
    // Not the root type's doc comment: it speaks of the Rust type, and the root schema has the introduction.
    envelope.insert("description".into(), notes::join([shared, own]).into());
    let mut defs = vec![(ENVELOPE.to_owned(), Value::Object(envelope))];

    let mut members = Vec::new();
    for variant in tagged.variants {
        let name = member_name(variant.name, union);
        let of_variant: Vec<Value> =
            examples.iter().filter(|e| e[tagged.tag] == variant.name).cloned().collect();
        add_content_examples(emitter, variant, tagged, &of_variant);
        members.push(Value::Object(emitter.ref_to(&name)));
        let def = member(emitter, tagged, variant, of_variant);
        defs.push((name, def));
    }
    let description = format!(
        "One `{union}` of any `{tag}`, as a union discriminated by `{tag}`: one member per `{tag}`, for code generators (OpenAPI `discriminator`; ajv needs the option `discriminator: true`). It accepts exactly what the root schema accepts; validators without `discriminator` only say that no member matched, where the root schema reports each error at its path.",
        tag = tagged.tag
    );
    defs.push((
        union.to_owned(),
        json!({
            "description": description,
            "type": "object",
            "oneOf": members,
            "discriminator": { "propertyName": tagged.tag },
        }),
    ));
    Some(defs)
}

/// One member of the union: the envelope, the tag's value, the content's type.
fn member(
    emitter: &mut Emitter,
    tagged: &TaggedDesc,
    variant: &'static VariantDesc,
    examples: Vec<Value>,
) -> Value {
    let mut tag = Map::new();
    let per_value = value_description(variant);
    if !per_value.is_empty() {
        tag.insert("description".into(), per_value.into());
    }
    tag.insert("const".into(), variant.name.into());
    let content = emitter.reference(variant.ty);
    let mut out = Map::new();
    let description = format!(
        "A message whose `{}` is `{}`: the `{ENVELOPE}` members, the `{}` and its `{}` ({}).",
        tagged.tag,
        variant.name,
        tagged.tag,
        tagged.content,
        variant.ty.name.unwrap_or("its own schema"),
    );
    out.insert("description".into(), description.into());
    out.insert("type".into(), "object".into());
    out.insert("properties".into(), json!({ tagged.tag: tag, tagged.content: content }));
    out.insert("required".into(), json!([tagged.tag, tagged.content]));
    out.insert("allOf".into(), json!([emitter.ref_to(ENVELOPE)]));
    if !examples.is_empty() {
        out.insert("examples".into(), Value::Array(examples));
    }
    Value::Object(out)
}

/// What one tag value means: the doc comment of its content's type.
pub(crate) fn value_description(variant: &VariantDesc) -> String {
    notes::join([variant.ty.description.to_owned()])
}

/// Gives the content's named definition the contents of the variant's examples.
fn add_content_examples(
    emitter: &mut Emitter,
    variant: &VariantDesc,
    tagged: &TaggedDesc,
    examples: &[Value],
) {
    let Some(name) = variant.ty.name else { return };
    let mut contents: Vec<Value> = Vec::new();
    for content in examples.iter().filter_map(|e| e.get(tagged.content)) {
        if !contents.contains(content) {
            contents.push(content.clone());
        }
    }
    if let (Some(Value::Object(def)), false) = (emitter.defs.get_mut(name), contents.is_empty()) {
        def.insert("examples".into(), Value::Array(contents));
    }
}

/// `txt` and `Message` → `TxtMessage`; `push_ext` → `PushExtMessage`.
pub(crate) fn member_name(tag_value: &str, union: &str) -> String {
    let mut out = String::new();
    for word in tag_value.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out.push_str(union);
    out
}

#[cfg(test)]
mod tests {
    use super::member_name;

    #[test]
    fn member_names_are_camel_case() {
        assert_eq!(member_name("loc", "Message"), "LocMessage");
        assert_eq!(member_name("push_ext", "Message"), "PushExtMessage");
        assert_eq!(member_name("a-b.c", "M"), "ABCM");
    }
}
