//! Parses `#[payload(...)]`, the `#[serde(...)]` names and doc comments.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Token};

use crate::ast::{
    ContainerAttrs, CustomCheckAttr, EnumValue, Limit, NumberLit, OtherBodyAttr, RuleAttr, RuleKind,
};
use crate::ctxt::Ctxt;
use crate::symbol::*;

/// The doc comment, lines trimmed and joined.
pub fn doc(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => Some(s.value().trim().to_owned()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    // Code blocks are rustdoc examples, not a description of the value: the schema,
    // `explain` and editors get the prose only.
    let mut in_code = false;
    let mut prose: Vec<String> = Vec::new();
    for line in lines {
        let fence = line.starts_with("```");
        in_code ^= fence;
        // One blank line where an example stood between two paragraphs.
        let repeated_blank = line.is_empty() && prose.last().is_some_and(String::is_empty);
        if !fence && !in_code && !repeated_blank {
            prose.push(line);
        }
    }
    prose.join("\n").trim().to_owned()
}

/// What a field says: rules plus `required` / `recommended`, and serde's name and flatten.
#[derive(Default)]
pub struct FieldAttrs {
    pub rules: Vec<RuleAttr>,
    pub required: Option<Span>,
    pub recommended: Option<(Span, LitStr)>,
    pub required_with: Option<LitStr>,
    pub rename: Option<String>,
    pub flatten: bool,
    /// `skip`, `skip_serializing` or `skip_deserializing`: the field is left out of the model.
    pub skip: bool,
    /// `skip` or `skip_serializing`: serde does not write the field either (with
    /// `skip_deserializing` alone it does, though the model does not know it).
    pub not_written: bool,
    /// `skip_serializing_if = "path"`: the member is left out when `path(&field)` holds.
    pub skip_serializing_if: Option<syn::ExprPath>,
    /// `#[serde(default)]`: a missing member is filled in, so it may be left out.
    pub default: bool,
    /// `(RuleCode variant, server text)` from `server(...)`.
    pub server_errors: Vec<(&'static str, LitStr)>,
}

pub fn field(cx: &Ctxt, attrs: &[Attribute]) -> FieldAttrs {
    let mut out = FieldAttrs::default();
    for attr in attrs {
        if attr.path().is_ident(PAYLOAD) {
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident(REQUIRED) {
                    duplicate(cx, &meta, out.required.is_some());
                    out.required = Some(meta.path.span());
                } else if meta.path.is_ident(RECOMMENDED) {
                    duplicate(cx, &meta, out.recommended.is_some());
                    let reason: LitStr = meta.value()?.parse()?;
                    out.recommended = Some((meta.path.span(), reason));
                } else if meta.path.is_ident(REQUIRED_WITH) {
                    duplicate(cx, &meta, out.required_with.is_some());
                    out.required_with = Some(meta.value()?.parse()?);
                } else if meta.path.is_ident(SERVER_ERRORS) {
                    meta.parse_nested_meta(|code| {
                        let text: LitStr = code.value()?.parse()?;
                        let name = path_name(&code.path);
                        match RULE_CODES.iter().find(|(snake, _)| *snake == name) {
                            Some((_, variant)) => out.server_errors.push((variant, text)),
                            None => {
                                let known: Vec<&str> = RULE_CODES.iter().map(|(s, _)| *s).collect();
                                cx.error_spanned_by(
                                    &code.path,
                                    format!(
                                        "unknown rule code `{name}`; expected one of: {}",
                                        known.join(", ")
                                    ),
                                );
                            }
                        }
                        Ok(())
                    })?;
                } else {
                    rule_or_unknown(
                        cx,
                        &meta,
                        &mut out.rules,
                        &[REQUIRED, RECOMMENDED, REQUIRED_WITH, SERVER_ERRORS],
                    )?;
                }
                Ok(())
            });
            if let Err(e) = result {
                cx.syn_error(e);
            }
        } else if attr.path().is_ident(SERDE) {
            serde_names(cx, attr, |key, meta| {
                match key {
                    RENAME => out.rename = Some(serde_string(meta)?),
                    FLATTEN => out.flatten = true,
                    SKIP | SKIP_SERIALIZING => {
                        out.skip = true;
                        out.not_written = true;
                    }
                    SKIP_DESERIALIZING => out.skip = true,
                    SKIP_SERIALIZING_IF => {
                        let path: LitStr = meta.value()?.parse()?;
                        out.skip_serializing_if = Some(path.parse()?);
                    }
                    DEFAULT => {
                        out.default = true;
                        skip_value(meta)?;
                    }
                    ALIAS => refuse_alias(cx, meta)?,
                    _ if OPAQUE_FIELD.contains(&key) => refuse_opaque(cx, meta, key)?,
                    _ if HARMLESS_FIELD.contains(&key) => skip_value(meta)?,
                    _ => unknown_serde(cx, meta, key, "field")?,
                }
                Ok(())
            });
        }
    }
    out
}

