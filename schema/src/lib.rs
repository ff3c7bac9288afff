//! JSON Schema for the request body of the Easemob IM call "send a one-to-one
//! message", emitted from the `easemob-payload` rule model.
//!
//! The schema restates no rule by hand: every keyword comes from
//! `<Message as Payload>::DESC`, the model the validator runs. Error rules become
//! keywords; warnings (case-folded repeats, upper-case user IDs, unknown members,
//! missing recommended members) do not constrain it and are stated in
//! `description`, as is the byte-size rule (`maxBytes`), which JSON Schema cannot
//! express (in `$comment` too, never as an unknown keyword).
//!
//! Beside the root, which validators and editors use, the definitions hold the
//! same message as a discriminated union for code generators (`Message`: a
//! `oneOf` of one definition per message type, with a `discriminator` on `type`).
//!
//! ```
//! use easemob_payload_schema::{Draft, schema};
//! let s = schema(Draft::Draft202012);
//! assert_eq!(s["required"], serde_json::json!(["to", "type", "body"]));
//! assert_eq!(s["$defs"]["UserId"]["pattern"], "^[a-zA-Z0-9_.-]*$");
//! assert_eq!(s["$defs"]["Message"]["discriminator"]["propertyName"], "type");
//! assert_eq!(s["$defs"]["LocMessage"]["properties"]["body"]["$ref"], "#/$defs/LocBody");
//! ```

mod draft;
mod editor;
mod emit;
mod meta;
mod notes;
mod print;
mod union;

use std::io;
use std::path::{Path, PathBuf};

use easemob_payload::{Message, Payload};
use serde_json::{Map, Value};

pub use draft::{Draft, ID_BASE};
pub use editor::EDITOR_KEYWORDS;
#[doc(hidden)] // for the differential tests, which map its `not` errors back to `lowercase`
pub use emit::UPPER_CASE;
pub use meta::{REGENERATE, TITLE, examples};

/// The schema of a message in the given dialect.
///
/// ```
/// use easemob_payload_schema::{Draft, schema};
/// let s = schema(Draft::Draft7);
/// assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
/// assert!(s["definitions"]["TxtBody"].is_object());
/// ```
pub fn schema(draft: Draft) -> Value {
    let mut emitter = emit::Emitter::new(draft);
    let body = emitter.root(<Message as Payload>::DESC);
    let union = union::definitions(&mut emitter, <Message as Payload>::DESC, &meta::example_values());

    let mut out = Map::new();
    out.insert("$schema".into(), draft.meta_schema().into());
    out.insert("$id".into(), draft.id().into());
    let comment = notes::join(
        [meta::PROVENANCE.to_owned(), format!("Regenerate with `{}`.", meta::REGENERATE)]
            .into_iter()
            .chain(emitter.custom_notes.iter().cloned()),
    );
    out.insert("$comment".into(), comment.into());
    out.insert("title".into(), meta::TITLE.into());
    // The introduction replaces the envelope's own doc comment, which speaks of the Rust type;
    // the notes after it (unknown members, `maxBytes`) stay.
    let of_model = body.get("description").and_then(Value::as_str).unwrap_or_default();
    let own = notes::join([<Message as Payload>::DESC.description.to_owned()]);
    let of_model = of_model.strip_prefix(own.as_str()).unwrap_or(of_model).trim_start().to_owned();
    out.insert("description".into(), notes::join([meta::introduction(), of_model]).into());
    for (key, value) in body {
        if key != "description" {
            out.insert(key, value);
        }
    }
    out.insert("examples".into(), Value::Array(meta::example_values()));
    let mut defs: Map<String, Value> = emitter.defs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    for (name, def) in union.into_iter().flatten() {
        // A model type of the same name keeps its place; the union's tests then fail on the clash.
        defs.entry(name).or_insert(def);
    }
    editor::title_definitions(&mut defs);
    out.insert(draft.defs_keyword().into(), Value::Object(defs));
    let mut out = Value::Object(out);
    editor::add_markdown(&mut out);
    out
}

/// The schema of any [`Payload`] type in the given dialect: an app's own `ext`, one body
/// type, or a whole `Message<MyExt>`. Named types go to `$defs` (`definitions` in
/// draft-07); rules JSON Schema cannot state are in `$comment`. Unlike [`schema`], it
/// has no `$id`, title or examples: those are the published file's.
///
/// ```
/// use easemob_payload::message::{LocBody, Message};
/// use easemob_payload_schema::{Draft, schema_for};
/// let s = schema_for::<LocBody>(Draft::Draft202012);
/// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(s["required"], serde_json::json!(["lat", "lng", "addr"]));
/// // The envelope's rules are the published schema's.
/// let whole = schema_for::<Message>(Draft::Draft7);
/// assert_eq!(whole["required"], easemob_payload_schema::schema(Draft::Draft7)["required"]);
/// ```
pub fn schema_for<T: Payload + ?Sized>(draft: Draft) -> Value {
    let mut emitter = emit::Emitter::new(draft);
    let body = emitter.root(T::DESC);
    let mut out = Map::new();
    out.insert("$schema".into(), draft.meta_schema().into());
    if !emitter.custom_notes.is_empty() {
        out.insert("$comment".into(), notes::join(emitter.custom_notes.iter().cloned()).into());
    }
    out.extend(body);
    if !emitter.defs.is_empty() {
        let defs: Map<String, Value> = emitter.defs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        out.insert(draft.defs_keyword().into(), Value::Object(defs));
    }
    Value::Object(out)
}

/// The schema as the committed file holds it: pretty JSON, keywords in reading order, a final newline.
///
/// ```
/// use easemob_payload_schema::{Draft, to_pretty_string};
/// let text = to_pretty_string(Draft::Draft202012);
/// assert!(text.starts_with("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
/// ```
pub fn to_pretty_string(draft: Draft) -> String {
    print::pretty(&schema(draft))
}

/// Where `easemob-payload-schema --write` and `--check` look without a folder argument:
/// `schema/` under the current directory (the repository's, run from the workspace root).
///
/// ```
/// assert_eq!(std::path::Path::new(easemob_payload_schema::DEFAULT_DIR).join("x"), std::path::Path::new("schema/x"));
/// ```
pub const DEFAULT_DIR: &str = "schema";

/// Writes both schema files into `dir`, returning their paths.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("easemob-schema-doc-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// assert_eq!(easemob_payload_schema::stale_files(&dir).len(), 2); // nothing written yet
/// let written = easemob_payload_schema::write_all(&dir).unwrap();
/// assert_eq!(written.len(), 2);
/// assert!(easemob_payload_schema::stale_files(&dir).is_empty());
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
///
/// # Errors
/// When a file cannot be written.
pub fn write_all(dir: &Path) -> io::Result<Vec<PathBuf>> {
    Draft::ALL
        .iter()
        .map(|draft| {
            let path = dir.join(draft.file_name());
            std::fs::write(&path, to_pretty_string(*draft))?;
            Ok(path)
        })
        .collect()
}

/// The files in `dir` that are missing or differ from what the model emits now
/// (see [`write_all`] for an example).
pub fn stale_files(dir: &Path) -> Vec<PathBuf> {
    Draft::ALL
        .iter()
        .filter_map(|draft| {
            let path = dir.join(draft.file_name());
            let current = std::fs::read_to_string(&path).ok();
            (current.as_deref() != Some(to_pretty_string(*draft).as_str())).then_some(path)
        })
        .collect()
}
