//! Writes the `Payload` impl: a `const` rule model, plus compile-time assertions
//! that each rule sits on the kind of value it needs.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::{Data as SynData, DeriveInput, Fields, Ident, LitStr, Type};

use crate::ast::{Container, ContainerAttrs, Data, Field, RuleAttr, Variant};
use crate::checked::{Checked, option};
use crate::ctxt::Ctxt;
use crate::{attr, check};

pub fn derive(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    let body = parse(&cx, input).map(|container| {
        check::container(&cx, &container);
        let checked = crate::checked::compile(&cx, &container);
        model(&container, &checked)
    });
    let out = match (cx.finish(), body) {
        (Ok(()), Some(Expansion { model, assertions })) => quote!(#model #assertions),
        (Ok(()), None) => TokenStream::new(),
        (Err(errors), body) => {
            // Still implement the trait, so users of the type see the attribute errors, not a
            // cascade; the kind assertions of the rules that did parse still run, so a rule on
            // the wrong kind of field is reported in the same build.
            let stub = stub(input);
            let assertions = body.map(|b| b.assertions);
            quote!(#errors #stub #assertions)
        }
    };
    match crate_path(&input.attrs) {
        Some(krate) => rename_crate(out, &krate.to_token_stream()),
        None => out,
    }
}

fn parse<'a>(cx: &Ctxt, input: &'a DeriveInput) -> Option<Container<'a>> {
    let attrs = attr::container(cx, &input.attrs);
    let mut writes_unmodelled = false;
    if let Some(span) = attrs.untagged {
        cx.error_at(span, "#[derive(Payload)] does not support `#[serde(untagged)]`: the validator needs a tag to know which variant to check; use `#[serde(tag = \"...\", content = \"...\")]`");
        return None;
    }
    let data = match &input.data {
        SynData::Struct(data) => {
            if let Some((_, span)) = &attrs.serde_tag {
                cx.error_at(*span, "#[derive(Payload)] does not support `#[serde(tag = ...)]` on a struct (it adds a member naming the struct); declare that member as a field with `#[payload(constant = \"...\")]`");
            }
            match &data.fields {
                Fields::Named(named) => {
                    if let Some(span) = attrs.transparent {
                        cx.error_at(span, "#[derive(Payload)] supports `#[serde(transparent)]` on a tuple newtype only: write `struct Name(Inner);`");
                    }
                    Data::Object(
                        named
                            .named
                            .iter()
                            .filter_map(|f| field(cx, f, &attrs, &mut writes_unmodelled))
                            .collect(),
                    )
                }
                Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 => {
                    Data::Newtype(&unnamed.unnamed[0].ty)
                }
                _ => {
                    cx.error_spanned_by(
                        &input.ident,
                        "#[derive(Payload)] needs named fields (a JSON object) or one field (a newtype)",
                    );
                    return None;
                }
            }
        }
        SynData::Enum(data) => {
            if let Some(span) = attrs.transparent {
                cx.error_at(span, "`#[serde(transparent)]` needs a struct");
            }
            let (tag, content) = match (&attrs.serde_tag, &attrs.serde_content) {
                (Some((tag, _)), Some(content)) => (tag.clone(), content.clone()),
                (Some((_, span)), None) => {
                    cx.error_at(*span, "#[derive(Payload)] supports adjacently tagged enums only: an internally tagged enum mixes the tag into the variant's members; add `content = \"...\"`");
                    return None;
                }
                _ => {
                    cx.error_spanned_by(&input.ident, "#[derive(Payload)] supports adjacently tagged enums only: add #[serde(tag = \"...\", content = \"...\")]");
                    return None;
                }
            };
            let mut variants = Vec::new();
            for v in &data.variants {
                let v_attrs = attr::variant(cx, &v.attrs);
                if v_attrs.skip {
                    continue;
                }
                let wire_name = v_attrs.rename.unwrap_or_else(|| match attrs.rename_all {
                    Some(rule) => rule.apply_to_variant(&v.ident.to_string()),
                    None => v.ident.to_string(),
                });
                match &v.fields {
                    Fields::Unnamed(f) if f.unnamed.len() == 1 => {
                        variants.push(Variant { ident: &v.ident, wire_name, ty: &f.unnamed[0].ty })
                    }
                    _ => cx.error_spanned_by(&v.ident, "each variant holds one body type: `Name(Body)`"),
                }
            }
            Data::Tagged { tag, content, variants }
        }
        SynData::Union(_) => {
            cx.error_spanned_by(&input.ident, "#[derive(Payload)] does not support unions");
            return None;
        }
    };
    Some(Container {
        ident: &input.ident,
        writes_unmodelled,
        generics: &input.generics,
        doc: attr::doc(&input.attrs),
        attrs,
        data,
    })
}