pub fn container(cx: &Ctxt, attrs: &[Attribute]) -> ContainerAttrs {
    let mut out = ContainerAttrs::default();
    for attr in attrs {
        if attr.path().is_ident(PAYLOAD) {
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident(UNKNOWN_FIELDS) {
                    let value: LitStr = meta.value()?.parse()?;
                    match value.value().as_str() {
                        "warn" => out.unknown_fields_allow = false,
                        "allow" => out.unknown_fields_allow = true,
                        _ => cx.error_spanned_by(&value, "expected \"warn\" or \"allow\""),
                    }
                } else if meta.path.is_ident(RESERVED_PREFIX) {
                    out.reserved_prefix = Some(meta.value()?.parse()?);
                } else if meta.path.is_ident(TAG_DESCRIPTION) {
                    out.tag_description = Some(meta.value()?.parse()?);
                } else if meta.path.is_ident(TAG_EMPTY) {
                    out.tag_empty = Some(meta.value()?.parse()?);
                } else if meta.path.is_ident(CONTENT_EMPTY) {
                    out.content_empty = Some(meta.value()?.parse()?);
                } else if meta.path.is_ident(OPAQUE_TO_SERVER) {
                    duplicate(cx, &meta, out.opaque.is_some());
                    out.opaque = Some(meta.path.span());
                } else if meta.path.is_ident(SERVER_ERRORS) {
                    meta.parse_nested_meta(|code| {
                        if code.path.is_ident("type") {
                            out.server_type = Some(code.value()?.parse()?);
                        } else {
                            cx.error_spanned_by(
                                &code.path,
                                "on a container, `server(...)` takes only `type = \"...\"`: the server's text for a wrong JSON type anywhere inside",
                            );
                            skip_value(&code)?;
                        }
                        Ok(())
                    })?;
                } else if meta.path.is_ident(OTHER_BODY) {
                    if let Some(other) = other_body(cx, &meta)? {
                        out.other_bodies.push(other);
                    }
                } else if meta.path.is_ident(CHECK) {
                    if let Some(check) = custom_check(cx, &meta)? {
                        out.checks.push(check);
                    }
                } else if meta.path.is_ident(CRATE) {
                    let path: LitStr = meta.value()?.parse()?;
                    match path.parse::<syn::Path>() {
                        Ok(path) => out.krate = Some(path),
                        Err(_) => cx.error_spanned_by(&path, "expected a path: `crate = \"my_name\"`"),
                    }
                } else {
                    let other_keys = [
                        UNKNOWN_FIELDS,
                        RESERVED_PREFIX,
                        TAG_DESCRIPTION,
                        TAG_EMPTY,
                        CONTENT_EMPTY,
                        OPAQUE_TO_SERVER,
                        SERVER_ERRORS,
                        OTHER_BODY,
                        CHECK,
                        CRATE,
                    ];
                    rule_or_unknown(cx, &meta, &mut out.rules, &other_keys)?;
                }
                Ok(())
            });
            if let Err(e) = result {
                cx.syn_error(e);
            }
        } else if attr.path().is_ident(SERDE) {
            serde_names(cx, attr, |key, meta| {
                let span = meta.path.span();
                match key {
                    TAG => out.serde_tag = Some((serde_string(meta)?, span)),
                    CONTENT => out.serde_content = Some(serde_string(meta)?),
                    RENAME_ALL => {
                        if !meta.input.peek(Token![=]) {
                            return Err(meta.error(
                                "easemob-payload needs one naming rule: write `rename_all = \"...\"`",
                            ));
                        }
                        let rule: LitStr = meta.value()?.parse()?;
                        match RenameRule::from_str(&rule.value()) {
                            Some(r) => out.rename_all = Some(r),
                            None => cx.error_spanned_by(
                                &rule,
                                format!(
                                    "unknown rename rule `{}`; expected one of: {}",
                                    rule.value(),
                                    RenameRule::NAMES.join(", ")
                                ),
                            ),
                        }
                    }
                    DEFAULT => {
                        out.default = true;
                        skip_value(meta)?;
                    }
                    DENY_UNKNOWN_FIELDS => out.deny_unknown_fields = Some(span),
                    UNTAGGED => out.untagged = Some(span),
                    TRANSPARENT => out.transparent = Some(span),
                    _ if OPAQUE_CONTAINER.contains(&key) => refuse_opaque(cx, meta, key)?,
                    _ if HARMLESS_CONTAINER.contains(&key) => skip_value(meta)?,
                    _ => unknown_serde(cx, meta, key, "container")?,
                }
                Ok(())
            });
        }
    }
    if let (Some(span), true) = (out.deny_unknown_fields, out.unknown_fields_allow) {
        cx.error_at(
            span,
            "`#[serde(deny_unknown_fields)]` contradicts `#[payload(unknown_fields = \"allow\")]`: keep one",
        );
    }
    out
}

