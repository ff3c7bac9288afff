//! The Rust validator against the `jsonschema` crate on the emitted schema.
//!
//! Both report `(path, keyword)` pairs; a few differences of convention are
//! normalized away, each for a stated reason (see [`schema_errors`]). Everything
//! else must be equal: the schema is meant to say exactly what the validator says.

use std::sync::LazyLock;

use easemob_payload::{Report, RuleCode, validate};
use easemob_payload_schema::{Draft, UPPER_CASE, schema};
use jsonschema::error::ValidationErrorKind;
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

/// A violation as both sides can state it: JSON Pointer and keyword.
pub type Pair = (String, String);

/// The emitted 2020-12 schema, compiled once.
pub static DRAFT_2020_12: LazyLock<Validator> = LazyLock::new(|| compile(Draft::Draft202012));
/// The emitted draft-07 schema, compiled once.
pub static DRAFT_07: LazyLock<Validator> = LazyLock::new(|| compile(Draft::Draft7));
/// The 2020-12 schema's discriminated union (`#/$defs/Message`), compiled once.
pub static UNION_2020_12: LazyLock<Validator> = LazyLock::new(|| compile_union(Draft::Draft202012));
/// The draft-07 schema's discriminated union (`#/definitions/Message`), compiled once.
pub static UNION_07: LazyLock<Validator> = LazyLock::new(|| compile_union(Draft::Draft7));

fn compile(draft: Draft) -> Validator {
    build(draft, schema(draft))
}

/// The schema with its root replaced by a `$ref` to the union: the same definitions,
/// so the union is judged exactly as a user of `…#/$defs/Message` would judge it.
fn union_schema(draft: Draft) -> Value {
    let full = schema(draft);
    let defs = draft.defs_keyword();
    serde_json::json!({
        "$schema": full["$schema"],
        "$ref": format!("#/{defs}/Message"),
        defs: full[defs],
    })
}

fn compile_union(draft: Draft) -> Validator {
    build(draft, union_schema(draft))
}

fn build(draft: Draft, schema: Value) -> Validator {
    let built = match draft {
        Draft::Draft202012 => jsonschema::draft202012::new(&schema),
        Draft::Draft7 => jsonschema::draft7::new(&schema),
    };
    built.unwrap_or_else(|e| panic!("the emitted {draft} schema does not compile: {e}"))
}

/// The validator's error violations as pairs, sorted, without `maxBytes`
/// (the one error rule JSON Schema cannot express; the schema states it in prose).
pub fn rust_errors(report: &Report) -> Vec<Pair> {
    let mut pairs: Vec<Pair> = report
        .errors()
        .filter(|v| v.rule != RuleCode::MaxBytes)
        .map(|v| (v.path.clone(), v.rule.as_str().to_owned()))
        .collect();
    pairs.sort();
    pairs
}

/// The schema validator's errors as pairs, sorted, after these normalizations:
///
/// 1. `required`: jsonschema reports it at the object that lacks the member,
///    easemob-payload at the member's own pointer; the member's name is appended.
/// 2. `if`, `then`, `else`, `allOf`, `$ref`: applicators, not rules; an error
///    naming one would only wrap the real one (jsonschema yields the inner errors).
/// 3. `const` or `enum` at a path that also has a `type` error: JSON Schema checks
///    them on a value of any type, the validator skips a wrongly typed value's
///    other rules (one `type` violation, not a cascade).
/// 4. `minimum` at a path that also has a `type` error: JSON Schema applies it to
///    any number, so `-0.5` breaks both `type: integer` and `minimum: 0`; the
///    validator stops at `type` for the same reason as in 3.
/// 5. `not` of exactly `{"type": "string", "pattern": UPPER_CASE}`: the schema's way of stating a
///    `lowercase` error (JSON Schema has no keyword for it), renamed back to `lowercase`.
///    (`dependentRequired`/`dependencies` need nothing: jsonschema reports them as `required`.)
pub fn schema_errors(validator: &Validator, value: &Value) -> Vec<Pair> {
    let mut pairs: Vec<Pair> = validator.iter_errors(value).filter_map(|e| pair(&e)).collect();
    let typed: Vec<String> = pairs.iter().filter(|(_, k)| k == "type").map(|(p, _)| p.clone()).collect();
    pairs.retain(|(path, keyword)| {
        !(matches!(keyword.as_str(), "const" | "enum" | "minimum" | "maximum") && typed.contains(path))
    });
    pairs.sort();
    pairs
}