/// A named field, or `None` for a field serde never puts on the wire (`skip`).
fn field<'a>(
    cx: &Ctxt,
    f: &'a syn::Field,
    container: &ContainerAttrs,
    writes_unmodelled: &mut bool,
) -> Option<Field<'a>> {
    let ident = f.ident.as_ref().expect("named fields have names");
    let attrs = attr::field(cx, &f.attrs);
    if attrs.skip {
        *writes_unmodelled |= !attrs.not_written;
        return None;
    }
    let name = ident.to_string().trim_start_matches("r#").to_owned();
    Some(Field {
        ident,
        skip_serializing_if: attrs.skip_serializing_if,
        ty: &f.ty,
        doc: attr::doc(&f.attrs),
        wire_name: attrs.rename.unwrap_or_else(|| match container.rename_all {
            Some(rule) => rule.apply_to_field(&name),
            None => name,
        }),
        flatten: attrs.flatten,
        default: attrs.default || container.default,
        required: attrs.required,
        recommended: attrs.recommended,
        required_with: attrs.required_with,
        rules: attrs.rules,
        server_errors: attrs.server_errors,
    })
}

/// The impl, and the compile-time checks of the rules' kinds.
struct Expansion {
    model: TokenStream,
    assertions: TokenStream,
}

/// A compile-time assertion: `::core::assert!(..)`, and where an error about it points.
struct Assertion {
    span: Span,
    assert: TokenStream,
}