/// What a variant's `#[serde(...)]` says: its wire name, or that it is never on the wire.
#[derive(Default)]
pub struct VariantAttrs {
    pub rename: Option<String>,
    pub skip: bool,
}

pub fn variant(cx: &Ctxt, attrs: &[Attribute]) -> VariantAttrs {
    let mut out = VariantAttrs::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident(SERDE)) {
        serde_names(cx, attr, |key, meta| {
            match key {
                RENAME => out.rename = Some(serde_string(meta)?),
                SKIP | SKIP_SERIALIZING | SKIP_DESERIALIZING => out.skip = true,
                ALIAS => refuse_alias(cx, meta)?,
                UNTAGGED => cx.error_spanned_by(
                    &meta.path,
                    "#[derive(Payload)] does not support `#[serde(untagged)]` variants: every variant is named by the tag",
                ),
                _ if OPAQUE_VARIANT.contains(&key) => refuse_opaque(cx, meta, key)?,
                _ if HARMLESS_VARIANT.contains(&key) => skip_value(meta)?,
                _ => unknown_serde(cx, meta, key, "variant")?,
            }
            Ok(())
        });
    }
    out
}

/// serde's `rename_all` rules, applied as serde applies them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

impl RenameRule {
    const NAMES: [&'static str; 8] = [
        "lowercase",
        "UPPERCASE",
        "PascalCase",
        "camelCase",
        "snake_case",
        "SCREAMING_SNAKE_CASE",
        "kebab-case",
        "SCREAMING-KEBAB-CASE",
    ];
    const RULES: [RenameRule; 8] = [
        RenameRule::Lower,
        RenameRule::Upper,
        RenameRule::Pascal,
        RenameRule::Camel,
        RenameRule::Snake,
        RenameRule::ScreamingSnake,
        RenameRule::Kebab,
        RenameRule::ScreamingKebab,
    ];

    fn from_str(name: &str) -> Option<Self> {
        Self::NAMES.iter().position(|n| *n == name).map(|i| Self::RULES[i])
    }

