//! Every attribute name, written once.

pub const PAYLOAD: &str = "payload";
pub const SERDE: &str = "serde";

// Rules.
pub const MIN_LENGTH: &str = "min_length";
pub const MAX_LENGTH: &str = "max_length";
pub const PATTERN: &str = "pattern";
pub const CONSTANT: &str = "constant";
pub const ONE_OF: &str = "one_of";
pub const LOWERCASE: &str = "lowercase";
pub const MINIMUM: &str = "minimum";
pub const MAXIMUM: &str = "maximum";
pub const MIN_ITEMS: &str = "min_items";
pub const MAX_ITEMS: &str = "max_items";
pub const UNIQUE_ITEMS: &str = "unique_items";
pub const MIN_PROPERTIES: &str = "min_properties";
pub const MAX_PROPERTIES: &str = "max_properties";

pub const RULES: &[&str] = &[
    MIN_LENGTH,
    MAX_LENGTH,
    PATTERN,
    CONSTANT,
    ONE_OF,
    LOWERCASE,
    MINIMUM,
    MAXIMUM,
    MIN_ITEMS,
    MAX_ITEMS,
    UNIQUE_ITEMS,
    MIN_PROPERTIES,
    MAX_PROPERTIES,
];

// Options every rule takes.
pub const SEVERITY: &str = "severity";
pub const SERVER: &str = "server";
pub const WHY: &str = "why";
pub const RULE_OPTIONS: &[&str] = &[SEVERITY, SERVER, WHY];

// Rule flags.
pub const CASE_FOLD: &str = "case_fold";

// Field-only.
pub const REQUIRED: &str = "required";
/// `required_with = "other"`: required when `other` is present.
pub const REQUIRED_WITH: &str = "required_with";
pub const RECOMMENDED: &str = "recommended";
/// `server(type = "...")`: the server's error text per rule code.
pub const SERVER_ERRORS: &str = "server";

/// Rule codes as written in `server(...)`, and their `RuleCode` variants.
pub const RULE_CODES: &[(&str, &str)] = &[
    ("type", "Type"),
    ("required", "Required"),
    ("enum", "Enum"),
    ("const", "Const"),
    ("pattern", "Pattern"),
    ("min_length", "MinLength"),
    ("max_length", "MaxLength"),
    ("min_items", "MinItems"),
    ("max_items", "MaxItems"),
    ("min_properties", "MinProperties"),
    ("max_properties", "MaxProperties"),
    ("minimum", "Minimum"),
    ("maximum", "Maximum"),
    ("unique_items", "UniqueItems"),
    ("max_bytes", "MaxBytes"),
    ("unknown_field", "UnknownField"),
    ("recommended", "Recommended"),
    ("lowercase", "Lowercase"),
];

// Container-only.
pub const UNKNOWN_FIELDS: &str = "unknown_fields";
pub const RESERVED_PREFIX: &str = "reserved_prefix";
pub const TAG_DESCRIPTION: &str = "tag_description";
pub const TAG_EMPTY: &str = "tag_empty";
pub const CONTENT_EMPTY: &str = "content_empty";
pub const OPAQUE_TO_SERVER: &str = "opaque_to_server";
pub const OTHER_BODY: &str = "other_body";
pub const DETECT: &str = "detect";
pub const MEMBERS: &str = "members";
pub const NOTE: &str = "note";
pub const HINT: &str = "hint";
pub const CHECK: &str = "check";
pub const RUN: &str = "run";
pub const RULE: &str = "rule";
pub const DESCRIBE: &str = "describe";

// Settings a rule may take its number from.
pub const SETTINGS: &[(&str, &str)] = &[("max_recipients", "MaxRecipients")];

// Serde names the model follows.
pub const RENAME: &str = "rename";
pub const FLATTEN: &str = "flatten";
pub const TAG: &str = "tag";
pub const CONTENT: &str = "content";
pub const SKIP: &str = "skip";
pub const SKIP_SERIALIZING: &str = "skip_serializing";
pub const SKIP_DESERIALIZING: &str = "skip_deserializing";
pub const SKIP_SERIALIZING_IF: &str = "skip_serializing_if";
pub const DEFAULT: &str = "default";
pub const ALIAS: &str = "alias";
pub const RENAME_ALL: &str = "rename_all";
pub const DENY_UNKNOWN_FIELDS: &str = "deny_unknown_fields";
pub const UNTAGGED: &str = "untagged";
pub const TRANSPARENT: &str = "transparent";

// Serde names that leave the wire shape to code: refused.
pub const OPAQUE_FIELD: &[&str] = &["with", "serialize_with", "deserialize_with", "getter"];
pub const OPAQUE_CONTAINER: &[&str] = &["from", "into", "try_from", "remote"];
pub const OPAQUE_VARIANT: &[&str] = &["with", "serialize_with", "deserialize_with", "other"];

// Serde names that do not change the wire shape the model describes: accepted.
pub const HARMLESS_FIELD: &[&str] = &["bound", "borrow"];
/// `rename` of a container names the Rust type only; `rename_all_fields` renames the
/// fields of struct variants, which a tagged enum of newtype variants does not have.
pub const HARMLESS_CONTAINER: &[&str] = &["rename", "rename_all_fields", "bound", "crate", "expecting"];
pub const HARMLESS_VARIANT: &[&str] = &["bound", "borrow", "rename_all"];

// `#[payload(crate = "...")]`: the path of a renamed easemob-payload dependency.
pub const CRATE: &str = "crate";
