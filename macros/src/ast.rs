//! The raw model parsed from the attributes, before it is checked.

use proc_macro2::Span;
use syn::{Expr, Ident, LitStr, Path, Type};

pub struct Container<'a> {
    pub ident: &'a Ident,
    /// A field serde writes that the model does not describe (`skip_deserializing`
    /// alone): typed validation then goes through the serialization.
    pub writes_unmodelled: bool,
    pub generics: &'a syn::Generics,
    pub doc: String,
    pub attrs: ContainerAttrs,
    pub data: Data<'a>,
}

pub enum Data<'a> {
    /// A struct with named fields: a JSON object.
    Object(Vec<Field<'a>>),
    /// `struct Name(Inner)`: the inner type with more rules.
    Newtype(&'a Type),
    /// An adjacently tagged enum of newtype variants.
    Tagged { tag: String, content: String, variants: Vec<Variant<'a>> },
}

#[derive(Default)]
pub struct ContainerAttrs {
    pub rules: Vec<RuleAttr>,
    pub unknown_fields_allow: bool,
    pub reserved_prefix: Option<LitStr>,
    pub tag_description: Option<LitStr>,
    /// `tag_empty = "..."`, `content_empty = "..."`: the server's texts for an empty tag or content.
    pub tag_empty: Option<LitStr>,
    pub content_empty: Option<LitStr>,
    /// `server(type = "...")`: the server's text for a wrong JSON type anywhere inside.
    pub server_type: Option<LitStr>,
    /// `opaque_to_server`: the server never looks inside.
    pub opaque: Option<Span>,
    pub other_bodies: Vec<OtherBodyAttr>,
    pub checks: Vec<CustomCheckAttr>,
    /// `#[serde(tag = ...)]` and `#[serde(content = ...)]`.
    pub serde_tag: Option<(String, Span)>,
    pub serde_content: Option<String>,
    /// `#[serde(rename_all = "...")]`.
    pub rename_all: Option<crate::attr::RenameRule>,
    /// `#[serde(default)]` on the container: every member may be left out.
    pub default: bool,
    pub deny_unknown_fields: Option<Span>,
    pub untagged: Option<Span>,
    pub transparent: Option<Span>,
    /// `#[payload(crate = "...")]`.
    pub krate: Option<Path>,
}

/// `other_body(detect(..), members(..), note = "..", hint = "..")`.
pub struct OtherBodyAttr {
    pub detect: Vec<LitStr>,
    pub members: Vec<LitStr>,
    pub note: LitStr,
    pub hint: LitStr,
}

pub struct CustomCheckAttr {
    pub run: Path,
    pub rule: LitStr,
    pub describe: Expr,
}

pub struct Field<'a> {
    pub ident: &'a Ident,
    pub ty: &'a Type,
    /// `skip_serializing_if = "path"`.
    pub skip_serializing_if: Option<syn::ExprPath>,
    pub doc: String,
    pub wire_name: String,
    pub flatten: bool,
    /// `#[serde(default)]`, on the field or its container: the member may be left out.
    pub default: bool,
    pub required: Option<Span>,
    pub recommended: Option<(Span, LitStr)>,
    pub required_with: Option<LitStr>,
    pub rules: Vec<RuleAttr>,
    pub server_errors: Vec<(&'static str, LitStr)>,
}

pub struct Variant<'a> {
    pub ident: &'a Ident,
    pub wire_name: String,
    pub ty: &'a Type,
}

/// One rule as written: what it is, where, and its options.
pub struct RuleAttr {
    pub kind: RuleKind,
    pub span: Span,
    pub name: &'static str,
    pub warning: bool,
    pub server: Option<LitStr>,
    pub why: Option<LitStr>,
}

pub enum RuleKind {
    MinLength(u64),
    MaxLength(u64),
    Pattern(LitStr),
    Constant(LitStr),
    OneOf(Vec<EnumValue>),
    Lowercase,
    Minimum(NumberLit),
    Maximum(NumberLit),
    MinItems(u64),
    MaxItems(Limit),
    UniqueItems { case_fold: bool },
    MinProperties(u64),
    MaxProperties(u64),
}

/// A value `one_of` lists: a string or an integer literal.
pub enum EnumValue {
    Str(LitStr),
    Int(i64, Span),
}

impl EnumValue {
    pub fn span(&self) -> Span {
        match self {
            EnumValue::Str(s) => s.span(),
            EnumValue::Int(_, span) => *span,
        }
    }

    /// The value as JSON would compare it.
    pub fn key(&self) -> String {
        match self {
            EnumValue::Str(s) => format!("{:?}", s.value()),
            EnumValue::Int(i, _) => i.to_string(),
        }
    }
}

/// The bound of `minimum` or `maximum`, as written.
#[derive(Clone, Copy)]
pub enum NumberLit {
    Int(i128),
    Float(f64),
}

pub enum Limit {
    Fixed(u64),
    /// The variant name of `easemob_payload::limits::Setting`.
    Setting(&'static str),
}

/// What kind of value a rule needs, checked at compile time against the type's model.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    String,
    Number,
    Enumerable,
    Array,
    StringArray,
    Object,
}

impl Kind {
    pub fn predicate(self) -> &'static str {
        match self {
            Kind::String => "is_string",
            Kind::Number => "is_number",
            Kind::Enumerable => "is_enumerable",
            Kind::Array => "is_array",
            Kind::StringArray => "is_string_array",
            Kind::Object => "is_object",
        }
    }

    pub fn noun(self) -> &'static str {
        match self {
            Kind::String => "a string",
            Kind::Number => "a number (integer or float)",
            Kind::Enumerable => "a string, integer or any-value",
            Kind::Array => "an array",
            Kind::StringArray => "an array of strings",
            Kind::Object => "an object",
        }
    }
}

impl RuleKind {
    pub fn needs(&self) -> Kind {
        match self {
            RuleKind::MinLength(_)
            | RuleKind::MaxLength(_)
            | RuleKind::Pattern(_)
            | RuleKind::Constant(_)
            | RuleKind::Lowercase => Kind::String,
            RuleKind::OneOf(_) => Kind::Enumerable,
            RuleKind::Minimum(_) | RuleKind::Maximum(_) => Kind::Number,
            RuleKind::MinItems(_) | RuleKind::MaxItems(_) => Kind::Array,
            RuleKind::UniqueItems { case_fold: true } => Kind::StringArray,
            RuleKind::UniqueItems { case_fold: false } => Kind::Array,
            RuleKind::MinProperties(_) | RuleKind::MaxProperties(_) => Kind::Object,
        }
    }
}