    /// A field name (snake_case in Rust) on the wire.
    pub fn apply_to_field(self, field: &str) -> String {
        match self {
            RenameRule::Lower | RenameRule::Snake => field.to_owned(),
            RenameRule::Upper | RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Pascal => {
                let mut pascal = String::new();
                let mut capitalize = true;
                for ch in field.chars() {
                    if ch == '_' {
                        capitalize = true;
                    } else if capitalize {
                        pascal.push(ch.to_ascii_uppercase());
                        capitalize = false;
                    } else {
                        pascal.push(ch);
                    }
                }
                pascal
            }
            RenameRule::Camel => {
                let pascal = RenameRule::Pascal.apply_to_field(field);
                lower_first(&pascal)
            }
            RenameRule::Kebab => field.replace('_', "-"),
            RenameRule::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }

    /// A variant name (PascalCase in Rust) on the wire.
    pub fn apply_to_variant(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => lower_first(variant),
            RenameRule::Snake => {
                let mut snake = String::new();
                for (i, ch) in variant.char_indices() {
                    if i > 0 && ch.is_uppercase() {
                        snake.push('_');
                    }
                    snake.push(ch.to_ascii_lowercase());
                }
                snake
            }
            RenameRule::ScreamingSnake => RenameRule::Snake.apply_to_variant(variant).to_ascii_uppercase(),
            RenameRule::Kebab => RenameRule::Snake.apply_to_variant(variant).replace('_', "-"),
            RenameRule::ScreamingKebab => {
                RenameRule::ScreamingSnake.apply_to_variant(variant).replace('_', "-")
            }
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// `with`, `from`, `remote`, ...: code decides the wire shape, so the model cannot know it.
fn refuse_opaque(cx: &Ctxt, meta: &ParseNestedMeta, key: &str) -> syn::Result<()> {
    cx.error_spanned_by(
        &meta.path,
        format!(
            "#[derive(Payload)] cannot follow `#[serde({key} = ...)]`: the wire shape is decided by code it cannot see; declare the wire form as its own type (a newtype or struct deriving Payload) and convert to it"
        ),
    );
    skip_value(meta)
}

/// `alias`: the validator and the schema know one name per member.
fn refuse_alias(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<()> {
    cx.error_spanned_by(
        &meta.path,
        "#[derive(Payload)] does not support `#[serde(alias = ...)]`: a member has one wire name, the one Easemob's server reads; drop the alias",
    );
    skip_value(meta)
}

fn unknown_serde(cx: &Ctxt, meta: &ParseNestedMeta, key: &str, place: &str) -> syn::Result<()> {
    cx.error_spanned_by(
        &meta.path,
        format!("#[derive(Payload)] does not know the {place} attribute `#[serde({key})]`, so it cannot tell what it does to the wire shape"),
    );
    skip_value(meta)
}

fn duplicate(cx: &Ctxt, meta: &ParseNestedMeta, seen: bool) {
    if seen {
        cx.error_spanned_by(&meta.path, format!("duplicate `{}`", path_name(&meta.path)));
    }
}

/// A key that is none of the place's own: a rule, or an error naming every key allowed there.
fn rule_or_unknown(
    cx: &Ctxt,
    meta: &ParseNestedMeta,
    rules: &mut Vec<RuleAttr>,
    other_keys: &[&str],
) -> syn::Result<()> {
    match rule(cx, meta)? {
        Parsed::Rule(rule) => push_rule(cx, rules, rule),
        Parsed::Invalid => {}
        Parsed::NotARule => unknown_key(cx, meta, other_keys)?,
    }
    Ok(())
}

fn push_rule(cx: &Ctxt, rules: &mut Vec<RuleAttr>, rule: RuleAttr) {
    if rules.iter().any(|r| r.name == rule.name) {
        cx.error_at(rule.span, format!("duplicate rule `{}`", rule.name));
    } else {
        rules.push(rule);
    }
}

fn path_name(path: &syn::Path) -> String {
    path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::")
}

fn unknown_key(cx: &Ctxt, meta: &ParseNestedMeta, extra: &[&str]) -> syn::Result<()> {
    let name = path_name(&meta.path);
    let expected: Vec<&str> = RULES.iter().chain(extra).copied().collect();
    cx.error_spanned_by(
        &meta.path,
        format!("unknown payload attribute `{name}`; expected one of: {}", expected.join(", ")),
    );
    skip_value(meta)
}

/// Consumes `= value` or `(...)` after a key nobody reads.
pub fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.value()?.parse::<Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in meta.input);
        content.parse::<proc_macro2::TokenStream>()?;
    }
    Ok(())
}

/// Walks `#[serde(...)]`, handing each key to `f`; what serde accepts and we do not read is skipped.
fn serde_names<F>(cx: &Ctxt, attr: &Attribute, mut f: F)
where
    F: FnMut(&str, &ParseNestedMeta) -> syn::Result<()>,
{
    let result = attr.parse_nested_meta(|meta| {
        let key = meta.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
        f(&key, &meta)
    });
    if let Err(e) = result {
        cx.syn_error(e);
    }
}

fn serde_string(meta: &ParseNestedMeta) -> syn::Result<String> {
    if meta.input.peek(Token![=]) {
        let s: LitStr = meta.value()?.parse()?;
        Ok(s.value())
    } else {
        // `rename(serialize = "...", deserialize = "...")`: the model needs one name.
        Err(meta.error("easemob-payload needs one wire name: write `rename = \"...\"`"))
    }
}

/// One argument inside a rule's parentheses: a value, or `key = value`.
enum Arg {
    Value(Expr),
    Option(Ident, Expr),
}

impl Parse for Arg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(Ident) && input.peek2(Token![=]) {
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            Ok(Arg::Option(key, input.parse()?))
        } else {
            Ok(Arg::Value(input.parse()?))
        }
    }
}

