//! Pretty-printing with the keywords in reading order.
//!
//! `serde_json::Map` sorts keys alphabetically (the workspace does not enable
//! `preserve_order`), which would put `$defs` before `$schema` and `type` after
//! `required`. This writer orders the keywords of every schema object as a
//! reader expects; member names and data (`examples`, `enum`) stay sorted.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Map, Value};

/// The order of keywords in a schema object; others follow, alphabetically.
const ORDER: &[&str] = &[
    "$schema",
    "$id",
    "$ref",
    "$comment",
    "title",
    "description",
    "markdownDescription",
    "type",
    "const",
    "enum",
    "enumDescriptions",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "items",
    "minItems",
    "maxItems",
    "uniqueItems",
    "properties",
    "required",
    "additionalProperties",
    "minProperties",
    "maxProperties",
    "if",
    "then",
    "else",
    "allOf",
    "oneOf",
    "discriminator",
    "examples",
    "$defs",
    "definitions",
];

/// Keywords whose value is one schema.
const SCHEMA: &[&str] = &["items", "additionalProperties", "if", "then", "else", "not"];
/// Keywords whose value maps names to schemas.
const NAMED_SCHEMAS: &[&str] = &["properties", "$defs", "definitions"];
/// Keywords whose value is a list of schemas.
const SCHEMA_LIST: &[&str] = &["allOf", "anyOf", "oneOf"];

/// The schema as pretty JSON with a final newline.
pub(crate) fn pretty(schema: &Value) -> String {
    // Serializing a `Value` into a `String` cannot fail: every key is a string.
    let mut text = serde_json::to_string_pretty(&SchemaNode(schema)).unwrap_or_default();
    text.push('\n');
    text
}

/// A value in schema position.
struct SchemaNode<'a>(&'a Value);

impl Serialize for SchemaNode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let Value::Object(map) = self.0 else { return self.0.serialize(serializer) };
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort_by_key(|k| (ORDER.iter().position(|o| o == k).unwrap_or(ORDER.len()), k.as_str()));
        let mut out = serializer.serialize_map(Some(keys.len()))?;
        for key in keys {
            let value = &map[key.as_str()];
            let key = key.as_str();
            match value {
                Value::Object(inner) if NAMED_SCHEMAS.contains(&key) => {
                    out.serialize_entry(key, &NamedSchemas(inner))?
                }
                Value::Array(items) if SCHEMA_LIST.contains(&key) => {
                    out.serialize_entry(key, &SchemaList(items))?
                }
                _ if SCHEMA.contains(&key) => out.serialize_entry(key, &SchemaNode(value))?,
                _ => out.serialize_entry(key, value)?,
            }
        }
        out.end()
    }
}

struct NamedSchemas<'a>(&'a Map<String, Value>);

impl Serialize for NamedSchemas<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_map(Some(self.0.len()))?;
        for (name, schema) in self.0 {
            out.serialize_entry(name, &SchemaNode(schema))?;
        }
        out.end()
    }
}

struct SchemaList<'a>(&'a [Value]);

impl Serialize for SchemaList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_seq(Some(self.0.len()))?;
        for schema in self.0 {
            out.serialize_element(&SchemaNode(schema))?;
        }
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keywords_in_reading_order_and_nested_schemas_too() {
        let schema = json!({
            "required": ["a"], "type": "object", "$schema": "x",
            "properties": {"b": {"pattern": "p", "type": "string"}, "a": {"type": "integer"}},
            "examples": [{"type": 1, "a": 2}]
        });
        let text = pretty(&schema);
        let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle} missing"));
        assert!(at("$schema") < at("\"type\": \"object\""));
        assert!(at("\"type\": \"object\"") < at("\"properties\""));
        assert!(at("\"properties\"") < at("\"required\""));
        assert!(at("\"type\": \"string\"") < at("\"pattern\""));
        // Data keeps serde_json's order.
        assert!(at("\"a\": 2") < at("\"type\": 1"));
        assert_eq!(serde_json::from_str::<Value>(&text).ok(), Some(schema));
    }
}
