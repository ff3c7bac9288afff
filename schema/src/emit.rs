//! Walks the rule model and writes JSON Schema keywords.
//!
//! Every keyword comes from a [`TypeDesc`], a [`FieldDesc`] or a [`Check`]:
//! nothing about the Easemob API is written here. Named types become entries of
//! `$defs` (`definitions` in draft-07) and are referenced by `$ref`.

use std::collections::BTreeMap;

use easemob_payload::model::{Check, FieldDesc, ObjectDesc, Rule, Shape, TaggedDesc, TypeDesc};
use easemob_payload::report::{RuleCode, Severity};
use serde_json::{Map, Value, json};

use crate::Draft;
use crate::notes;

/// Collects the named types while emitting one root type.
pub(crate) struct Emitter {
    draft: Draft,
    /// Named types emitted so far (`Value::Null` while one is being emitted, so recursion stops).
    pub(crate) defs: BTreeMap<&'static str, Value>,
    /// The statements of custom checks met on the way, for the root's `$comment`.
    pub(crate) custom_notes: Vec<String>,
}

impl Emitter {
    pub(crate) fn new(draft: Draft) -> Emitter {
        Emitter { draft, defs: BTreeMap::new(), custom_notes: Vec::new() }
    }

    /// The schema of the root type itself, inline even when it is named.
    pub(crate) fn root(&mut self, desc: &'static TypeDesc) -> Map<String, Value> {
        self.inline(desc)
    }

    /// A `$ref` to a named type (emitting it on first use), or the inline schema of an unnamed one.
    pub(crate) fn reference(&mut self, desc: &'static TypeDesc) -> Map<String, Value> {
        let Some(name) = desc.name else { return self.inline(desc) };
        if !self.defs.contains_key(name) {
            self.defs.insert(name, Value::Null);
            let schema = self.inline(desc);
            self.defs.insert(name, Value::Object(schema));
        }
        self.ref_to(name)
    }