fn model(c: &Container, checked: &Checked) -> Expansion {
    let ident = c.ident;
    let name = ident.to_string();
    let doc = &c.doc;
    let checks = &checked.own;
    let generic = c.generics.type_params().next().is_some() || c.generics.const_params().next().is_some();
    let mut assertions = Vec::new();
    let shape = match &c.data {
        Data::Object(fields) => {
            let fields: Vec<TokenStream> = fields
                .iter()
                .zip(&checked.fields)
                .map(|(f, checks)| {
                    assertions.extend(f.rules.iter().map(|r| kind_assertion(f.ty, r)));
                    // A defaulted member may be missing whatever its type.
                    if let Some((span, _)) = f.recommended.as_ref().filter(|_| !f.default) {
                        assertions.push(optional_assertion(f.ty, *span, "recommended"));
                    }
                    if let Some(other) = f.required_with.as_ref().filter(|_| !f.default) {
                        assertions.push(optional_assertion(f.ty, other.span(), "required_with"));
                    }
                    field_desc(f, checks)
                })
                .collect();
            // `deny_unknown_fields` keeps the default: unknown members are warned of (the
            // Easemob server ignores them; serde's refusal is the app's own affair).
            let unknown = match (c.attrs.unknown_fields_allow, &c.attrs.reserved_prefix) {
                (false, _) => quote!(::easemob_payload::model::UnknownFields::Warn),
                (true, None) => {
                    quote!(::easemob_payload::model::UnknownFields::Allow { reserved_prefix: None })
                }
                (true, Some(p)) => {
                    quote!(::easemob_payload::model::UnknownFields::Allow { reserved_prefix: Some(#p) })
                }
            };
            let custom = c.attrs.checks.iter().map(|check| {
                let run = &check.run;
                let describe = &check.describe;
                let code = rule_code(&check.rule);
                quote!(::easemob_payload::model::CustomCheck { rule: #code, description: #describe, run: #run })
            });
            let server_type_error = match (&c.attrs.server_type, c.attrs.opaque) {
                (Some(text), _) => quote!(::easemob_payload::model::ServerTypeError::Text(#text)),
                (None, Some(_)) => quote!(::easemob_payload::model::ServerTypeError::Opaque),
                (None, None) => quote!(::easemob_payload::model::ServerTypeError::Inherit),
            };
            let other_bodies = c.attrs.other_bodies.iter().map(|o| {
                let (detect, members, note, hint) = (&o.detect, &o.members, &o.note, &o.hint);
                quote!(::easemob_payload::model::OtherBody {
                    detect: &[#(#detect),*],
                    members: &[#(#members),*],
                    note: #note,
                    hint: #hint,
                })
            });
            // A generic type's assertions run inside its own `DESC`, which cannot read itself.
            if !generic {
                let message = "two members of this struct (its flattened ones included) have one wire name, or two flattened maps collect its unknown members: serde would write a name twice, and a reader keeps one copy";
                assertions.push(Assertion {
                    span: c.ident.span(),
                    assert: quote!(::core::assert!(
                        ::easemob_payload::model::kind::names_members_once(<#ident as ::easemob_payload::Payload>::DESC),
                        #message
                    )),
                });
            }
            quote!(::easemob_payload::model::Shape::Object(&::easemob_payload::model::ObjectDesc {
                fields: &[#(#fields),*],
                unknown_fields: #unknown,
                custom: &[#(#custom),*],
                server_type_error: #server_type_error,
                other_bodies: &[#(#other_bodies),*],
            }))
        }
        Data::Newtype(inner) => {
            assertions.extend(c.attrs.rules.iter().map(|r| kind_assertion(inner, r)));
            // The newtype's model holds its inner type's rules too (an `i64`'s range); a
            // generic one cannot name its inner type's in a `const` item, so there the
            // rules must all sit on one side.
            if generic && !checks.is_empty() {
                let message = "a generic newtype's inner type must have no rules of its own: put them all on the newtype";
                assertions.push(Assertion {
                    span: Span::call_site(),
                    assert: quote!(
                        ::core::assert!(<#inner as ::easemob_payload::Payload>::DESC.checks.is_empty(), #message)
                    ),
                });
            }
            quote!(<#inner as ::easemob_payload::Payload>::DESC.shape)
        }
        Data::Tagged { tag, content, variants } => {
            let tag_description = c.attrs.tag_description.as_ref().map(LitStr::value).unwrap_or_default();
            let tag_empty = option(c.attrs.tag_empty.as_ref());
            let content_empty = option(c.attrs.content_empty.as_ref());
            let variants = variants.iter().map(|v| {
                let (wire, ty) = (&v.wire_name, v.ty);
                let message = format!("the body of variant `{wire}` must be a struct with named fields");
                let span = respanned_span(ty);
                assertions.push(Assertion {
                    span,
                    assert: quote_spanned! {span=>
                        ::core::assert!(::easemob_payload::model::kind::is_object(<#ty as ::easemob_payload::Payload>::DESC), #message)
                    },
                });
                quote!(::easemob_payload::model::VariantDesc { name: #wire, ty: <#ty as ::easemob_payload::Payload>::DESC })
            });
            let variants: Vec<TokenStream> = variants.collect();
            quote!(::easemob_payload::model::Shape::Tagged(&::easemob_payload::model::TaggedDesc {
                tag: #tag,
                tag_description: #tag_description,
                tag_empty_server: #tag_empty,
                content: #content,
                content_empty_server: #content_empty,
                variants: &[#(#variants),*],
            }))
        }
    };
    // A generic type's instantiations have different models, so it gets no `$defs` name.
    let name = if generic {
        quote!(::core::option::Option::None)
    } else {
        quote!(::core::option::Option::Some(#name))
    };
    // A newtype's own rules, then its inner type's.
    let all_checks = match &c.data {
        Data::Newtype(inner) if checks.is_empty() => {
            quote!(<#inner as ::easemob_payload::Payload>::DESC.checks)
        }
        Data::Newtype(inner) if !generic => quote!({
            const OWN: &[::easemob_payload::model::Check] = &[#(#checks),*];
            const INNER: &[::easemob_payload::model::Check] = <#inner as ::easemob_payload::Payload>::DESC.checks;
            const ALL: [::easemob_payload::model::Check; OWN.len() + INNER.len()] =
                ::easemob_payload::model::concat_checks(OWN, INNER);
            &ALL
        }),
        _ => quote!(&[#(#checks),*]),
    };
    let desc = quote! {
        &::easemob_payload::model::TypeDesc {
            name: #name,
            description: #doc,
            shape: #shape,
            checks: #all_checks,
            plan: ::easemob_payload::fast::Plan::compile(#all_checks),
            clean: <Self as ::easemob_payload::Payload>::is_clean,
        }
    };
    let mut generics = c.generics.clone();
    let bounds: Vec<syn::WherePredicate> = c
        .generics
        .type_params()
        .map(|p| {
            let param = &p.ident;
            syn::parse_quote!(#param: ::easemob_payload::Payload)
        })
        .collect();
    generics.make_where_clause().predicates.extend(bounds);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    // A generic type's assertions name its parameters, so they cannot be free `const _`
    // items: they run inside `DESC`, when a use of the type evaluates it.
    let (desc, assertions) = if generic {
        let asserts = assertions.iter().map(|a| &a.assert);
        (quote!({ #(#asserts;)* #desc }), TokenStream::new())
    } else {
        let items = assertions
            .iter()
            .map(|Assertion { span, assert }| quote_spanned!(*span=> const _: () = #assert;));
        (desc, quote!(#(#items)*))
    };
    let validator = crate::fast::validator(c);
    let typed = crate::typed::validator(c);
    let model = quote! {
        #[automatically_derived]
        impl #impl_generics ::easemob_payload::Payload for #ident #ty_generics #where_clause {
            const DESC: &'static ::easemob_payload::model::TypeDesc = #desc;
            #validator
            #typed
        }
    };
    Expansion { model, assertions }
}

fn field_desc(f: &Field, checks: &[TokenStream]) -> TokenStream {
    let ty = f.ty;
    let (name, doc, flatten) = (&f.wire_name, &f.doc, f.flatten);
    let required = required(f, ty);
    let recommended = option(f.recommended.as_ref().map(|(_, reason)| reason));
    let required_with = option(f.required_with.as_ref());
    let server_errors = f.server_errors.iter().map(|(variant, text)| {
        let variant = Ident::new(variant, text.span());
        quote!((::easemob_payload::RuleCode::#variant, #text))
    });
    quote!(::easemob_payload::model::FieldDesc {
        name: #name,
        description: #doc,
        required: #required,
        recommended: #recommended,
        required_with: #required_with,
        flatten: #flatten,
        ty: <#ty as ::easemob_payload::Payload>::DESC,
        checks: &[#(#checks),*],
        plan: ::easemob_payload::fast::Plan::compile(&[#(#checks),*]),
        server_errors: &[#(#server_errors),*],
    })
}

/// Whether a missing member is a `required` error (a `const` expression).
pub fn required(f: &Field, ty: &Type) -> TokenStream {
    match (f.flatten, f.required, f.default) {
        (true, _, _) => quote!(false),
        (false, Some(_), _) => quote!(true),
        (false, None, true) => quote!(false),
        (false, None, false) => quote!(!<#ty as ::easemob_payload::Payload>::OPTIONAL),
    }
}

/// The `RuleCode` a custom check's `rule = "..."` names: a built-in code, or the check's own.
fn rule_code(lit: &LitStr) -> TokenStream {
    let value = lit.value();
    // `RULE_CODES` pairs the snake_case attribute spelling with the variant; the wire code
    // is the variant's name with a lower-case first letter (`MaxBytes` → `maxBytes`).
    let camel = |variant: &str| {
        let mut chars = variant.chars();
        chars.next().map(|c| c.to_ascii_lowercase()).into_iter().chain(chars).collect::<String>()
    };
    match crate::symbol::RULE_CODES.iter().find(|(_, variant)| camel(variant) == value) {
        Some((_, variant)) => {
            let variant = Ident::new(variant, lit.span());
            quote!(::easemob_payload::RuleCode::#variant)
        }
        None => quote!(::easemob_payload::RuleCode::Custom(#lit)),
    }
}

/// Fails the build, at the rule's attribute, when the type's model is not the kind the rule needs.
fn kind_assertion(ty: &Type, rule: &RuleAttr) -> Assertion {
    let kind = rule.kind.needs();
    let predicate = Ident::new(kind.predicate(), rule.span);
    let message = format!("`{}` needs {} field", rule.name, kind.noun());
    let ty = respan(ty, rule.span);
    let assert = quote_spanned! {rule.span=>
        ::core::assert!(
            ::easemob_payload::model::kind::#predicate(<#ty as ::easemob_payload::Payload>::DESC),
            #message
        )
    };
    Assertion { span: rule.span, assert }
}

fn optional_assertion(ty: &Type, span: Span, key: &str) -> Assertion {
    let ty = respan(ty, span);
    let message = format!(
        "`{key}` needs an optional field (`Option<T>` or `#[serde(default)]`): a member that must be present is never missing"
    );
    let assert = quote_spanned! {span=>
        ::core::assert!(<#ty as ::easemob_payload::Payload>::OPTIONAL, #message)
    };
    Assertion { span, assert }
}

fn respanned_span(ty: &Type) -> Span {
    ty.to_token_stream().into_iter().next().map(|t| t.span()).unwrap_or_else(Span::call_site)
}

/// The type's tokens with every span set to `span`, so errors about it point at the attribute.
fn respan(ty: &Type, span: Span) -> TokenStream {
    fn walk(stream: TokenStream, span: Span) -> TokenStream {
        stream
            .into_iter()
            .map(|tree| match tree {
                TokenTree::Group(g) => {
                    let mut group = Group::new(g.delimiter(), walk(g.stream(), span));
                    group.set_span(span);
                    TokenTree::Group(group)
                }
                mut other => {
                    other.set_span(span);
                    other
                }
            })
            .collect()
    }
    walk(ty.to_token_stream(), span)
}

/// The `Payload` impl after an error: the type's own generics, so no follow-on error.
fn stub(input: &DeriveInput) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        impl #impl_generics ::easemob_payload::Payload for #ident #ty_generics #where_clause {
            const DESC: &'static ::easemob_payload::model::TypeDesc = &::easemob_payload::model::TypeDesc {
                name: ::core::option::Option::None,
                description: "",
                shape: ::easemob_payload::model::Shape::Any,
                checks: &[],
                plan: ::easemob_payload::fast::Plan::NONE,
                clean: |_, _| true,
            };
        }
    }
}

/// `#[payload(crate = "...")]`, read on its own so even a stub after errors uses it
/// (its errors are reported by [`attr::container`]).
fn crate_path(attrs: &[syn::Attribute]) -> Option<syn::Path> {
    let mut krate = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident(crate::symbol::PAYLOAD)) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident(crate::symbol::CRATE) {
                let lit: LitStr = meta.value()?.parse()?;
                krate = lit.parse::<syn::Path>().ok();
            } else {
                attr::skip_value(&meta)?;
            }
            Ok(())
        });
    }
    krate
}

/// Every `::easemob_payload` path of the expansion, rooted at `krate` instead.
fn rename_crate(stream: TokenStream, krate: &TokenStream) -> TokenStream {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let starts_path = |at: usize| {
            let colon = |t: Option<&TokenTree>, spacing| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == spacing);
            colon(tokens.get(at), proc_macro2::Spacing::Joint)
                && colon(tokens.get(at + 1), proc_macro2::Spacing::Alone)
                && matches!(tokens.get(at + 2), Some(TokenTree::Ident(id)) if id == "easemob_payload")
        };
        if starts_path(i) {
            out.extend(krate.clone());
            i += 3;
            continue;
        }
        match &tokens[i] {
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), rename_crate(g.stream(), krate));
                group.set_span(g.span());
                out.push(TokenTree::Group(group));
            }
            other => out.push(other.clone()),
        }
        i += 1;
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    //! Snapshots of the generated code, pretty-printed: review a change to the expansion as a diff.

    fn expand(input: syn::DeriveInput) -> String {
        let tokens = super::derive(&input);
        let file: syn::File = syn::parse2(tokens).expect("the expansion parses as items");
        prettyplease::unparse(&file)
    }

    #[test]
    fn object_with_rules_and_a_custom_check() {
        insta::assert_snapshot!(expand(syn::parse_quote! {
            /// An envelope.
            #[payload(check(run = crate::size::body_and_ext_size, rule = "maxBytes", describe = "size"))]
            struct Envelope {
                /// Recipients.
                #[payload(min_items = 1, max_items(max_recipients, server = "too many"), unique_items(case_fold, severity = "warning"))]
                to: Vec<UserId>,
                #[serde(rename = "customEvent", default)]
                #[payload(pattern = "^[a-z]{1,32}$")]
                event: Option<String>,
                #[payload(recommended = "clients show it")]
                filename: Option<String>,
                #[serde(flatten)]
                content: Content,
            }
        }));
    }

    #[test]
    fn newtype_with_a_regex_engine_pattern() {
        insta::assert_snapshot!(expand(syn::parse_quote! {
            #[payload(min_length = 1, pattern = r"^-?(90|[1-8]?[0-9])$", lowercase)]
            struct Lat(String);
        }));
    }

    #[test]
    fn adjacently_tagged_enum() {
        insta::assert_snapshot!(expand(syn::parse_quote! {
            #[serde(tag = "type", content = "body")]
            #[payload(tag_description = "The type.")]
            enum Content {
                #[serde(rename = "txt")]
                Txt(TxtBody),
                Cmd(CmdBody),
            }
        }));
    }

    #[test]
    fn serde_attributes_that_shape_the_wire() {
        insta::assert_snapshot!(expand(syn::parse_quote! {
            #[serde(rename_all = "camelCase", deny_unknown_fields)]
            struct Order {
                order_id: String,
                #[serde(rename = "Kind")]
                order_kind: String,
                #[serde(skip)]
                cache: Vec<u8>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                #[payload(recommended = "shown to the user")]
                price_cents: u64,
            }
        }));
    }

    #[test]
    fn generic_type_with_a_renamed_crate() {
        let out = expand(syn::parse_quote! {
            #[payload(crate = "ep")]
            struct Page<T> {
                #[payload(min_items = 1)]
                items: Vec<T>,
            }
        });
        assert!(!out.contains("easemob_payload"), "{out}");
        insta::assert_snapshot!(out);
    }

    #[test]
    fn rename_all_on_a_tagged_enum() {
        insta::assert_snapshot!(expand(syn::parse_quote! {
            #[serde(tag = "type", content = "body", rename_all = "snake_case")]
            enum Content {
                TxtMessage(TxtBody),
                #[serde(rename = "img")]
                Image(ImgBody),
                #[serde(skip)]
                Internal(Other),
            }
        }));
    }

    #[test]
    fn rename_rules_follow_serde() {
        use crate::attr::RenameRule::*;
        let field = "order_id_v2";
        let fields: Vec<String> = [Lower, Upper, Pascal, Camel, Snake, ScreamingSnake, Kebab, ScreamingKebab]
            .iter()
            .map(|r| r.apply_to_field(field))
            .collect();
        assert_eq!(
            fields,
            [
                "order_id_v2",
                "ORDER_ID_V2",
                "OrderIdV2",
                "orderIdV2",
                "order_id_v2",
                "ORDER_ID_V2",
                "order-id-v2",
                "ORDER-ID-V2"
            ]
        );
        let variants: Vec<String> =
            [Lower, Upper, Pascal, Camel, Snake, ScreamingSnake, Kebab, ScreamingKebab]
                .iter()
                .map(|r| r.apply_to_variant("TxtMessage"))
                .collect();
        assert_eq!(
            variants,
            [
                "txtmessage",
                "TXTMESSAGE",
                "TxtMessage",
                "txtMessage",
                "txt_message",
                "TXT_MESSAGE",
                "txt-message",
                "TXT-MESSAGE"
            ]
        );
    }

    #[test]
    fn errors_come_back_together_with_a_stub() {
        let out = expand(syn::parse_quote! {
            struct Bad {
                #[payload(min_len = 1, pattern = "no-anchor")]
                a: String,
            }
        });
        assert_eq!(out.matches("compile_error!").count(), 2, "{out}");
        assert!(out.contains("impl ::easemob_payload::Payload for Bad"), "{out}");
    }

    #[test]
    fn the_stub_carries_the_generics() {
        let out = expand(syn::parse_quote! {
            struct Bad<'a, T: Clone> where T: Copy {
                #[serde(with = "x")]
                a: &'a T,
            }
        });
        assert_eq!(out.matches("compile_error!").count(), 1, "{out}");
        assert!(out.contains("impl<'a, T: Clone> ::easemob_payload::Payload for Bad<'a, T>"), "{out}");
    }
}
