//! `#[derive(Payload)]`: rules written as attributes, turned into the rule model
//! that easemob-payload validates with and emits JSON Schema from.
//!
//! The pipeline reads off the file names: `attr` parses `#[payload(...)]` and
//! the `#[serde(...)]` names into a raw model (`ast`, wire names resolved), `check`
//! rejects what cannot work (collecting every error, each spanned at its attribute),
//! `checked` compiles each accepted rule into its model expression (patterns
//! compiled, severities and limits resolved, server texts attached), and the
//! emitters write from that: `expand` the `const` model, `fast` the validator over
//! a JSON value, `typed` the validator over the Rust value. Nothing here knows a
//! field's type by its spelling: wrong-kind rules fail through compile-time
//! assertions on the type's own model.
//!
//! Field attributes: `min_length`, `max_length`, `pattern`, `constant`,
//! `one_of`, `lowercase`, `minimum`, `maximum`, `min_items`, `max_items`, `unique_items`,
//! `min_properties`, `max_properties`, `required`, `recommended`. Each rule takes
//! `name = value` or `name(value, severity = "warning", server = "...", why = "...")`.
//! Container attributes: the same rules (on newtypes and objects),
//! `unknown_fields = "warn" | "allow"`, `reserved_prefix`, `tag_description`,
//! `check(run = path::to::fn, rule = "maxBytes", describe = EXPR)`, and
//! `crate = "path"` (the path of a renamed `easemob-payload` dependency).
//!
//! Serde attributes: `rename`, `rename_all` (every serde case style), `flatten` (of
//! structs, adjacently tagged enums and maps), `tag` + `content`, `skip*` (left out),
//! `default` (the member may be missing), `deny_unknown_fields` (unknown members warned
//! of, as by default) and `transparent` (on a tuple newtype) are followed;
//! `skip_serializing_if`, `bound`, `borrow`, `crate`, `expecting` are accepted; `alias`,
//! `untagged`, internally tagged enums, `with`/`serialize_with`/`deserialize_with`/
//! `getter`/`from`/`into`/`try_from`/`remote`/`other` are refused, each with an error
//! at the attribute. Generic types get a `Payload` bound on each type parameter.

mod ast;
mod attr;
mod check;
mod checked;
mod ctxt;
mod expand;
mod fast;
mod pattern;
mod symbol;
mod typed;

use proc_macro::TokenStream;

/// Derives `easemob_payload::Payload`: the type's rule model, from `#[payload(...)]`
/// attributes and the `#[serde(...)]` attributes that shape the wire (`rename`,
/// `rename_all`, `flatten`, `tag`/`content`, `skip`, `default`; those whose shape code
/// decides are refused at the attribute).
///
/// Use it through `easemob_payload::Payload`, whose rustdoc is the full attribute
/// reference with a runnable example (it needs the `easemob_payload` crate, which this
/// one cannot depend on).
#[proc_macro_derive(Payload, attributes(payload))]
pub fn derive_payload(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}