/// What [`rule`] made of a key.
enum Parsed {
    NotARule,
    /// A rule whose error is already recorded.
    Invalid,
    Rule(RuleAttr),
}

/// A rule as `name`, `name = value` or `name(values.., option = value..)`.
fn rule(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<Parsed> {
    let Some(name) = RULES.iter().copied().find(|r| meta.path.is_ident(r)) else {
        return Ok(Parsed::NotARule);
    };
    let span = meta.path.span();
    let mut values: Vec<Expr> = Vec::new();
    let mut options: Vec<(Ident, Expr)> = Vec::new();
    if meta.input.peek(Token![=]) {
        values.push(meta.value()?.parse()?);
    } else if meta.input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in meta.input);
        for arg in Punctuated::<Arg, Token![,]>::parse_terminated(&content)? {
            match arg {
                Arg::Value(v) => values.push(v),
                Arg::Option(k, v) => options.push((k, v)),
            }
        }
    }
    // `lowercase` is a warning by nature: the server accepts the ID and folds it.
    let mut rule = RuleAttr {
        kind: RuleKind::Lowercase,
        span,
        name,
        warning: name == LOWERCASE,
        server: None,
        why: None,
    };
    for (key, value) in options {
        let text = lit_str(cx, &value);
        match key.to_string().as_str() {
            SEVERITY => match text.as_ref().map(LitStr::value).as_deref() {
                Some("error") => rule.warning = false,
                Some("warning") => rule.warning = true,
                Some(_) => cx.error_spanned_by(&value, "severity is \"error\" or \"warning\""),
                None => {}
            },
            SERVER => rule.server = text,
            WHY => rule.why = text,
            other => cx.error_spanned_by(
                &key,
                format!("unknown option `{other}` of `{name}`; expected one of: {}", RULE_OPTIONS.join(", ")),
            ),
        }
    }
    Ok(match rule_kind(cx, name, span, &values) {
        Some(kind) => {
            rule.kind = kind;
            Parsed::Rule(rule)
        }
        None => Parsed::Invalid,
    })
}