fn pair(error: &ValidationError<'_>) -> Option<Pair> {
    let path = error.instance_path().as_str().to_owned();
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            Some((format!("{path}/{}", name.replace('~', "~0").replace('/', "~1")), "required".to_owned()))
        }
        ValidationErrorKind::Not { schema }
            if *schema == serde_json::json!({ "type": "string", "pattern": UPPER_CASE }) =>
        {
            Some((path, "lowercase".to_owned()))
        }
        kind => {
            let keyword = kind.keyword();
            (!matches!(keyword, "if" | "then" | "else" | "allOf" | "$ref"))
                .then(|| (path, keyword.to_owned()))
        }
    }
}

/// What one payload gets from the Rust validator and from both schemas.
#[derive(Debug)]
pub struct Comparison {
    /// The validator's error pairs (no `maxBytes`).
    pub rust: Vec<Pair>,
    /// Whether the validator's only errors are `maxBytes`.
    pub only_max_bytes: bool,
    /// jsonschema on the 2020-12 schema, normalized.
    pub draft_2020_12: Vec<Pair>,
    /// jsonschema's `is_valid` on the 2020-12 schema.
    pub draft_2020_12_valid: bool,
    /// jsonschema on the draft-07 schema, normalized.
    pub draft_07: Vec<Pair>,
    /// jsonschema's `is_valid` on the draft-07 schema.
    pub draft_07_valid: bool,
    /// jsonschema's `is_valid` on the 2020-12 union (`#/$defs/Message`).
    pub union_2020_12_valid: bool,
    /// jsonschema's `is_valid` on the draft-07 union (`#/definitions/Message`).
    pub union_07_valid: bool,
}

/// Runs all three on `value`.
pub fn compare(value: &Value) -> Comparison {
    let report = validate(value);
    let rust = rust_errors(&report);
    let only_max_bytes = rust.is_empty() && !report.is_valid();
    Comparison {
        rust,
        only_max_bytes,
        draft_2020_12: schema_errors(&DRAFT_2020_12, value),
        draft_2020_12_valid: DRAFT_2020_12.is_valid(value),
        draft_07: schema_errors(&DRAFT_07, value),
        draft_07_valid: DRAFT_07.is_valid(value),
        union_2020_12_valid: UNION_2020_12.is_valid(value),
        union_07_valid: UNION_07.is_valid(value),
    }
}

impl Comparison {
    /// Why they disagree, or `None` when they agree: the verdicts (unless the
    /// validator's only errors are `maxBytes`), the multisets of pairs, and the
    /// union's verdict against its own draft's root (the union reports no paths
    /// a generic validator could compare: a failed `oneOf` says only that no member matched).
    pub fn disagreement(&self) -> Option<String> {
        let rust_valid = self.rust.is_empty();
        let mut problems = Vec::new();
        if !self.only_max_bytes && rust_valid != self.draft_2020_12_valid {
            problems.push(format!(
                "verdict: Rust valid={rust_valid}, jsonschema 2020-12 is_valid={}",
                self.draft_2020_12_valid
            ));
        }
        if !self.only_max_bytes && rust_valid != self.draft_07_valid {
            problems.push(format!(
                "verdict: Rust valid={rust_valid}, jsonschema draft-07 is_valid={}",
                self.draft_07_valid
            ));
        }
        if self.rust != self.draft_2020_12 {
            problems
                .push(format!("errors: Rust {:?} != jsonschema 2020-12 {:?}", self.rust, self.draft_2020_12));
        }
        if self.rust != self.draft_07 {
            problems.push(format!("errors: Rust {:?} != jsonschema draft-07 {:?}", self.rust, self.draft_07));
        }
        if self.union_2020_12_valid != self.draft_2020_12_valid {
            problems.push(format!(
                "verdict: 2020-12 root is_valid={}, its union #/$defs/Message is_valid={}",
                self.draft_2020_12_valid, self.union_2020_12_valid
            ));
        }
        if self.union_07_valid != self.draft_07_valid {
            problems.push(format!(
                "verdict: draft-07 root is_valid={}, its union #/definitions/Message is_valid={}",
                self.draft_07_valid, self.union_07_valid
            ));
        }
        (!problems.is_empty()).then(|| problems.join("\n"))
    }
}
