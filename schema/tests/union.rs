//! The discriminated union for code generators is read from the model: one member
//! per variant of the tagged content, the envelope of the shared members, titles
//! on every definition, per-value descriptions and examples. (That it accepts
//! exactly what the root accepts is checked with validators in
//! `tests/tests/schema_differential.rs` and `.ci/portability.sh`.)

use easemob_payload::model::{Shape, TaggedDesc};
use easemob_payload::{Message, Payload};
use easemob_payload_schema::{Draft, examples, schema};
use serde_json::{Value, json};

/// The model's flattened tagged content (`type`/`body`) and the envelope's own member names.
fn model() -> (&'static TaggedDesc, Vec<&'static str>) {
    let Shape::Object(object) = <Message as Payload>::DESC.shape else { panic!("Message is not an object") };
    let mut tagged = None;
    let mut shared = Vec::new();
    for field in object.fields {
        match (field.flatten, field.ty.shape) {
            (true, Shape::Tagged(t)) => tagged = Some(t),
            (true, _) => {}
            (false, _) => shared.push(field.name),
        }
    }
    (tagged.expect("Message has a flattened tagged enum"), shared)
}

fn defs(root: &Value, draft: Draft) -> &serde_json::Map<String, Value> {
    root[draft.defs_keyword()].as_object().expect("definitions")
}

fn reference(draft: Draft, name: &str) -> Value {
    json!({ "$ref": format!("#/{}/{name}", draft.defs_keyword()) })
}

#[test]
fn the_union_has_one_member_per_variant_of_the_model() {
    let (tagged, _) = model();
    for draft in Draft::ALL {
        let root = schema(draft);
        let defs = defs(&root, draft);
        let union = &defs["Message"];
        assert_eq!(union["discriminator"], json!({ "propertyName": tagged.tag }), "{draft}: no mapping");
        assert_eq!(union["type"], "object");
        let members = union["oneOf"].as_array().expect("oneOf");
        assert_eq!(members.len(), tagged.variants.len(), "{draft}");
        for (member, variant) in members.iter().zip(tagged.variants) {
            let name = member["$ref"].as_str().and_then(|r| r.rsplit('/').next()).expect("a $ref");
            let def = &defs[name];
            assert_eq!(def["properties"][tagged.tag]["const"], variant.name, "{draft} {name}");
            assert_eq!(def["required"], json!([tagged.tag, tagged.content]), "{draft} {name}");
            assert_eq!(def["allOf"], json!([reference(draft, "Envelope")]), "{draft} {name}");
            let body_name = variant.ty.name.expect("named bodies");
            assert_eq!(def["properties"][tagged.content], reference(draft, body_name), "{draft} {name}");
            assert!(name.eq_ignore_ascii_case(&format!("{}Message", variant.name)), "{name}");
        }
    }
}

#[test]
fn the_envelope_has_the_shared_members_and_not_the_tagged_ones() {
    let (tagged, shared) = model();
    let root = schema(Draft::Draft202012);
    let envelope = &defs(&root, Draft::Draft202012)["Envelope"];
    let members: Vec<&str> =
        envelope["properties"].as_object().expect("properties").keys().map(String::as_str).collect();
    let mut expected = shared.clone();
    expected.sort_unstable();
    assert_eq!(members, expected);
    assert!(envelope["properties"].get(tagged.tag).is_none());
    // The same member schemas as the root's, so both judge the envelope alike.
    for name in shared {
        assert_eq!(envelope["properties"][name], root["properties"][name], "{name}");
    }
    assert_eq!(envelope["required"], json!(["to"]));
}

#[test]
fn every_definition_has_its_name_as_title() {
    for draft in Draft::ALL {
        let root = schema(draft);
        for (name, def) in defs(&root, draft) {
            assert_eq!(def["title"], name.as_str(), "{draft}: {name}");
        }
    }
}

#[test]
fn the_root_tag_describes_each_value_as_the_union_does() {
    let (tagged, _) = model();
    let root = schema(Draft::Draft202012);
    let tag = &root["properties"][tagged.tag];
    let per_value = tag["enumDescriptions"].as_array().expect("enumDescriptions");
    assert_eq!(per_value.len(), tag["enum"].as_array().map_or(0, Vec::len));
    let defs = defs(&root, Draft::Draft202012);
    for (text, variant) in per_value.iter().zip(tagged.variants) {
        let member = defs.values().find(|d| d["properties"][tagged.tag]["const"] == variant.name);
        assert_eq!(
            member.map(|m| &m["properties"][tagged.tag]["description"]),
            Some(text),
            "{}",
            variant.name
        );
    }
}

#[test]
fn every_tag_value_is_described_by_its_body_type() {
    let (tagged, _) = model();
    let root = schema(Draft::Draft202012);
    let defs = defs(&root, Draft::Draft202012);
    for variant in tagged.variants {
        let member = defs.values().find(|d| d["properties"][tagged.tag]["const"] == variant.name);
        let text =
            member.and_then(|m| m["properties"][tagged.tag]["description"].as_str()).unwrap_or_default();
        assert!(!text.is_empty(), "{}", variant.name);
        let body = &defs[variant.ty.name.unwrap_or_default()];
        assert!(body["description"].as_str().unwrap_or_default().starts_with(text), "{}", variant.name);
    }
}

#[test]
fn bodies_and_members_carry_the_documentation_examples_of_their_type() {
    let (tagged, _) = model();
    let root = schema(Draft::Draft202012);
    let defs = defs(&root, Draft::Draft202012);
    let documented: Vec<Value> = examples().filter_map(|(_, text)| serde_json::from_str(text).ok()).collect();
    for variant in tagged.variants {
        let of_type: Vec<&Value> = documented.iter().filter(|e| e[tagged.tag] == variant.name).collect();
        if of_type.is_empty() {
            continue;
        }
        let body = &defs[variant.ty.name.unwrap_or_default()];
        for example in &of_type {
            assert!(body["examples"].as_array().is_some_and(|b| b.contains(&example[tagged.content])));
        }
        let member = defs.values().find(|d| d["properties"][tagged.tag]["const"] == variant.name);
        assert_eq!(member.map(|m| m["examples"].as_array().map_or(0, Vec::len)), Some(of_type.len()));
    }
}

#[test]
fn markdown_descriptions_repeat_the_descriptions_that_use_code_spans() {
    let root = schema(Draft::Draft7);
    let lat = &root["definitions"]["LocBody"]["properties"]["lat"];
    assert_eq!(lat["markdownDescription"], lat["description"]);
    let msg = &root["definitions"]["TxtBody"]["properties"]["msg"];
    assert!(msg.get("markdownDescription").is_none(), "plain text needs none: {msg}");
}