    /// `{"$ref": ...}` to the definition `name`.
    pub(crate) fn ref_to(&self, name: &str) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("$ref".into(), format!("#/{}/{name}", self.draft.defs_keyword()).into());
        out
    }

    /// The schema of a type: its shape, then its own checks and description.
    fn inline(&mut self, desc: &'static TypeDesc) -> Map<String, Value> {
        let mut out = Map::new();
        let mut notes = vec![desc.description.to_owned()];
        match desc.shape {
            Shape::String => put(&mut out, "type", "string"),
            Shape::Integer => put(&mut out, "type", "integer"),
            Shape::Number => put(&mut out, "type", "number"),
            Shape::Boolean => put(&mut out, "type", "boolean"),
            Shape::Array(items) => {
                put(&mut out, "type", "array");
                out.insert("items".into(), Value::Object(self.reference(items)));
            }
            Shape::Map(values) => {
                put(&mut out, "type", "object");
                let values = self.reference(values);
                // A map of any values says nothing about them: `{}` would only add noise.
                if !values.is_empty() {
                    out.insert("additionalProperties".into(), Value::Object(values));
                }
            }
            Shape::AnyObject => put(&mut out, "type", "object"),
            Shape::Any => {}
            Shape::Object(object) => notes.extend(self.object(object, &mut out)),
            Shape::Tagged(tagged) => {
                put(&mut out, "type", "object");
                let mut parts = ObjectParts::default();
                self.tagged(tagged, &mut parts);
                parts.write(&mut out, self.draft);
            }
        }
        notes.extend(apply_checks(desc.checks, &mut out));
        describe(&mut out, notes);
        out
    }

    /// An object's members, returning the notes for its description.
    fn object(&mut self, object: &'static ObjectDesc, out: &mut Map<String, Value>) -> Vec<String> {
        put(out, "type", "object");
        let mut parts = ObjectParts::default();
        self.members(object, &mut parts, true);
        parts.write(out, self.draft);
        self.custom_notes.extend(object.custom.iter().map(notes::custom_note));
        object_notes(object)
    }

    /// An object's own members, without those a flattened tagged enum adds: the
    /// members every variant shares (the envelope of a message). Its custom checks
    /// are described but, unlike [`Emitter::object`], not added to the root's `$comment` again.
    pub(crate) fn shared_members(&mut self, object: &'static ObjectDesc) -> Map<String, Value> {
        let mut out = Map::new();
        put(&mut out, "type", "object");
        let mut parts = ObjectParts::default();
        self.members(object, &mut parts, false);
        parts.write(&mut out, self.draft);
        describe(&mut out, object_notes(object));
        out
    }

    /// The declared members into `parts`; with `tagged`, also the tag, content and
    /// dispatch of a flattened tagged enum.
    fn members(&mut self, object: &'static ObjectDesc, parts: &mut ObjectParts, tagged: bool) {
        for field in object.fields {
            if field.flatten {
                // As in the validator: a flattened tagged enum or struct adds members;
                // a flattened map merely widens what is accepted.
                match field.ty.shape {
                    Shape::Tagged(t) if tagged => self.tagged(t, parts),
                    Shape::Object(inner) => self.members(inner, parts, tagged),
                    _ => {}
                }
                continue;
            }
            if field.required {
                parts.required.push(field.name.into());
            }
            if let Some(other) = field.required_with {
                // `dependentRequired` (2020-12) or `dependencies` (draft-07): a keyword of the
                // object itself, so the definition needs no `allOf`, which code generators
                // would turn into a second copy of the type.
                let needs = parts.dependent_required.entry(other).or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(needs) = needs {
                    needs.push(field.name.into());
                }
            }
            let member = self.member(field);
            parts.properties.insert(field.name.into(), Value::Object(member));
        }
    }

    /// A member's schema: its type, plus the member's own checks and description.
    fn member(&mut self, field: &'static FieldDesc) -> Map<String, Value> {
        let ty = self.reference(field.ty);
        let mut own = Map::new();
        let mut notes = vec![field.description.to_owned()];
        notes.extend(apply_checks(field.checks, &mut own));
        for (code, text) in field.server_errors {
            notes.push(notes::server_note(*code, text));
        }
        if let Some(reason) = field.recommended {
            notes.push(notes::recommended_note(field, reason));
        }
        if let Some(other) = field.required_with {
            notes.push(notes::required_with_note(other));
        }
        describe(&mut own, notes);
        merge_beside(ty, own)
    }

    /// The tag and content members of an adjacently tagged enum, and the dispatch on the tag.
    ///
    /// One `if`/`then` per variant puts the content's errors at their real path
    /// (`oneOf` would only say that no variant matched). A last `if`/`else` checks
    /// the content of a missing or unknown tag for being a non-empty object, as
    /// the validator does; the content's type is thus checked by exactly one branch.
    fn tagged(&mut self, tagged: &'static TaggedDesc, parts: &mut ObjectParts) {
        let names: Vec<Value> = tagged.variants.iter().map(|v| Value::from(v.name)).collect();
        let tag_notes = [tagged.tag_description.to_owned()]
            .into_iter()
            .chain(tagged.tag_empty_server.map(|text| notes::server_note(RuleCode::Enum, text)));
        // Per-value descriptions for editors (VS Code's `enumDescriptions`): what each content is.
        let per_value: Vec<Value> =
            tagged.variants.iter().map(|v| Value::from(crate::union::value_description(v))).collect();
        parts.properties.insert(
            tagged.tag.into(),
            json!({
                "description": notes::join(tag_notes),
                "type": "string",
                "enum": names,
                "enumDescriptions": per_value,
            }),
        );
        let by_variant: Vec<String> = tagged
            .variants
            .iter()
            .map(|v| format!("{} → {}", v.name, v.ty.name.unwrap_or("its own schema")))
            .collect();
        let content_description = format!(
            "The content; its members depend on `{tag}` ({}). Where `{tag}` is missing or not one of those names, it must be a non-empty object.",
            by_variant.join(", "),
            tag = tagged.tag,
        );
        let content_description = notes::join(
            [content_description]
                .into_iter()
                .chain(tagged.content_empty_server.map(notes::empty_content_note)),
        );
        parts.properties.insert(tagged.content.into(), json!({ "description": content_description }));
        parts.required.push(tagged.tag.into());
        parts.required.push(tagged.content.into());
        let tag_is = |test: Value| json!({ "properties": { tagged.tag: test }, "required": [tagged.tag] });
        for variant in tagged.variants {
            let content = self.reference(variant.ty);
            parts.all_of.push(json!({
                "if": tag_is(json!({ "const": variant.name })),
                "then": { "properties": { tagged.content: content } },
            }));
        }
        parts.all_of.push(json!({
            "if": tag_is(json!({ "enum": names })),
            "else": { "properties": { tagged.content: { "type": "object", "minProperties": 1 } } },
        }));
    }
}

/// What an object's description says besides its doc comment: unknown members, custom checks.
fn object_notes(object: &ObjectDesc) -> Vec<String> {
    let mut notes = vec![notes::unknown_fields_note(object.unknown_fields)];
    notes.extend(object.custom.iter().map(notes::custom_note));
    notes.extend(notes::server_type_note(object.server_type_error));
    notes.extend(object.other_bodies.iter().map(notes::other_body_note));
    notes
}

/// The members of an object schema, gathered across flattened fields.
#[derive(Default)]
struct ObjectParts {
    properties: Map<String, Value>,
    required: Vec<Value>,
    all_of: Vec<Value>,
    /// Member → the members it requires (`required_with`).
    dependent_required: Map<String, Value>,
}

