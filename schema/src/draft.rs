//! What differs between the two JSON Schema dialects the crate emits.

/// The JSON Schema dialect to emit.
///
/// ```
/// use easemob_payload_schema::Draft;
/// assert_eq!(Draft::Draft202012.file_name(), "easemob-message.schema.json");
/// assert_eq!(Draft::Draft7.defs_keyword(), "definitions");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Draft {
    /// Draft 2020-12, the current dialect (ajv's `ajv/dist/2020`, python-jsonschema's `Draft202012Validator`).
    Draft202012,
    /// Draft-07, for older tooling (ajv's default class, many editors and code generators).
    Draft7,
}

/// The stable base of the `$id`s. A placeholder domain until the project has a home page.
///
/// ```
/// use easemob_payload_schema::{Draft, ID_BASE, schema};
/// assert!(schema(Draft::Draft202012)["$id"].as_str().unwrap().starts_with(ID_BASE));
/// ```
pub const ID_BASE: &str = "https://easemob-payload.github.io/schema/";

impl Draft {
    /// Both dialects, the current one first.
    pub const ALL: [Draft; 2] = [Draft::Draft202012, Draft::Draft7];

    /// The `$schema` URI naming the dialect's meta-schema.
    pub const fn meta_schema(self) -> &'static str {
        match self {
            Draft::Draft202012 => "https://json-schema.org/draft/2020-12/schema",
            Draft::Draft7 => "http://json-schema.org/draft-07/schema#",
        }
    }

    /// The name of the committed file (in `schema/`), which is also the last segment of its `$id`.
    pub const fn file_name(self) -> &'static str {
        match self {
            Draft::Draft202012 => "easemob-message.schema.json",
            Draft::Draft7 => "easemob-message.draft-07.schema.json",
        }
    }

    /// The schema's `$id`: [`ID_BASE`] plus [`Draft::file_name`].
    pub fn id(self) -> String {
        format!("{ID_BASE}{}", self.file_name())
    }

    /// The keyword for "this member requires those": `dependentRequired` in 2020-12,
    /// `dependencies` (with an array) in draft-07.
    pub const fn dependent_required_keyword(self) -> &'static str {
        match self {
            Draft::Draft202012 => "dependentRequired",
            Draft::Draft7 => "dependencies",
        }
    }

    /// Where named types live: `$defs` (2020-12) or `definitions` (draft-07).
    pub const fn defs_keyword(self) -> &'static str {
        match self {
            Draft::Draft202012 => "$defs",
            Draft::Draft7 => "definitions",
        }
    }

    /// Whether keywords beside a `$ref` apply. Draft-07 ignores them; the emitter
    /// wraps every `$ref` with siblings in `allOf`, in both drafts, because code
    /// generators declare the referenced type again for a 2020-12 `$ref` with siblings.
    pub const fn ref_takes_siblings(self) -> bool {
        matches!(self, Draft::Draft202012)
    }

    /// The name used on the command line: `2020-12` or `07`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Draft::Draft202012 => "2020-12",
            Draft::Draft7 => "07",
        }
    }

    /// Parses [`Draft::as_str`] (also `draft-07`, `7`, `draft-2020-12`).
    ///
    /// ```
    /// use easemob_payload_schema::Draft;
    /// assert_eq!(Draft::parse("draft-07"), Some(Draft::Draft7));
    /// assert_eq!(Draft::parse("2019-09"), None);
    /// ```
    pub fn parse(name: &str) -> Option<Draft> {
        match name.trim_start_matches("draft-").trim_start_matches("draft") {
            "2020-12" | "202012" => Some(Draft::Draft202012),
            "07" | "7" => Some(Draft::Draft7),
            _ => None,
        }
    }
}

impl std::fmt::Display for Draft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