/// The rule's value(s), checked for their form.
fn rule_kind(cx: &Ctxt, name: &'static str, span: Span, values: &[Expr]) -> Option<RuleKind> {
    let one = || -> Option<&Expr> {
        match values {
            [v] => Some(v),
            _ => {
                cx.error_at(span, format!("`{name}` takes one value: `{name} = ...`"));
                None
            }
        }
    };
    let none = || {
        if let Some(extra) = values.first() {
            cx.error_spanned_by(extra, format!("`{name}` takes no value"));
        }
    };
    Some(match name {
        MIN_LENGTH => RuleKind::MinLength(count(cx, one()?)?),
        MAX_LENGTH => RuleKind::MaxLength(count(cx, one()?)?),
        PATTERN => RuleKind::Pattern(lit_str(cx, one()?)?),
        CONSTANT => RuleKind::Constant(lit_str(cx, one()?)?),
        ONE_OF => {
            if values.is_empty() {
                cx.error_at(span, "`one_of` needs at least one value: `one_of(\"a\", \"b\")`");
                return None;
            }
            RuleKind::OneOf(values.iter().filter_map(|v| enum_value(cx, v)).collect())
        }
        LOWERCASE => {
            none();
            RuleKind::Lowercase
        }
        MINIMUM => RuleKind::Minimum(number(cx, one()?)?),
        MAXIMUM => RuleKind::Maximum(number(cx, one()?)?),
        MIN_ITEMS => RuleKind::MinItems(count(cx, one()?)?),
        MAX_ITEMS => RuleKind::MaxItems(limit(cx, one()?)?),
        UNIQUE_ITEMS => {
            let mut case_fold = false;
            for v in values {
                match v {
                    Expr::Path(p) if p.path.is_ident(CASE_FOLD) => case_fold = true,
                    other => cx.error_spanned_by(other, "`unique_items` takes only the flag `case_fold`"),
                }
            }
            RuleKind::UniqueItems { case_fold }
        }
        MIN_PROPERTIES => RuleKind::MinProperties(count(cx, one()?)?),
        MAX_PROPERTIES => RuleKind::MaxProperties(count(cx, one()?)?),
        _ => unreachable!("RULES lists only the names above"),
    })
}

/// A string or integer literal in `one_of(...)`.
fn enum_value(cx: &Ctxt, value: &Expr) -> Option<EnumValue> {
    match value {
        Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => Some(EnumValue::Str(s.clone())),
        Expr::Lit(ExprLit { lit: Lit::Int(_), .. }) | Expr::Unary(_) => {
            integer(cx, value).map(|n| EnumValue::Int(n, value.span()))
        }
        other => {
            cx.error_spanned_by(other, "`one_of` lists string or integer literals");
            None
        }
    }
}

