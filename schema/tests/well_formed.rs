//! Structural checks of the emitted schemas that need no JSON Schema validator:
//! references resolve, only known keywords appear (what ajv's strict mode demands,
//! given `discriminator: true` and the editor keywords), nothing closes an object,
//! and no draft puts keywords beside a `$ref`.

use easemob_payload::RuleCode;
use easemob_payload_schema::{Draft, EDITOR_KEYWORDS, examples, schema};
use serde_json::Value;

/// The keywords the emitter may write, per dialect: those of the rules (read from the
/// rule codes, so a new rule's keyword is known here without being listed), and the
/// structure and annotations around them.
fn known_keywords(draft: Draft) -> Vec<&'static str> {
    let rules = RuleCode::ALL.into_iter().filter(|code| code.is_json_schema_keyword()).map(RuleCode::as_str);
    let mut known = vec![
        "$schema",
        "$id",
        "$ref",
        "$comment",
        "title",
        "description",
        "examples",
        "items",
        "properties",
        "additionalProperties",
        "if",
        "then",
        "else",
        "allOf",
        "oneOf",
        "not",
        "discriminator",
    ];
    known.extend(rules);
    known.extend(EDITOR_KEYWORDS);
    known.push(draft.defs_keyword());
    known.push(draft.dependent_required_keyword());
    known
}

/// Calls `visit(pointer, schema object)` on every schema object, descending through applicators only.
fn walk(schema: &Value, at: &str, visit: &mut dyn FnMut(&str, &serde_json::Map<String, Value>)) {
    let Value::Object(map) = schema else { return };
    visit(at, map);
    for (key, value) in map {
        let here = format!("{at}/{key}");
        match (key.as_str(), value) {
            ("properties" | "$defs" | "definitions", Value::Object(named)) => {
                for (name, sub) in named {
                    walk(sub, &format!("{here}/{name}"), visit);
                }
            }
            ("allOf" | "oneOf", Value::Array(list)) => {
                for (i, sub) in list.iter().enumerate() {
                    walk(sub, &format!("{here}/{i}"), visit);
                }
            }
            ("items" | "additionalProperties" | "if" | "then" | "else", sub) => walk(sub, &here, visit),
            _ => {}
        }
    }
}

#[test]
fn every_keyword_is_known_and_every_ref_resolves() {
    for draft in Draft::ALL {
        let root = schema(draft);
        let known = known_keywords(draft);
        let mut problems = Vec::new();
        walk(&root, "#", &mut |at, map| {
            for (key, value) in map {
                if !known.contains(&key.as_str()) {
                    problems.push(format!("{draft}: unknown keyword {key} at {at}"));
                }
                if key == "$ref" {
                    let target =
                        value.as_str().and_then(|r| r.strip_prefix('#')).and_then(|p| root.pointer(p));
                    if target.is_none() {
                        problems.push(format!("{draft}: {value} at {at} does not resolve"));
                    }
                }
            }
        });
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

#[test]
fn no_object_is_closed_and_refs_stand_alone() {
    for draft in Draft::ALL {
        let root = schema(draft);
        let mut problems = Vec::new();
        walk(&root, "#", &mut |at, map| {
            if map.get("additionalProperties") == Some(&Value::Bool(false)) {
                problems.push(format!(
                    "{draft}: additionalProperties false at {at} (unknown members are warnings)"
                ));
            }
            // Draft-07 ignores a `$ref`'s siblings; code generators declare the referenced
            // type again for a 2020-12 `$ref` with a sibling `description` (`Ext1`).
            if map.contains_key("$ref") && map.len() > 1 {
                problems.push(format!("{draft}: $ref with siblings at {at}"));
            }
        });
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

#[test]
fn both_drafts_state_the_same_constraints() {
    // Draft-07 differs only in where definitions live and how a $ref takes siblings.
    let current = schema(Draft::Draft202012);
    let older = schema(Draft::Draft7);
    assert_eq!(
        current["$defs"].as_object().map(|d| d.len()),
        older["definitions"].as_object().map(|d| d.len())
    );
    assert_eq!(current["required"], older["required"]);
    assert_eq!(current["allOf"].as_array().map(Vec::len), older["allOf"].as_array().map(Vec::len));
    assert_eq!(older["properties"]["from"]["allOf"][0]["$ref"], "#/definitions/UserId");
    assert_eq!(current["properties"]["from"]["allOf"][0]["$ref"], "#/$defs/UserId");
}

#[test]
fn maxbytes_is_described_never_a_keyword() {
    let root = schema(Draft::Draft202012);
    let comment = root["$comment"].as_str().unwrap_or_default();
    assert!(comment.contains("`maxBytes`") && comment.contains("5120 bytes"), "{comment}");
    assert!(root["description"].as_str().unwrap_or_default().contains("5120 bytes"));
    assert!(!serde_json::to_string(&root).unwrap_or_default().contains("\"maxBytes\":"));
}

/// The schema's examples are the crate's own copy of the repository's `examples/`
/// (the tests crate checks the copy is current).
#[test]
fn the_schema_lists_every_example() {
    for (name, text) in examples() {
        let _: Value =
            serde_json::from_str(text).unwrap_or_else(|e| panic!("schema/examples/{name}.json: {e}"));
    }
    assert_eq!(schema(Draft::Draft202012)["examples"].as_array().map(Vec::len), Some(9));
}
