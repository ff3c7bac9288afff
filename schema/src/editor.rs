//! What editors show: titles on definitions, and Markdown beside plain descriptions.
//!
//! The descriptions are written in Markdown (`code` in backticks). JSON Schema's
//! `description` is plain text, so editors show the backticks literally; VS Code
//! and other editors built on its JSON language service render `markdownDescription`
//! instead when it is there. It is written only where the Markdown differs from
//! plain text, and strict validators must be told of it (the README shows ajv's
//! `addVocabulary` line); validators and code generators ignore it otherwise.

use serde_json::{Map, Value};

/// The keywords this module and the emitter add for editors, beside the standard ones.
///
/// ```
/// assert!(easemob_payload_schema::EDITOR_KEYWORDS.contains(&"markdownDescription"));
/// ```
pub const EDITOR_KEYWORDS: [&str; 2] = ["markdownDescription", "enumDescriptions"];

/// Gives every definition a `title`: its name, which code generators use as the
/// type's name (any other title would rename the generated type).
pub(crate) fn title_definitions(defs: &mut Map<String, Value>) {
    for (name, def) in defs.iter_mut() {
        if let Value::Object(def) = def {
            def.insert("title".into(), name.clone().into());
        }
    }
}

/// Adds `markdownDescription` beside every `description` that uses Markdown, in
/// every schema object (not in data such as `examples` or `const`).
pub(crate) fn add_markdown(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    if let Some(Value::String(text)) = map.get("description") {
        if is_markdown(text) {
            let text = text.clone();
            map.insert("markdownDescription".into(), text.into());
        }
    }
    for (key, value) in map.iter_mut() {
        match (key.as_str(), value) {
            ("properties" | "$defs" | "definitions", Value::Object(named)) => {
                named.values_mut().for_each(add_markdown);
            }
            ("allOf" | "anyOf" | "oneOf", Value::Array(list)) => list.iter_mut().for_each(add_markdown),
            ("items" | "additionalProperties" | "if" | "then" | "else" | "not", sub) => add_markdown(sub),
            _ => {}
        }
    }
}

/// Whether a plain-text reader would see Markdown syntax: code spans.
fn is_markdown(text: &str) -> bool {
    text.contains('`')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn markdown_beside_descriptions_in_schemas_only() {
        let mut schema = json!({
            "description": "plain",
            "properties": {"a": {"description": "`code`"}},
            "examples": [{"description": "`data`"}]
        });
        add_markdown(&mut schema);
        assert_eq!(schema["properties"]["a"]["markdownDescription"], "`code`");
        assert!(schema.get("markdownDescription").is_none());
        assert!(schema["examples"][0].get("markdownDescription").is_none());
    }
}