/// `other_body(detect("a", ..), members("a", "b", ..), note = "...", hint = "...")`.
fn other_body(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<Option<OtherBodyAttr>> {
    let (mut detect, mut members, mut note, mut hint) = (Vec::new(), Vec::new(), None, None);
    meta.parse_nested_meta(|inner| {
        if inner.path.is_ident(DETECT) || inner.path.is_ident(MEMBERS) {
            let content;
            syn::parenthesized!(content in inner.input);
            let names: Vec<LitStr> =
                Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?.into_iter().collect();
            if inner.path.is_ident(DETECT) { detect = names } else { members = names }
        } else if inner.path.is_ident(NOTE) {
            note = Some(inner.value()?.parse()?);
        } else if inner.path.is_ident(HINT) {
            hint = Some(inner.value()?.parse()?);
        } else {
            cx.error_spanned_by(
                &inner.path,
                "unknown option of `other_body`; expected detect, members, note, hint",
            );
            skip_value(&inner)?;
        }
        Ok(())
    })?;
    match (note, hint) {
        (Some(note), Some(hint)) if !detect.is_empty() => {
            Ok(Some(OtherBodyAttr { detect, members, note, hint }))
        }
        _ => {
            cx.error_spanned_by(&meta.path, "`other_body` needs `detect(...)`, `note` and `hint`");
            Ok(None)
        }
    }
}

fn lit_str(cx: &Ctxt, value: &Expr) -> Option<LitStr> {
    match value {
        Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => Some(s.clone()),
        other => {
            cx.error_spanned_by(other, "expected a string literal");
            None
        }
    }
}

fn integer(cx: &Ctxt, value: &Expr) -> Option<i64> {
    let (negative, inner) = match value {
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => (true, &*u.expr),
        other => (false, other),
    };
    match inner {
        Expr::Lit(ExprLit { lit: Lit::Int(i), .. }) => match i.base10_parse::<i64>() {
            Ok(n) => Some(if negative { -n } else { n }),
            Err(e) => {
                cx.syn_error(e);
                None
            }
        },
        other => {
            cx.error_spanned_by(other, "expected an integer literal");
            None
        }
    }
}

/// A finite integer or float literal, possibly negative: the bound of `minimum` or `maximum`.
fn number(cx: &Ctxt, value: &Expr) -> Option<NumberLit> {
    let (negative, inner) = match value {
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => (true, &*u.expr),
        other => (false, other),
    };
    let sign = if negative { -1 } else { 1 };
    let parsed = match inner {
        Expr::Lit(ExprLit { lit: Lit::Int(i), .. }) => {
            i.base10_parse::<i128>().map(|n| NumberLit::Int(sign * n))
        }
        Expr::Lit(ExprLit { lit: Lit::Float(f), .. }) => {
            f.base10_parse::<f64>().map(|x| NumberLit::Float(f64::from(sign as i8) * x))
        }
        other => {
            cx.error_spanned_by(other, "expected a number literal (`0`, `-5`, `0.5`)");
            return None;
        }
    };
    match parsed {
        Ok(NumberLit::Float(x)) if !x.is_finite() => {
            cx.error_spanned_by(value, "expected a finite number");
            None
        }
        Ok(n) => Some(n),
        Err(e) => {
            cx.syn_error(e);
            None
        }
    }
}

fn count(cx: &Ctxt, value: &Expr) -> Option<u64> {
    let n = integer(cx, value)?;
    if n < 0 {
        cx.error_spanned_by(value, "expected a count (0 or more)");
        return None;
    }
    Some(n as u64)
}

/// A count, or the name of a setting in `Limits`.
fn limit(cx: &Ctxt, value: &Expr) -> Option<Limit> {
    if let Expr::Path(p) = value {
        let name = path_name(&p.path);
        return match SETTINGS.iter().find(|(setting, _)| *setting == name) {
            Some((_, variant)) => Some(Limit::Setting(variant)),
            None => {
                let known: Vec<&str> = SETTINGS.iter().map(|(s, _)| *s).collect();
                cx.error_spanned_by(
                    value,
                    format!("unknown setting `{name}`; expected a count or one of: {}", known.join(", ")),
                );
                None
            }
        };
    }
    count(cx, value).map(Limit::Fixed)
}

/// Whether a custom check's code is a camelCase name (`orderTotal`), as every rule code is.
fn custom_code(cx: &Ctxt, code: &LitStr) -> bool {
    let value = code.value();
    let mut chars = value.chars();
    let camel =
        chars.next().is_some_and(|c| c.is_ascii_lowercase()) && chars.all(|c| c.is_ascii_alphanumeric());
    if !camel {
        cx.error_spanned_by(code, "a rule code is a camelCase name such as \"orderTotal\" (or a built-in code such as \"maxBytes\")");
    }
    camel
}

fn custom_check(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<Option<CustomCheckAttr>> {
    let content;
    syn::parenthesized!(content in meta.input);
    let (mut run, mut rule, mut describe) = (None, None, None);
    // An option given but refused is already reported: not also "missing".
    let mut refused = false;
    for arg in Punctuated::<Arg, Token![,]>::parse_terminated(&content)? {
        match arg {
            Arg::Option(key, value) => match key.to_string().as_str() {
                RUN => match value {
                    Expr::Path(p) => run = Some(p.path),
                    other => {
                        cx.error_spanned_by(other, "`run` names a function: `run = path::to::check`");
                        refused = true;
                    }
                },
                RULE => {
                    rule = lit_str(cx, &value).filter(|code| custom_code(cx, code));
                    refused |= rule.is_none();
                }
                DESCRIBE => describe = Some(value),
                other => cx.error_spanned_by(
                    &key,
                    format!("unknown option `{other}` of `check`; expected run, rule, describe"),
                ),
            },
            Arg::Value(v) => {
                cx.error_spanned_by(v, "`check` takes `run = ..., rule = \"...\", describe = ...`")
            }
        }
    }
    match (run, rule, describe) {
        (Some(run), Some(rule), Some(describe)) => Ok(Some(CustomCheckAttr { run, rule, describe })),
        _ if refused => Ok(None),
        _ => {
            cx.error_spanned_by(&meta.path, "`check` needs `run`, `rule` and `describe`");
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn doc_code_blocks_are_not_descriptions() {
        let input: syn::DeriveInput = syn::parse_quote! {
            /// The body of a text message.
            ///
            /// ```
            /// let x = 1;
            /// ```
            ///
            /// Text after the example.
            struct TxtBody;
        };
        assert_eq!(super::doc(&input.attrs), "The body of a text message.\n\nText after the example.");
    }
}