impl ObjectParts {
    fn write(self, out: &mut Map<String, Value>, draft: Draft) {
        if !self.dependent_required.is_empty() {
            out.insert(draft.dependent_required_keyword().into(), Value::Object(self.dependent_required));
        }
        if !self.properties.is_empty() {
            out.insert("properties".into(), Value::Object(self.properties));
        }
        if !self.required.is_empty() {
            out.insert("required".into(), Value::Array(self.required));
        }
        if !self.all_of.is_empty() {
            out.insert("allOf".into(), Value::Array(self.all_of));
        }
    }
}

/// Writes the error checks as keywords and returns the notes for the description:
/// the server's error texts, and every check no keyword states (warnings above all).
fn apply_checks(checks: &[Check], out: &mut Map<String, Value>) -> Vec<String> {
    let mut notes = Vec::new();
    for check in checks {
        match (check.severity, keyword(&check.rule)) {
            (Severity::Error, Some((name, value))) => {
                if out.contains_key(name) {
                    // A second rule stated by the same keyword (two patterns): one more
                    // subschema, so both hold.
                    let all_of = out.entry("allOf").or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(all_of) = all_of {
                        all_of.push(json!({ name: value }));
                    }
                } else {
                    out.insert(name.into(), value);
                }
                notes.extend(notes::keyword_note(check));
            }
            _ => notes.push(notes::unenforced_note(check)),
        }
    }
    notes
}

/// The pattern whose match states a `lowercase` error, as
/// `not: {"type": "string", "pattern": UPPER_CASE}` (the `type` keeps `not` from failing on
/// a value of another type, which has its own `type` error)
/// (JSON Schema has no keyword for it; a second `pattern` would need an `allOf`, which
/// code generators turn into a second copy of the type). Differential tests map the
/// `not` errors of exactly this subschema back to `lowercase`.
pub const UPPER_CASE: &str = "[A-Z]";

/// The JSON Schema keyword that states a rule exactly, if there is one.
fn keyword(rule: &Rule) -> Option<(&'static str, Value)> {
    let code = rule.code().as_str();
    let value = match *rule {
        Rule::MinLength(n) | Rule::MinItems(n) | Rule::MinProperties(n) | Rule::MaxLength(n) => n.into(),
        Rule::MaxProperties(n) => n.into(),
        Rule::MaxItems(limit) => limit.default_value().into(),
        Rule::Pattern(pattern) => pattern.source.into(),
        Rule::Const(value) => value.into(),
        Rule::Enum(values) => values.iter().map(|v| v.to_json()).collect(),
        Rule::Minimum(n) | Rule::Maximum(n) => n.to_json(),
        // JSON Schema compares exactly; a case-folded comparison has no keyword.
        Rule::UniqueItems { case_fold: false } => true.into(),
        Rule::UniqueItems { case_fold: true } => return None,
        // Where upper case is an error (not the usual warning), a pattern states it.
        Rule::Lowercase => return Some(("not", json!({ "type": "string", "pattern": UPPER_CASE }))),
    };
    Some((code, value))
}

/// Puts a member's own keywords beside its type's schema. A `$ref` never gets
/// siblings, in either draft: draft-07 ignores them, and code generators given a
/// 2020-12 `$ref` with a sibling `description` declare the referenced type a second
/// time (`Ext1`). So the `$ref` goes into an `allOf`, as does a type whose own
/// keyword the member states again.
fn merge_beside(mut ty: Map<String, Value>, own: Map<String, Value>) -> Map<String, Value> {
    if own.is_empty() {
        return ty;
    }
    let clash = own.keys().any(|k| k != "description" && ty.contains_key(k));
    if clash || ty.contains_key("$ref") {
        let mut out = own;
        // The member's keywords apply to the type's JSON type, which ajv's strict mode
        // wants stated beside them (`minimum` next to `"type": "integer"`): the type
        // moves out, once, so a value of the wrong type is one `type` error, not two.
        if !ty.contains_key("$ref") {
            if let Some(json_type) = ty.remove("type") {
                out.insert("type".into(), json_type);
            }
        }
        out.insert("allOf".into(), Value::Array(vec![Value::Object(ty)]));
        return out;
    }
    for (key, value) in own {
        if key == "description" {
            // The member's description comes first: it says what this member is for.
            let merged = match ty.get("description").and_then(Value::as_str) {
                Some(of_type) if !ty.contains_key("$ref") => {
                    notes::join([value.as_str().unwrap_or_default().to_owned(), of_type.to_owned()])
                }
                _ => value.as_str().unwrap_or_default().to_owned(),
            };
            ty.insert(key, merged.into());
        } else {
            ty.insert(key, value);
        }
    }
    ty
}

fn describe(out: &mut Map<String, Value>, notes: Vec<String>) {
    let text = notes::join(notes);
    if !text.is_empty() {
        out.insert("description".into(), text.into());
    }
}

fn put(out: &mut Map<String, Value>, key: &str, value: &str) {
    out.insert(key.into(), value.into());
}
